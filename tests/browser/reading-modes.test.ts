// Every way of reading: without JavaScript, printed, with reduced motion, and by keyboard.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Launched } from '../support/browser';
import { openWatched, scrollStepToTrigger, waitForRendered } from '../support/page';
import { publishedScrollies } from '../support/content';

const siteUrl = inject('siteUrl');

describe('without JavaScript', () => {
  let browser: Launched;
  beforeAll(async () => {
    browser = await launch({ javaScriptEnabled: false, width: 390, height: 844 });
  });
  afterAll(async () => browser?.close());

  it('shows every chart’s data table in its place, and no empty chart boxes', async () => {
    const page = await browser.context.newPage();
    await page.goto(siteUrl);
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

  it('never scrolls sideways on a phone: wide tables scroll inside their own box', async () => {
    const page = await browser.context.newPage();
    await page.goto(siteUrl);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('reads as an article: steps are ordinary paragraphs, in order, with their figures', async () => {
    const page = await browser.context.newPage();
    await page.goto(siteUrl);
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
    await page.emulateMedia({ media: 'print' });
    const result = await page.$$eval('ex-scrolly', (els) =>
      els.map((el) => ({
        table: el.querySelector('table')!.getBoundingClientRect().height,
        canvasShown: [...el.querySelectorAll('[data-ex-frame]')].some((f) => getComputedStyle(f).display !== 'none'),
        sticky: getComputedStyle(el.querySelector('.ex-scrolly__graphic')!).position,
      })),
    );
    for (const r of result) {
      expect(r.table).toBeGreaterThan(100);
      expect(r.canvasShown).toBe(false);
      expect(r.sticky).toBe('static');
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await browser.close();
  });
});

describe('with prefers-reduced-motion: reduce', () => {
  it('has no transitions, no smooth scrolling, and charts draw their final frame at once', async () => {
    const browser = await launch({ width: 1280, height: 800, reducedMotion: 'reduce' });
    const page = await browser.context.newPage();
    await page.goto(siteUrl);
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
    await page.locator('h1').click();
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2)).toBe(true);
    await browser.close();
  });
});
