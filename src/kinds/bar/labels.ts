// The on-bar labels of a bar chart, a Chart.js plugin with no DOM in it: the browser chart (bar-chart.ts) and the
// pictures made at build time (src/kinds/bar/picture.ts) register this same plugin, so both write the same words
// in the same places.
import type { Plugin } from 'chart.js';
import { CHART_FONT_FAMILY } from '../font';

export interface LabelOptions {
  values: string[];
  color: string;
}

const FAMILY = CHART_FONT_FAMILY;

/**
 * Writes each category's name above its bar and its figure ending where the bar ends. When name and figure do not
 * fit on one line (long names on a phone), the name goes on a line of its own above the figure.
 */
export const labelsAboveBars: Plugin<'bar', LabelOptions> = {
  id: 'exLabels',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea } = chart;
    const size = chartArea.width < 480 ? 11 : 12;
    const lineHeight = size + 3;
    const labels = (chart.data.labels ?? []) as string[];
    const meta = chart.getSortedVisibleDatasetMetas();
    ctx.save();
    ctx.fillStyle = options.color;
    ctx.textBaseline = 'bottom';
    labels.forEach((label, i) => {
      const bars = meta.map((m) => m.data[i] as unknown as { x: number; y: number; height: number } | undefined).filter(Boolean);
      if (!bars.length) return;
      const end = Math.max(...bars.map((b) => b!.x));
      const top = Math.min(...bars.map((b) => b!.y - b!.height / 2)) - 3;
      const value = options.values[i] ?? '';
      ctx.font = `${size}px ${FAMILY}`;
      const valueWidth = ctx.measureText(value).width;
      ctx.font = `600 ${size}px ${FAMILY}`;
      const nameWidth = ctx.measureText(label).width;
      const oneLine = chartArea.left + nameWidth + 12 + valueWidth <= chartArea.right;
      ctx.textAlign = 'left';
      ctx.fillText(label, chartArea.left, oneLine ? top : top - lineHeight);
      ctx.font = `${size}px ${FAMILY}`;
      ctx.textAlign = 'right';
      const floor = chartArea.left + valueWidth + (oneLine ? nameWidth + 12 : 0);
      ctx.fillText(value, Math.min(chartArea.right, Math.max(end, floor)), top);
    });
    ctx.restore();
  },
};
