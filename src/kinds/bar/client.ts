// The bar kind in the browser: the canvas's label and the legend follow each state at once; Chart.js is loaded
// (dynamic import) only as the graphic nears the viewport, and the chart is created once, then updated in place.
import type { StateBase } from '../types';
import { registerRenderer } from '../renderers';
import type { BarChartState } from './types';
import type { BarChartView } from './chart';
import { whenNear } from './lazy';
import { legendHtml } from './legend';

function nextIdle(): Promise<void> {
  return new Promise((resolve) =>
    'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 300 }) : setTimeout(resolve, 0),
  );
}

function renderLegend(host: HTMLElement, state: BarChartState) {
  const legend = host.querySelector<HTMLElement>('[data-ex-legend]');
  const html = legendHtml(state);
  if (legend && legend.innerHTML !== html) legend.innerHTML = html;
}

registerRenderer('bar', (host, { reducedMotion, drawn }) => {
  const canvas = host.querySelector<HTMLCanvasElement>('[data-ex-canvas]');
  let latest: BarChartState | undefined;
  let chart: Promise<BarChartView | undefined> | undefined;
  const ensureChart = () => {
    if (chart || !canvas) return;
    chart = import('./chart')
      .then(async ({ createBarChart, prepareNumbers }) => {
        // Parsing Chart.js, loading the edition's number formats and drawing the first chart are separate tasks, so
        // none of them blocks scrolling for long.
        await nextIdle();
        prepareNumbers(latest!);
        await nextIdle();
        const first = latest!;
        const view = createBarChart(canvas, host, first, reducedMotion);
        drawn(first.state);
        if (latest !== first) {
          view.update(latest!);
          drawn(latest!.state);
        }
        return view;
      })
      .catch((error: unknown) => {
        // A slow or broken connection: fall back to what the page shows without JavaScript, the data table.
        host.dataset.chartFailed = '';
        host.querySelectorAll('[data-ex-table]').forEach((t) => t.setAttribute('tabindex', '0')); // scrollable again
        console.warn('Chart could not be drawn; showing its data table instead.', error);
        return undefined;
      });
  };
  whenNear(host, ensureChart);
  return {
    draw(s: StateBase) {
      const state = s as BarChartState;
      latest = state;
      canvas?.setAttribute('aria-label', state.summary);
      renderLegend(host, state);
      // Draw only if Chart.js is already on its way; otherwise the first draw will use the latest state.
      void chart?.then((view) => {
        if (!view || latest !== state) return;
        view.update(state);
        drawn(state.state);
      });
    },
  };
});
