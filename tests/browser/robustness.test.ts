// However the reader arrives at a position — reload, instant jumps, resize, rotation — the chart shows the state
// of the step that the page's geometry makes active. The expected step is measured here independently.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from '../../tools/chromium';
import { openWatched, scrollStepToTrigger, waitForRendered, waitForStory, type Watched } from '../support/page';

const siteUrl = inject('siteUrl');

/** The step the reader is on, by geometry: the last one in the section whose top is above the trigger line. */
async function expectedState(page: Page, chart: string): Promise<string> {
  return page.evaluate((c) => {
    const steps = [...document.querySelectorAll<HTMLElement>(`ex-scrolly[data-chart="${c}"] [data-ex-step]`)];
    const line = window.innerHeight * (window.innerWidth < 800 ? 0.75 : 0.5);
    let active = steps[0]!;
    for (const s of steps) if (s.getBoundingClientRect().top <= line) active = s;
    return active.dataset.exStep!;
  }, chart);
}

async function expectInSync(page: Page, chart: string) {
  // Let the debounced resize handler and one animation frame run.
  await page.waitForTimeout(400);
  const want = await expectedState(page, chart);
  await waitForRendered(page, chart, want);
  expect(await page.locator(`ex-scrolly[data-chart="${chart}"]`).getAttribute('data-state')).toBe(want);
}

describe('robust scrolling', () => {
  let browser: Launched;
  let w: Watched;
  beforeAll(async () => {
    browser = await launch({ width: 1280, height: 800, reducedMotion: 'reduce' });
    w = await openWatched(browser, siteUrl);
  });
  afterAll(async () => browser?.close());

  it('reloading scrolled to the middle of a section restores that step’s state', async () => {
    const { page } = w;
    await scrollStepToTrigger(page, 'territory-article-pairing');
    await waitForRendered(page, 'territory', 'article-pairing');
    await page.reload();
    // The story's parts arrive after load, and the reader's place is restored once they are in.
    await waitForStory(page);
    await expectInSync(page, 'territory');
    expect(await expectedState(page, 'territory')).toBe('article-pairing');
  });

  it('instant jumps top → bottom → middle → top end in the right state every time', async () => {
    const { page } = w;
    await waitForStory(page);
    for (const target of ['attacks-missiles', 'territory-putin-vs-isw', 'plan-overview', 'cities-denials']) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await scrollStepToTrigger(page, target);
      const [chart, ...rest] = target.split('-');
      await waitForRendered(page, chart!, rest.join('-'));
    }
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expectInSync(page, 'attacks');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectInSync(page, 'plan');
  });

  // [what changes, the viewport before, the step the reader is on, the viewports it then passes through]
  const viewportChanges: [string, [number, number], string, [number, number][]][] = [
    [
      'resizing from desktop to phone width and back mid-section',
      [1280, 800],
      'attacks-largest-2025',
      [
        [390, 844],
        [1280, 800],
      ],
    ],
    [
      'rotating a phone',
      [390, 844],
      'territory-scale',
      [
        [844, 390],
        [390, 844],
      ],
    ],
    ['a phone’s address bar (a height-only resize)', [390, 844], 'cities-denials', [[390, 780]]],
  ];
  it.each(viewportChanges)('%s keeps chart and step together', async (_what, [width, height], stepId, sizes) => {
    const { page } = w;
    const [chart, ...state] = stepId.split('-');
    await page.setViewportSize({ width, height });
    await scrollStepToTrigger(page, stepId);
    await waitForRendered(page, chart!, state.join('-'));
    for (const [w2, h2] of sizes) {
      await page.setViewportSize({ width: w2, height: h2 });
      await expectInSync(page, chart!);
    }
  });

  it('logged no console error throughout', () => {
    expect(w.errors).toEqual([]);
  });
});

describe('when Chart.js cannot be loaded (a dropped connection)', () => {
  it('shows each chart’s data table in its place instead of an empty box', async () => {
    const browser = await launch({ width: 1280, height: 800, reducedMotion: 'reduce' });
    await browser.context.route(/\/_assets\/chart\.[^/]*\.js$/, (route) => route.abort()); // the Chart.js chunk of src/kinds/bar/chart.ts
    const page = await browser.context.newPage();
    await page.goto(siteUrl);
    await waitForStory(page);
    await scrollStepToTrigger(page, 'territory-mod-vs-isw');
    const section = page.locator('ex-scrolly[data-chart="territory"]');
    await expect.poll(() => section.getAttribute('data-chart-failed')).toBe('');
    const box = await section.locator('table').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(100);
    expect(await section.locator('[data-ex-frame]').isVisible()).toBe(false);
    // The steps still drive the words: heading and caption follow the reader.
    await scrollStepToTrigger(page, 'territory-putin-vs-isw');
    await expect.poll(() => section.getAttribute('data-state')).toBe('putin-vs-isw');
    await browser.close();
  });
});

describe('when a part of the story cannot be fetched (a dropped connection)', () => {
  it('lays in the other chapters, and leaves in its place a link to the chapter’s own page', async () => {
    const browser = await launch({ width: 390, height: 844 });
    try {
      await browser.context.route(/\/parts\/european-reactions\/$/, (route) => route.abort());
      const page = await browser.context.newPage();
      await page.goto(siteUrl, { waitUntil: 'load' });
      await page.waitForSelector('main[data-ex-story="complete"]', { state: 'attached' });
      // The note is read as the reader sees it: scrolled to.
      await page.evaluate(() => document.querySelector('[data-ex-part]')?.scrollIntoView());
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const bodies = await page.$$eval('main > .ex-chapter', (chapters) =>
        chapters.map((c) => ({
          id: c.id,
          waiting: !!c.querySelector('[data-ex-part]'),
          note: c.querySelector<HTMLElement>('.ex-part__note')?.innerText.replace(/\s+/g, ' ').trim() ?? null,
          link: c.querySelector<HTMLAnchorElement>('.ex-part__note a')?.getAttribute('href') ?? null,
        })),
      );
      expect(bodies.filter((b) => b.waiting)).toEqual([
        {
          id: 'european-reactions',
          waiting: true,
          note: 'This chapter could not be loaded. Read “European reactions” on its own page.',
          link: '/chapters/european-reactions/',
        },
      ]);
      expect(bodies.length).toBeGreaterThan(2);
    } finally {
      await browser.close();
    }
  });
});

describe('when a part of the story arrives late (a slow connection)', () => {
  it('a keyboard reader on its placeholder’s link stays in that chapter once its body is laid in', async () => {
    const browser = await launch({ width: 390, height: 844 });
    try {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await browser.context.route(/\/parts\/peace-plan\/$/, async (route) => {
        await held;
        await route.continue();
      });
      const page = await browser.context.newPage();
      await page.goto(siteUrl, { waitUntil: 'load' });
      const link = page.locator('#peace-plan .ex-part__note a');
      await link.focus();
      expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
      release();
      await waitForStory(page);
      const focus = await page.evaluate(() => ({
        inChapter: !!document.activeElement?.closest('#peace-plan .ex-chapter__body'),
        body: document.activeElement === document.body,
      }));
      expect(focus).toEqual({ inChapter: true, body: false });
    } finally {
      await browser.close();
    }
  });
});
