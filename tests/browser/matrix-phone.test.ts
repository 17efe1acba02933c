// Every matrix on a phone (360 and 390 px), state by state: the cells a state names lie within the panel's width,
// the panel never scrolls sideways, and at least three of them (all, if fewer) are wholly in view at once, above the
// step card that scrolls over the panel. The whole table stays a tap away ("Show the full table") and comes back as
// a table. The matrices, their states and the cells each names are read from content/, not typed here.
// SHOTS=1 also writes a screenshot of each state to /tmp (matrix-<chart>-<state>-<width>.png) for a person to look at.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Launched } from '../../tools/chromium';
import { openWatched, scrollStepToTrigger, waitForRendered } from '../support/page';
import { publishedScrollies } from '../support/content';
import { loadTestSite } from '../support/catalog';
import type { MatrixChartFile } from '../../src/kinds/matrix';

const siteUrl = inject('siteUrl');
const site = loadTestSite();
const matrices = publishedScrollies().filter((s) => s.kind === 'matrix');

/** The body cells ("row/column") a state names: its rows, its columns and its cells. */
function namedCells(spec: MatrixChartFile, state: string): string[] {
  const h = spec.states[state]!.highlight ?? {};
  return spec.rows.flatMap((r) =>
    spec.columns
      .map((c) => `${r.id}/${c.id}`)
      .filter((rc) => h.rows?.includes(rc.split('/')[0]!) || h.columns?.includes(rc.split('/')[1]!) || h.cells?.includes(rc)),
  );
}

it('finds the matrices the chapters show', () => {
  expect(matrices.length).toBeGreaterThanOrEqual(2);
});

for (const width of [360, 390]) {
  describe(`matrices on a ${width}px phone`, () => {
    let browser: Launched;
    beforeAll(async () => {
      browser = await launch({ width, height: 800, reducedMotion: 'reduce' });
    });
    afterAll(async () => browser?.close());

    for (const { chart, chapter } of matrices) {
      const spec = site.charts.get(chart)!.chart.spec as MatrixChartFile;
      it(`${chart}: every state shows the cells it names within the panel, at least three wholly in view`, async () => {
        const w = await openWatched(browser, new URL(`chapters/${chapter}/`, siteUrl).href);
        const { page } = w;
        const section = `ex-scrolly[data-chart="${chart}"]`;
        for (const state of Object.keys(spec.states)) {
          const named = namedCells(spec, state);
          await scrollStepToTrigger(page, `${chart}-${state}`);
          await waitForRendered(page, chart, state);
          const seen = await page.evaluate(
            ({ section, named, stepId, state }) => {
              const wrap = document.querySelector<HTMLElement>(`${section} [data-ex-matrix-wrap]`)!;
              const box = wrap.getBoundingClientRect();
              // What the reader can see of the panel: its region, above the step card scrolled over it.
              const stepTop = document.getElementById(stepId)!.querySelector('.ex-step__card')!.getBoundingClientRect().top;
              const view = {
                left: box.left + wrap.clientLeft,
                right: box.left + wrap.clientLeft + wrap.clientWidth,
                top: box.top,
                bottom: Math.min(box.top + wrap.clientHeight, stepTop, innerHeight),
              };
              const cells = named.map((rc) => {
                const el = document.querySelector(`${section} [data-ex-cards="${state}"] [data-card="${rc}"]`);
                const r = el?.getBoundingClientRect();
                return {
                  rc,
                  shown: !!el && !!r && r.width > 0 && r.height > 0 && getComputedStyle(el).visibility === 'visible',
                  withinWidth: !!r && r.left >= view.left - 0.5 && r.right <= view.right + 0.5,
                  inView: !!r && r.left >= view.left - 0.5 && r.right <= view.right + 0.5 && r.top >= view.top - 0.5 && r.bottom <= view.bottom + 0.5,
                };
              });
              // Only the state's own cards are visible: every other card list is hidden.
              const otherShown = [...document.querySelectorAll<HTMLElement>(`${section} [data-ex-cards]`)].filter(
                (l) => l.dataset.exCards !== state && getComputedStyle(l).visibility === 'visible',
              ).length;
              return { cells, otherShown, sideways: wrap.scrollWidth - wrap.clientWidth, page: document.documentElement.scrollWidth };
            },
            { section, named, stepId: `${chart}-${state}`, state },
          );
          const label = `${chart}/${state} at ${width}px`;
          expect(seen.page, `${label}: the page never scrolls sideways`).toBeLessThanOrEqual(width);
          if (!named.length) continue;
          expect(seen.sideways, `${label}: the panel does not scroll sideways`).toBeLessThanOrEqual(0);
          expect(
            seen.cells.filter((c) => !c.shown || !c.withinWidth).map((c) => c.rc),
            `${label}: named cells shown within the panel's width`,
          ).toEqual([]);
          expect(seen.otherShown, `${label}: no other state's cards are visible`).toBe(0);
          const inView = seen.cells.filter((c) => c.inView).length;
          expect(inView, `${label}: cells wholly in view at once`).toBeGreaterThanOrEqual(Math.min(3, named.length));
          if (process.env.SHOTS) await page.screenshot({ path: `/tmp/matrix-${chart}-${state}-${width}.png` });
        }
        expect(w.errors).toEqual([]);
        await page.close();
      });

      it(`${chart}: the full table is a tap away, and the step's cells a tap back`, async () => {
        const page = await browser.context.newPage();
        await page.goto(new URL(`chapters/${chapter}/`, siteUrl).href);
        const state = Object.keys(spec.states).find((s) => namedCells(spec, s).length)!;
        await scrollStepToTrigger(page, `${chart}-${state}`);
        await waitForRendered(page, chart, state);
        const section = page.locator(`ex-scrolly[data-chart="${chart}"]`);
        const table = section.locator('table[data-ex-matrix]');
        const button = section.locator('[data-ex-matrix-toggle]');
        const cards = section.locator(`[data-ex-cards="${state}"]`);
        const visibleCards = () =>
          cards
            .locator('[data-card]')
            .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width > 0 && getComputedStyle(e).visibility === 'visible').length);
        expect(await table.evaluate((el) => getComputedStyle(el).display)).toBe('none');
        expect(await visibleCards()).toBe(namedCells(spec, state).length);
        expect(await button.isVisible()).toBe(true);
        await button.click();
        expect(await button.getAttribute('aria-pressed')).toBe('true');
        expect(await table.evaluate((el) => getComputedStyle(el).display)).toBe('table');
        expect(await visibleCards()).toBe(0);
        expect(await table.locator('tbody td').count()).toBe(spec.rows.length * spec.columns.length);
        expect(await table.locator('tbody td[data-on]').count()).toBe(namedCells(spec, state).length);
        await button.click();
        expect(await button.getAttribute('aria-pressed')).toBe('false');
        expect(await visibleCards()).toBe(namedCells(spec, state).length);
        await page.close();
      });
    }
  });
}
