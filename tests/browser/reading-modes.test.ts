// Every way of reading: without JavaScript, printed, with reduced motion, and by keyboard.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from '../../tools/chromium';
import { loadTestSite } from '../support/catalog';
import { openStoryWithoutScripts, openWatched, scrollStepToTrigger, waitForRendered, waitForStory } from '../support/page';
import { publishedScrollies } from '../support/content';

const siteUrl = inject('siteUrl');

/** Image XObjects in a PDF (Chromium writes their dictionaries uncompressed). */
const imagesIn = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Subtype\s*\/Image\b/g) ?? []).length;

describe('without JavaScript', () => {
  let browser: Launched;
  beforeAll(async () => {
    browser = await launch({ javaScriptEnabled: false, width: 390, height: 844 });
  });
  afterAll(async () => browser?.close());

  it('shows every chart’s data table in its place, and no empty chart boxes', async () => {
    const page = await browser.context.newPage();
    await openStoryWithoutScripts(page, siteUrl);
    const sections = await page.$$eval('ex-scrolly', (els) =>
      els.map((el) => {
        const table = el.querySelector('table')!.getBoundingClientRect();
        const frame = el.querySelector('[data-ex-frame]');
        const grid = el.querySelector('.ex-plan__grid');
        return {
          chart: (el as HTMLElement).dataset.chart,
          tableHeight: table.height,
          tableWidth: table.width,
          frameShown: frame ? getComputedStyle(frame).display !== 'none' : false,
          gridHeight: grid ? grid.getBoundingClientRect().height : null,
          rows: el.querySelectorAll('tbody tr').length,
        };
      }),
    );
    expect(sections.map((s) => s.chart)).toEqual(publishedScrollies().map((s) => s.chart));
    for (const s of sections) {
      expect(s.tableHeight, `${s.chart} table`).toBeGreaterThan(100);
      expect(s.tableWidth, `${s.chart} table`).toBeGreaterThan(200);
      expect(s.rows, `${s.chart} rows`).toBeGreaterThan(1);
      expect(s.frameShown, `${s.chart} empty canvas box`).toBe(false);
      if (s.gridHeight !== null) expect(s.gridHeight).toBeGreaterThan(50);
    }
    await page.close();
  });

  it('shows, in every section of a canvas chart, each step’s picture after its text, with the state’s summary as alt', async () => {
    const page = await browser.context.newPage();
    await openStoryWithoutScripts(page, siteUrl);
    const sections = await page.$$eval('ex-scrolly', (els) =>
      els
        .filter((el) => el.querySelector('[data-ex-canvas]'))
        .map((el) => {
          const states = JSON.parse(el.querySelector('script[data-ex-states]')!.textContent!) as Record<string, { summary: string }>;
          return {
            chart: (el as HTMLElement).dataset.chart,
            steps: [...el.querySelectorAll<HTMLElement>('[data-ex-step]')].map((step) => {
              const imgs = [...step.querySelectorAll('img')];
              const img = imgs[0];
              const box = img?.getBoundingClientRect();
              const text = step.querySelector('p')!.getBoundingClientRect();
              return {
                pictures: imgs.length,
                alt: img?.alt,
                summary: states[step.dataset.exStep!]!.summary,
                shown: !!box && box.width > 200 && box.height > 100 && getComputedStyle(img!).display !== 'none',
                afterText: !!box && box.top >= text.bottom,
              };
            }),
          };
        }),
    );
    // Every chart of a canvas kind that a published chapter shows, read from content/ rather than typed here.
    const site = loadTestSite();
    const canvasCharts = [...site.charts].filter(([, c]) => c.kind.canvas).map(([id]) => id);
    expect(sections.map((s) => s.chart).sort()).toEqual(canvasCharts.sort());
    for (const s of sections)
      for (const [i, step] of s.steps.entries()) {
        const where = `${s.chart} step ${i + 1}`;
        expect(step.pictures, where).toBe(1);
        expect(step.alt, where).toBeTruthy();
        expect(step.alt, where).toBe(step.summary);
        expect(step.shown, `${where} shown`).toBe(true);
        expect(step.afterText, `${where} after its text`).toBe(true);
      }
    await page.close();
  });

  it('prints every state’s picture into the PDF', async () => {
    const page = await browser.context.newPage();
    await openStoryWithoutScripts(page, siteUrl);
    const states = await page.$$eval('ex-scrolly [data-ex-step] img', (imgs) => imgs.length);
    expect(states).toBeGreaterThanOrEqual(9);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(imagesIn(pdf)).toBeGreaterThanOrEqual(states);
    await page.close();
  });

  it('never scrolls sideways on a phone: wide tables scroll inside their own box', async () => {
    const page = await browser.context.newPage();
    await openStoryWithoutScripts(page, siteUrl);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('reads as an article: steps are ordinary paragraphs, in order, with their figures', async () => {
    const page = await browser.context.newPage();
    await openStoryWithoutScripts(page, siteUrl);
    const step = page.locator('#territory-mod-vs-isw');
    await expect.poll(() => step.isVisible()).toBe(true);
    expect(await step.textContent()).toContain('4,714 km²');
    const gap = await page.evaluate(() => {
      const a = document.getElementById('territory-mod-vs-isw')!.getBoundingClientRect();
      const b = document.getElementById('territory-putin-vs-isw')!.getBoundingClientRect();
      return b.top - a.bottom;
    });
    expect(gap).toBeLessThan(100); // no scrolly spacing between steps
    await page.close();
  });
});

describe('in print', () => {
  it('prints tables in place of canvases, linearly', async () => {
    const browser = await launch({ width: 1280 });
    const page = await browser.context.newPage();
    await page.goto(siteUrl);
    await waitForStory(page);
    await page.emulateMedia({ media: 'print' });
    const result = await page.$$eval('ex-scrolly', (els) =>
      els.map((el) => ({
        table: el.querySelector('table')!.getBoundingClientRect().height,
        canvasShown: [...el.querySelectorAll('[data-ex-frame]')].some((f) => getComputedStyle(f).display !== 'none'),
        sticky: getComputedStyle(el.querySelector('.ex-scrolly__graphic')!).position,
        // The room the steps keep on screens to scroll the last one past the trigger line: none on paper.
        blankAfterSteps:
          el.querySelector('.ex-scrolly__steps')!.getBoundingClientRect().bottom -
          el.querySelector('.ex-scrolly__steps > [data-ex-step]:last-of-type')!.getBoundingClientRect().bottom,
      })),
    );
    for (const r of result) {
      expect(r.table).toBeGreaterThan(100);
      expect(r.canvasShown).toBe(false);
      expect(r.sticky).toBe('static');
      expect(r.blankAfterSteps).toBeLessThan(40);
    }
    // Each canvas state's picture by its step (the light one: the dark twin is for screens), then the table.
    const pictures = await page.$$eval('ex-scrolly [data-ex-step]', (steps) =>
      steps
        .filter((s) => s.closest('ex-scrolly')!.querySelector('[data-ex-canvas]'))
        .map((s) => {
          const img = s.querySelector('img');
          return { id: s.id, shown: !!img && img.getBoundingClientRect().height > 100, light: !!img && !img.currentSrc.includes('-dark.') };
        }),
    );
    expect(pictures.length).toBeGreaterThanOrEqual(9);
    for (const p of pictures) expect(p, p.id).toEqual({ id: p.id, shown: true, light: true });
    const tableAfterSteps = await page.$eval(
      'ex-scrolly[data-chart="territory"]',
      (el) =>
        el.querySelector('table')!.getBoundingClientRect().top > el.querySelector('[data-ex-step]:last-of-type')!.getBoundingClientRect().bottom,
    );
    expect(tableAfterSteps).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    // The pictures were never fetched for the screen; printing fetched and embedded every one of them.
    expect(imagesIn(pdf)).toBeGreaterThanOrEqual(pictures.length);
    await browser.close();
  });
});

describe('the contents list', () => {
  // Folded on screen (each chapter adds a line to it, and the first screen should not grow with the story), opened by
  // a click without JavaScript, and open in print.
  const listShown = (page: Page) => page.$eval('.ex-contents ol', (ol) => ol.getBoundingClientRect().height > 0 && ol.checkVisibility());

  it('is folded on screen, and opens with a click, without JavaScript too, naming every chapter', async () => {
    const browser = await launch({ javaScriptEnabled: false, width: 390, height: 844 });
    const page = await browser.context.newPage();
    await openStoryWithoutScripts(page, siteUrl);
    expect(await listShown(page)).toBe(false);
    await page.locator('.ex-contents summary').click();
    expect(await listShown(page)).toBe(true);
    const chapters = await page.$$eval('.ex-chapter h2', (hs) => hs.map((h) => h.textContent!.trim()));
    const listed = await page.$$eval('.ex-contents li > a:first-child', (as) => as.map((a) => a.textContent!.trim()));
    expect(chapters.length).toBeGreaterThanOrEqual(4);
    expect(listed.slice(0, chapters.length)).toEqual(chapters);
    await browser.close();
  });

  it('prints open', async () => {
    const browser = await launch({ width: 1280 });
    const page = await browser.context.newPage();
    await page.goto(siteUrl);
    expect(await listShown(page)).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await listShown(page)).toBe(true);
    await browser.close();
  });
});

describe('with JavaScript', () => {
  it('downloads none of the pictures while a reader scrolls the whole page', async () => {
    const browser = await launch({ width: 390, height: 844 });
    const page = await browser.context.newPage();
    const pictures: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/_assets/charts/')) pictures.push(r.url());
    });
    await page.goto(siteUrl, { waitUntil: 'load' });
    await waitForStory(page);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(20);
    }
    await page.waitForTimeout(500);
    expect(await page.locator('ex-scrolly [data-ex-step] img').count()).toBeGreaterThanOrEqual(9); // they are in the page
    expect(pictures).toEqual([]);
    await browser.close();
  });
});

