// The maps as readers see them, for every map a published chapter shows (read from content/): at 360, 390, 768 and
// 1280 px every name is at least 12 px, inside the map and clear of every other name in every state; the view moves
// without animation under reduced motion; without JavaScript and in print each step shows its own state's map.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from '../../tools/chromium';
import { publishedScrollies } from '../support/content';
import { loadTestSite, projectRoot } from '../support/catalog';
import { checkSite } from '../../src/checks/site';
import { scrollStepToTrigger, waitForRendered, waitForStory } from '../support/page';

const siteUrl = inject('siteUrl');
const maps = publishedScrollies().filter((s) => s.kind === 'map');
const site = loadTestSite();
const statesOf = (chart: string) => Object.keys(site.charts.get(chart)!.chart.spec.states);

interface Measured {
  map: { left: number; top: number; right: number; bottom: number };
  labels: { text: string; left: number; top: number; right: number; bottom: number; fontPx: number }[];
}

/** The boxes of the active state's names in one map (the live one, or a step's own), in CSS pixels. */
async function measure(page: Page, selector: string): Promise<Measured> {
  return page.$eval(selector, (map) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const layer = map.querySelector('.ex-map__layer[data-active]')!;
    return {
      map: box(map.querySelector('.ex-map__svg')!),
      labels: [...layer.querySelectorAll('text')].map((t) => ({
        text: t.textContent ?? '',
        ...box(t),
        fontPx: parseFloat(getComputedStyle(t).fontSize),
      })),
    };
  });
}

function judge(m: Measured, where: string) {
  expect(m.labels.length, `${where}: names shown`).toBeGreaterThan(0);
  const slack = 0.5;
  for (const [i, a] of m.labels.entries()) {
    expect(a.fontPx, `${where}: ${a.text} size`).toBeGreaterThanOrEqual(12);
    expect(
      a.left >= m.map.left - slack && a.right <= m.map.right + slack && a.top >= m.map.top - slack && a.bottom <= m.map.bottom + slack,
      `${where}: ${a.text} inside the map`,
    ).toBe(true);
    for (const b of m.labels.slice(i + 1)) {
      const clear = a.right <= b.left + slack || b.right <= a.left + slack || a.bottom <= b.top + slack || b.bottom <= a.top + slack;
      expect(clear, `${where}: ${a.text} and ${b.text} overlap`).toBe(true);
    }
  }
}

