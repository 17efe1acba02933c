// Chart.js, loaded on demand when the first chart nears the viewport. Only the pieces a horizontal bar
// chart needs are registered, which keeps the bundle small.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import type { BarChartState } from './types';
import { axisLocale, toBarData, toBarOptions } from './config';
import { readPalette } from './palette';
import { CHART_FONT, CHART_FONT_WEIGHTS } from '../font';
import { labelsAboveBars } from './labels';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface BarChartView {
  update(state: BarChartState): void;
}

/**
 * The page's first Intl.NumberFormat for a locale loads that locale's number data: some 25 ms on a desktop, more on a
 * phone. Chart.js makes one for its axis's ticks as it draws a chart for the first time; made here, beforehand, in a
 * task of its own, it leaves that first draw shorter than a long task (50 ms).
 */
export function prepareNumbers(state: BarChartState): void {
  new Intl.NumberFormat(axisLocale(state)).format(0);
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
  // A Ukrainian page asks for the font's Cyrillic faces (a sample of its letters), an English page for the Latin.
  const faces = CHART_FONT_WEIGHTS.map((w) => `${w} 12px "${CHART_FONT}"`);
  const sample = document.documentElement.lang.startsWith('uk') ? 'Аа' : 'Aa';
  if (document.fonts && !faces.every((f) => document.fonts.check(f, sample)))
    Promise.all(faces.map((f) => document.fonts.load(f, sample))).then(
      () => chart.update('none'),
      () => {},
    );
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
