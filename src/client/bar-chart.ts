// Chart.js, loaded on demand when the first chart nears the viewport. Only the pieces a horizontal bar
// chart needs are registered, which keeps the bundle small.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import type { BarChartState } from '../charts/types';
import { toBarData, toBarOptions } from './bar-config';
import { readPalette } from './palette';
import { CHART_FONT, CHART_FONT_FAMILY, CHART_FONT_WEIGHTS } from './chart-font';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const FAMILY = CHART_FONT_FAMILY;

interface LabelOptions {
  values: string[];
  color: string;
}

/**
 * Writes each category's name above its bar and its figure ending where the bar ends. When name and figure do not
 * fit on one line (long names on a phone), the name goes on a line of its own above the figure.
 */
const labelsAboveBars: Plugin<'bar', LabelOptions> = {
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

export interface BarChartView {
  update(state: BarChartState): void;
}

export function createBarChart(canvas: HTMLCanvasElement, host: HTMLElement, first: BarChartState, reducedMotion: boolean): BarChartView {
  let palette = readPalette(host, canvas);
  const chart = new Chart(canvas, {
    type: 'bar',
    data: toBarData(first, palette),
    options: toBarOptions(first, palette, reducedMotion) as never,
    plugins: [labelsAboveBars as Plugin<'bar'>],
  });
  // A canvas does not redraw when a web font arrives: if the chart's font was not in yet, draw again once it is.
  const faces = CHART_FONT_WEIGHTS.map((w) => `${w} 12px "${CHART_FONT}"`);
  if (document.fonts && !faces.every((f) => document.fonts.check(f)))
    Promise.all(faces.map((f) => document.fonts.load(f))).then(() => chart.update('none'), () => {});
  return {
    update(state) {
      // The theme may have changed (prefers-color-scheme) since the last draw.
      palette = readPalette(host, canvas);
      const data = toBarData(state, palette);
      chart.data.labels = data.labels;
      chart.data.datasets = data.datasets as never;
      chart.options = toBarOptions(state, palette, reducedMotion) as never;
      chart.update();
    },
  };
}