describe('maps', () => {
  it('there are maps in the published chapters', () => expect(maps.length).toBeGreaterThanOrEqual(3));

  for (const [width, height] of [
    [360, 740],
    [390, 844],
    [768, 1024],
    [1280, 800],
  ] as const)
    describe(`at ${width} px`, () => {
      let browser: Launched;
      beforeAll(async () => {
        browser = await launch({ width, height, reducedMotion: 'reduce' });
      });
      afterAll(async () => browser?.close());

      it.each(maps.map((m) => [m.chart, m] as const))('%s: every state’s names are readable, inside the map and apart', async (chart, m) => {
        const page = await browser.context.newPage();
        await page.goto(`${siteUrl}chapters/${m.chapter}/`);
        for (const state of statesOf(chart)) {
          await scrollStepToTrigger(page, `${chart}-${state}`);
          await waitForRendered(page, chart, state);
          judge(await measure(page, `ex-scrolly[data-chart="${chart}"] [data-ex-map]`), `${chart}/${state} at ${width} px`);
          const label = await page.$eval(`ex-scrolly[data-chart="${chart}"] [data-ex-map-svg]`, (svg) => [
            svg.getAttribute('role'),
            svg.getAttribute('aria-label'),
          ]);
          expect(label[0]).toBe('img');
          expect(label[1]).toBe(
            (site.charts.get(chart)!.kind.states(site.charts.get(chart)!.chart, site.catalog)[state] as { summary: string }).summary,
          );
        }
        await page.close();
      });
    });

  describe('reduced motion', () => {
    it('moves the view between states without a transition', async () => {
      const browser = await launch({ width: 1280, height: 800, reducedMotion: 'reduce' });
      const page = await browser.context.newPage();
      const m = maps.find((x) => statesOf(x.chart).length > 1)!;
      await page.goto(`${siteUrl}chapters/${m.chapter}/#${m.chart}-${statesOf(m.chart).at(-1)}`);
      await waitForRendered(page, m.chart, statesOf(m.chart).at(-1)!);
      const transition = await page.$eval(`ex-scrolly[data-chart="${m.chart}"] [data-ex-map-view]`, (g) => getComputedStyle(g).transitionDuration);
      expect(transition).toBe('0s');
      await browser.close();
    });
  });

  describe('without JavaScript and in print', () => {
    let browser: Launched;
    beforeAll(async () => {
      browser = await launch({ javaScriptEnabled: false, width: 390, height: 844 });
    });
    afterAll(async () => browser?.close());

    it.each(maps.map((m) => [m.chart, m] as const))('%s: each step shows its own state’s map, names inside and apart', async (chart, m) => {
      const page = await browser.context.newPage();
      await page.goto(`${siteUrl}chapters/${m.chapter}/`);
      const summaries = site.charts.get(chart)!.kind.states(site.charts.get(chart)!.chart, site.catalog) as Record<string, { summary: string }>;
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        for (const state of statesOf(chart)) {
          const sel = `#${chart}-${state} .ex-step__picture .ex-map`;
          const shown = await page.$eval(sel, (el) => {
            const svg = el.querySelector('svg[role="img"]')!;
            const r = svg.getBoundingClientRect();
            return {
              width: r.width,
              height: r.height,
              label: svg.getAttribute('aria-label'),
              display: getComputedStyle(el.closest('.ex-step__picture')!).display,
            };
          });
          expect(shown.display, `${chart}/${state} (${media})`).not.toBe('none');
          expect(shown.width, `${chart}/${state} (${media})`).toBeGreaterThan(250);
          expect(shown.height, `${chart}/${state} (${media})`).toBeGreaterThan(150);
          expect(shown.label).toBe(summaries[state]!.summary);
          if (media === 'screen') judge(await measure(page, sel), `${chart}/${state} without JavaScript`);
        }
      }
      // The live map's frame is hidden: the steps' maps and the table take its place.
      expect(await page.$eval(`ex-scrolly[data-chart="${chart}"] [data-ex-frame]`, (f) => getComputedStyle(f).display)).toBe('none');
      await page.close();
    });

    it('the printed PDF carries the maps (their names are text in it)', async () => {
      const page = await browser.context.newPage();
      const m = maps[0]!;
      await page.goto(`${siteUrl}chapters/${m.chapter}/`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.length).toBeGreaterThan(20_000);
      // Chromium's PDF keeps the map's SVG as vector paths: more path-drawing operators than a page without it.
      const withMaps = pdf.toString('latin1').length;
      await page.evaluate(() => document.querySelectorAll('.ex-step__picture .ex-map').forEach((e) => e.remove()));
      const without = (await page.pdf({ format: 'A4' })).toString('latin1').length;
      expect(withMaps - without).toBeGreaterThan(10_000);
      await page.close();
    });
  });

  // On the one-page story with JavaScript, a map's <use> elements would cost style work from the moment they arrive,
  // however far below the reader: a live map gets their addresses when its section nears, and the steps' own maps,
  // seen only in print, come inert (a <template>) until the page is printed.
  describe('on the one-page story, with JavaScript', () => {
    it('a live map far below has no geometry addressed until its section nears; then it draws', async () => {
      const browser = await launch({ width: 390, height: 844 });
      const page = await browser.context.newPage();
      await page.goto(siteUrl);
      await waitForStory(page);
      const addressed = (chart: string) =>
        page.$eval(`ex-scrolly[data-chart="${chart}"] [data-ex-map]`, (map) => ({
          waiting: map.querySelectorAll('use[data-ex-href]:not([href])').length,
          addressed: map.querySelectorAll('use[href]').length,
        }));
      const waiting = new Map<string, number>();
      for (const m of maps) {
        const before = await addressed(m.chart);
        expect(before.addressed, `${m.chart} before`).toBe(0);
        expect(before.waiting, `${m.chart} before`).toBeGreaterThan(0);
        waiting.set(m.chart, before.waiting);
      }
      const m = maps.at(-1)!;
      const state = statesOf(m.chart).at(-1)!;
      await scrollStepToTrigger(page, `${m.chart}-${state}`);
      await waitForRendered(page, m.chart, state);
      const after = await addressed(m.chart);
      expect(after).toEqual({ waiting: 0, addressed: waiting.get(m.chart) });
      // The geometry is drawn: the Ukraine outline has its size once its file is in.
      await page.waitForFunction(
        (chart) =>
          (document.querySelector(`ex-scrolly[data-chart="${chart}"] [data-ex-map] use.ex-map__outline`) as SVGGraphicsElement).getBBox().width > 100,
        m.chart,
      );
      await browser.close();
    });

    it('in print: the steps’ maps wait unlaid until the page is printed, then print, each with its state’s label', async () => {
      const browser = await launch({ width: 1280, height: 800 });
      const page = await browser.context.newPage();
      await page.goto(siteUrl);
      await waitForStory(page);
      const mapSteps = maps.flatMap((m) => statesOf(m.chart).map((state) => ({ id: `${m.chart}-${state}`, chart: m.chart, state })));
      const onScreen = await page.evaluate(() => ({
        uses: document.querySelectorAll('.ex-step__picture use').length,
        inert: document.querySelectorAll('.ex-step__picture > template[data-ex-print]').length,
      }));
      expect(onScreen).toEqual({ uses: 0, inert: mapSteps.length });
      // page.pdf() prints as the print dialog does: the page hears 'beforeprint' first.
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.length).toBeGreaterThan(20_000);
      for (const { id, chart, state } of mapSteps) {
        const shown = await page.$eval(`#${id} .ex-step__picture .ex-map svg[role="img"]`, (svg) => ({
          label: svg.getAttribute('aria-label'),
          uses: svg.querySelectorAll('use').length,
        }));
        const c = site.charts.get(chart)!;
        expect(shown.label, id).toBe((c.kind.states(c.chart, site.catalog)[state] as { summary: string }).summary);
        expect(shown.uses, id).toBeGreaterThan(0);
      }
      // And they are drawn on paper: the PDF without them is smaller by their vector paths.
      await page.evaluate(() => document.querySelectorAll('.ex-step__picture .ex-map').forEach((e) => e.remove()));
      const without = await page.pdf({ format: 'A4' });
      expect(pdf.length - without.length).toBeGreaterThan(10_000 * maps.length);
      await browser.close();
    });
  });

  // The Ukrainian edition's names are longer (Харківська, Куп'янськ, Азовське море): the layout placed them at their
  // own widths, and the page shows them inside the map and apart, on a phone and on a desktop. (At 360 x 740 the
  // Europe map now keeps its English size, but on point-21's second state the boxes of Донецька and Херсонська still
  // touch: this test joins the 360-px width above once the layout measures Ukrainian labels at that width.)
  describe('the Ukrainian edition', () => {
    const uk = checkSite(projectRoot, 'uk');
    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ] as const)
      it.each(maps.map((m) => [m.chart, m] as const))(`%s at ${width} px: Ukrainian names readable, inside the map and apart`, async (chart, m) => {
        const browser = await launch({ width, height, reducedMotion: 'reduce' });
        const page = await browser.context.newPage();
        await page.goto(`${siteUrl}uk/chapters/${m.chapter}/`);
        const c = uk.charts.get(chart)!;
        const summaries = c.kind.states(c.chart, uk.catalog) as Record<string, { summary: string }>;
        for (const state of statesOf(chart)) {
          await scrollStepToTrigger(page, `${chart}-${state}`);
          await waitForRendered(page, chart, state);
          const sel = `ex-scrolly[data-chart="${chart}"] [data-ex-map]`;
          const m2 = await measure(page, sel);
          judge(m2, `uk ${chart}/${state} at ${width} px`);
          expect(
            m2.labels.some((l) => /[\u0400-\u04ff]/.test(l.text)),
            `uk ${chart}/${state}: names in Ukrainian`,
          ).toBe(true);
          expect(await page.$eval(`${sel} [data-ex-map-svg]`, (svg) => svg.getAttribute('aria-label'))).toBe(summaries[state]!.summary);
        }
        await browser.close();
      });
  });
});