describe('on a wide screen', () => {
  it('keeps the reading column to one pair of edges: masthead, chapter headers, headings, paragraphs and notes', async () => {
    const browser = await launch({ width: 1280, height: 800 });
    const page = await browser.context.newPage();
    await page.goto(siteUrl);
    await waitForStory(page);
    // The column's text edges, block by block: a block's box, less its padding.
    const edges = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.ex-masthead, .ex-chapter__header, .ex-prose > :not(ex-scrolly, script)')].map((el) => {
        const box = el.getBoundingClientRect();
        const css = getComputedStyle(el);
        const left = Math.round(box.left + parseFloat(css.paddingLeft));
        const right = Math.round(box.right - parseFloat(css.paddingRight));
        return { what: `${el.tagName.toLowerCase()}.${el.className}`, left, right, wide: box.width > 0 };
      }),
    );
    const blocks = edges.filter((e) => e.wide);
    expect(blocks.filter((e) => e.what.startsWith('h3')).length, 'headings in the prose').toBeGreaterThan(3);
    const lefts = new Set(blocks.map((e) => e.left));
    expect([...lefts], JSON.stringify(blocks.filter((e) => e.left !== blocks[0]!.left).slice(0, 5))).toHaveLength(1);
    await browser.close();
  });
});

describe('with prefers-reduced-motion: reduce', () => {
  it('has no transitions, no smooth scrolling, and charts draw their final frame at once', async () => {
    const browser = await launch({ width: 1280, height: 800, reducedMotion: 'reduce' });
    const page = await browser.context.newPage();
    await page.goto(siteUrl);
    await waitForStory(page);
    const styles = await page.evaluate(() => ({
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
      card: getComputedStyle(document.querySelector('.ex-step__card')!).transitionDuration,
      cell: getComputedStyle(document.querySelector('.ex-plan__cell')!).transitionDuration,
    }));
    expect(styles).toEqual({ scroll: 'auto', card: '0s', cell: '0s' });
    await scrollStepToTrigger(page, 'territory-mod-vs-isw');
    await waitForRendered(page, 'territory', 'mod-vs-isw');
    await scrollStepToTrigger(page, 'territory-putin-vs-isw');
    await waitForRendered(page, 'territory', 'putin-vs-isw');
    const canvas = page.locator('ex-scrolly[data-chart="territory"] canvas');
    const first = await canvas.screenshot();
    await page.waitForTimeout(600);
    expect((await canvas.screenshot()).equals(first)).toBe(true); // nothing was still animating
    await browser.close();
  });

  it('animates when motion is welcome (so the check above can fail)', async () => {
    const browser = await launch({ width: 1280, height: 800, reducedMotion: 'no-preference' });
    const page = await browser.context.newPage();
    await page.goto(siteUrl);
    await waitForStory(page);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.ex-step__card')!).transitionDuration)).not.toBe('0s');
    await scrollStepToTrigger(page, 'territory-mod-vs-isw');
    await waitForRendered(page, 'territory', 'mod-vs-isw');
    await page.waitForTimeout(700);
    await scrollStepToTrigger(page, 'territory-putin-vs-isw');
    await waitForRendered(page, 'territory', 'putin-vs-isw');
    const canvas = page.locator('ex-scrolly[data-chart="territory"] canvas');
    const early = await canvas.screenshot();
    await page.waitForTimeout(700);
    expect((await canvas.screenshot()).equals(early)).toBe(false);
    await browser.close();
  });
});

describe('by keyboard', () => {
  it('starts with a skip link, shows a focus ring, and reaches every step link in order', async () => {
    const browser = await launch({ width: 1280, height: 800 });
    const w = await openWatched(browser, siteUrl);
    const { page } = w;
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent, outline: style.outlineStyle, top: el.getBoundingClientRect().top };
    });
    expect(first.text).toBe('Skip to the story');
    expect(first.outline).not.toBe('none');
    expect(first.top).toBeGreaterThanOrEqual(0); // visible when focused
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Tab through the page: the step links come in document order, and nothing traps focus.
    // The first 14 step links (the whole page has more than a keyboard test should press through) come in order.
    const expected = await page.$$eval('[data-ex-copy]', (els) => els.map((e) => e.getAttribute('href')!));
    const wanted = Math.min(14, expected.length);
    const seen: string[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
      if (href.startsWith('#') && (await page.evaluate(() => document.activeElement?.hasAttribute('data-ex-copy')))) seen.push(href);
      if (seen.length >= wanted) break;
    }
    expect(seen).toEqual(expected.slice(0, wanted));
    expect(w.errors).toEqual([]);
    await browser.close();
  });

  it('hijacks no keys: Space and End scroll the page as usual', async () => {
    const browser = await launch({ width: 1280, height: 800 });
    const page = await browser.context.newPage();
    await page.goto(siteUrl);
    await waitForStory(page);
    await page.locator('h1').click();
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2)).toBe(true);
    await browser.close();
  });
});
