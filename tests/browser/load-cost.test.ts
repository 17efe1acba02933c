// A long story costs the reader only what they read (issue 14): its first document holds the frame and the chapters'
// headers, and each chapter's body arrives as a part once the first screen is up (src/client/story-parts.ts). Then,
// nothing far below the fold is laid out, by the browser or by a script (neither a chapter's prose nor its graphics),
// and yet every word of it is in the page (find-in-page) and every step can be opened by its link. Counts and presence, never milliseconds: load times belong in `npm run bench`.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from '../../tools/chromium';
import { waitForRendered, waitForStory } from '../support/page';
import { publishedScrollies } from '../support/content';

const siteUrl = inject('siteUrl');

/**
 * Runs in the page before its scripts: from navigation until the test calls `__stopRecording`, mark every element
 * whose layout a page script reads, and note every `content-visibility: auto` block the browser stops skipping.
 */
function recordLayoutReads() {
  const w = window as unknown as { __record: { on: boolean; reads: Set<Element>; shown: string[] }; __stopRecording: () => void };
  const record = { on: true, reads: new Set<Element>(), shown: [] as string[] };
  w.__record = record;
  w.__stopRecording = () => void (record.on = false);
  const wrapMethod = (proto: object, name: string) => {
    const original = Reflect.get(proto, name) as (this: Element, ...args: unknown[]) => unknown;
    Object.defineProperty(proto, name, {
      configurable: true,
      value(this: Element, ...args: unknown[]) {
        if (record.on) record.reads.add(this);
        return original.apply(this, args);
      },
    });
  };
  const wrapGetter = (proto: object, name: string) => {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: Element) {
        if (record.on) record.reads.add(this);
        return descriptor.get!.call(this);
      },
    });
  };
  wrapMethod(Element.prototype, 'getBoundingClientRect');
  wrapMethod(Element.prototype, 'getClientRects');
  for (const name of ['offsetTop', 'offsetLeft', 'offsetWidth', 'offsetHeight']) wrapGetter(HTMLElement.prototype, name);
  for (const name of ['clientTop', 'clientLeft', 'clientWidth', 'clientHeight']) wrapGetter(Element.prototype, name);
  // Not bubbling, but seen on the way down (capture).
  document.addEventListener(
    'contentvisibilityautostatechange',
    (e) => {
      const t = e.target as HTMLElement;
      if (!record.on || (e as Event & { skipped: boolean }).skipped) return;
      record.shown.push(`${t.tagName.toLowerCase()}#${t.id || t.dataset.chart || '?'}`);
      t.dataset.shownAtLoad = '';
    },
    true,
  );
}

/** Open the story, let its parts arrive and settle, stop recording: what was read or laid out is marked in the page. */
async function load(page: Page, url: string): Promise<void> {
  await page.addInitScript(recordLayoutReads);
  await page.goto(url, { waitUntil: 'load' });
  await waitForStory(page);
  // Two frames and a pause: IntersectionObservers, scrollama and the first draws have run.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 500)))));
  await page.evaluate(() => {
    const w = window as unknown as { __record: { reads: Set<Element> }; __stopRecording: () => void };
    w.__stopRecording();
    w.__record.reads.forEach((el) => el.setAttribute('data-read-at-load', ''));
  });
}

/** Measured after recording stopped: what lies more than two screens below the fold (top > 3 screens). */
async function farBelow(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLElement>(sel)]
        .filter((el) => el.getBoundingClientRect().top > 3 * window.innerHeight)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.dataset.chart ? `[${el.dataset.chart}]` : ''}`),
    selector,
  );
}

/** Once the parts are in, window.find reaches a phrase of the last chapter's last step, which the browser still skips. */
async function findsLastChapterPhrase(width: number, height: number) {
  const browser = await launch({ width, height });
  try {
    const page = await browser.context.newPage();
    await page.goto(siteUrl, { waitUntil: 'load' });
    await waitForStory(page);
    // A phrase of the last chapter's last step: far below, in a block the browser skips until it is found. The
    // phrase is one run of plain text (a figure's visually hidden words would not match what is on screen).
    const { phrase, skipped } = await page.evaluate(() => {
      const chapters = document.querySelectorAll('main > .ex-chapter');
      const cards = [...chapters[chapters.length - 1]!.querySelectorAll<HTMLElement>('ex-scrolly .ex-step__card > p')].reverse();
      for (const p of cards) {
        const run = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim().split(/\s+/).length >= 6);
        if (run)
          return {
            phrase: run.textContent!.trim().split(/\s+/).slice(0, 6).join(' '),
            skipped: !p.checkVisibility({ contentVisibilityAuto: true }),
          };
      }
      return { phrase: '', skipped: false };
    });
    expect(phrase).not.toBe('');
    expect(skipped, 'the step is skipped at load').toBe(true);
    const found = await page.evaluate((text) => {
      const ok = (window as unknown as { find: (s: string) => boolean }).find(text);
      const node = window.getSelection()?.anchorNode;
      const el = node instanceof Element ? node : node?.parentElement;
      const chapters = document.querySelectorAll('main > .ex-chapter');
      return { ok, inLastChapter: !!el && chapters[chapters.length - 1]!.contains(el), selected: window.getSelection()?.toString() };
    }, phrase);
    expect(found).toEqual({ ok: true, inLastChapter: true, selected: phrase });
    // The browser scrolled to it: the selection is on screen.
    const top = await page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(height);
  } finally {
    await browser.close();
  }
}

/**
 * window.find stands in for the reader's Ctrl+F. The npm package's headless shell (the fallback where no system
 * Chromium is installed) answers false to every phrase, even one on screen: there, find-in-page cannot be measured.
 */
async function browserHasFind(): Promise<boolean> {
  const browser = await launch({});
  try {
    const page = await browser.context.newPage();
    await page.setContent('<p>a phrase on screen</p>');
    return await page.evaluate(() => (window as unknown as { find: (s: string) => boolean }).find('a phrase on screen'));
  } finally {
    await browser.close();
  }
}

const SIZES = [
  ['phone', 390, 844],
  ['desktop', 1280, 800],
] as const;

for (const [device, width, height] of SIZES) {
  describe(`the whole story at load, on a ${device} (${width}px)`, () => {
    it('lays out nothing more than two screens below the fold, and no script reads its geometry', async () => {
      const browser = await launch({ width, height });
      try {
        const page = await browser.context.newPage();
        await load(page, siteUrl);
        // Every chapter and scrolly section far below: none laid out by the browser, none measured by a script.
        const farBlocks = await farBelow(page, 'main > .ex-chapter, .ex-chapter__body, ex-scrolly, .ex-timeline, .ex-next, .ex-method');
        expect(farBlocks.length, 'the story has blocks far below the fold').toBeGreaterThan(3);
        expect(await farBelow(page, '[data-shown-at-load]'), 'laid out at load though far below the fold').toEqual([]);
        expect(await farBelow(page, '[data-read-at-load]'), 'measured by a script at load though far below the fold').toEqual([]);
        // And the browser still skips them now: their steps are not rendered.
        const lastStep = await page.evaluate(() => {
          const steps = document.querySelectorAll<HTMLElement>('ex-scrolly [data-ex-step]');
          const step = steps[steps.length - 1]!;
          return { id: step.id, visible: step.checkVisibility({ contentVisibilityAuto: true }) };
        });
        expect(lastStep.visible, `#${lastStep.id} is rendered at load`).toBe(false);
        // Nor the prose of the last chapter, outside its graphics: a chapter's body waits as a whole.
        const lastProse = await page.evaluate(() => {
          const chapters = document.querySelectorAll('main > .ex-chapter');
          const p = chapters[chapters.length - 1]!.querySelector<HTMLElement>('.ex-prose > p')!;
          return { text: p.textContent!.slice(0, 40), visible: p.checkVisibility({ contentVisibilityAuto: true }) };
        });
        expect(lastProse.visible, `"${lastProse.text}…" is rendered at load`).toBe(false);

        // The same records catch what happens near the reader: scrolled to the last section, the browser lays it
        // out and its <ex-scrolly> reads its steps' geometry (so the checks above can fail).
        const shownBefore = await page.evaluate(() => {
          const w = window as unknown as { __record: { on: boolean; reads: Set<Element>; shown: string[] } };
          w.__record.on = true;
          w.__record.reads.clear();
          return w.__record.shown.length;
        });
        await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), lastStep.id);
        await page.waitForFunction((id) => document.getElementById(id)!.closest('ex-scrolly')!.hasAttribute('data-rendered-state'), lastStep.id);
        const after = await page.evaluate((id) => {
          const w = window as unknown as { __record: { reads: Set<Element>; shown: string[] } };
          const section = document.getElementById(id)!.closest('ex-scrolly')!;
          return { shown: w.__record.shown.length, read: [...w.__record.reads].some((el) => section.contains(el)) };
        }, lastStep.id);
        expect(after.shown, 'the browser lays the last section out once near').toBeGreaterThan(shownBefore);
        expect(after.read, 'the last section reads its steps once near').toBe(true);
      } finally {
        await browser.close();
      }
    });

    // A link to a step far down the page opens that step with its chart in that step's state, for every kind.
    const scrollies = publishedScrollies();
    const kinds = [...new Set(scrollies.map((s) => s.kind))];
    it.each(kinds)('a link to a step of a %s chart opens that step, its chart in its state', async (kind) => {
      const browser = await launch({ width, height, reducedMotion: 'reduce' });
      try {
        // The last section of this kind, and its last step: the farthest down the page.
        const chart = scrollies.filter((s) => s.kind === kind).at(-1)!.chart;
        // Its id, from the whole story in one document (the same ids as the front page once its parts are in).
        const probe = await browser.context.newPage();
        await probe.goto(`${siteUrl}one-page/`, { waitUntil: 'domcontentloaded' });
        const step = await probe.evaluate((c) => {
          const steps = document.querySelectorAll<HTMLElement>(`ex-scrolly[data-chart="${c}"] [data-ex-step]`);
          const s = steps[steps.length - 1]!;
          return { id: s.id, state: s.dataset.exStep! };
        }, chart);
        await probe.close();
        const page = await browser.context.newPage();
        await page.goto(`${siteUrl}#${step.id}`, { waitUntil: 'load' });
        await waitForRendered(page, chart, step.state);
        const seen = await page.evaluate((id) => {
          const r = document.getElementById(id)!.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom };
        }, step.id);
        // The step is on screen, and it is the one the chart shows.
        expect(seen.bottom).toBeGreaterThan(0);
        expect(seen.top).toBeLessThan(height);
        expect(await page.locator(`ex-scrolly[data-chart="${chart}"]`).getAttribute('data-state')).toBe(step.state);
      } finally {
        await browser.close();
      }
    });
  });
}

describe('the story’s first document and its parts', () => {
  it('holds no chapter’s body at first, lays every part in, in order, and then reads as the whole story in one document', async () => {
    const browser = await launch({ width: 390, height: 844 });
    try {
      const page = await browser.context.newPage();
      const parts: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname.startsWith('/parts/')) parts.push(new URL(r.url()).pathname);
      });
      // The first document as it arrives, before any script has run.
      const first = await (await fetch(siteUrl)).text();
      expect(first).not.toMatch(/data-ex-step=/);
      await page.goto(siteUrl, { waitUntil: 'load' });
      await waitForStory(page);
      // Each body's text, run by run (the first chapter's lede and its part are blocks side by side, with no white
      // space between them in the source), and the blocks it is made of (the same paragraphs, headings, lists,
      // graphics and corrections, in the same order; a part names again the module scripts another has named).
      const bodies = () =>
        [...document.querySelectorAll('main > .ex-chapter')].map((c) => {
          const body = c.querySelector('.ex-chapter__body')!;
          const runs: string[] = [];
          const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) runs.push(walker.currentNode.textContent!);
          const blocks = [...body.querySelectorAll('.ex-prose > :not(script), .ex-corrections')].map((el) => el.tagName.toLowerCase());
          return { id: c.id, text: runs.join(' ').replace(/\s+/g, ' ').trim(), blocks };
        });
      // The steps' own maps are for print alone with JavaScript, and come inert (maps.test.ts): printing lays them out.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const laidIn = await page.evaluate(bodies);
      expect(parts).toEqual(laidIn.map((c) => `/parts/${c.id}/`));
      const whole = await browser.context.newPage();
      await whole.goto(`${siteUrl}one-page/`, { waitUntil: 'load' });
      expect(laidIn).toEqual(await whole.evaluate(bodies));
      expect(laidIn.every((c) => c.text.length > 1000)).toBe(true);
    } finally {
      await browser.close();
    }
  });

  it('lays the parts in at once when the reader asks to find in the page before the browser is idle', async () => {
    const browser = await launch({ width: 1280, height: 800 });
    try {
      // A browser never idle: the parts would wait for ever (the script asks for an idle moment before laying in).
      const neverIdle = () => {
        window.requestIdleCallback = () => 0;
      };
      const waits = await browser.context.newPage();
      await waits.addInitScript(neverIdle);
      await waits.goto(siteUrl, { waitUntil: 'load' });
      await waits.waitForTimeout(3000);
      expect(await waits.locator('[data-ex-part]').count(), 'parts laid in without an idle moment').toBeGreaterThan(0);
      await waits.close();
      // Ctrl+F, as the reader opens the find bar: every part is laid in.
      const page = await browser.context.newPage();
      await page.addInitScript(neverIdle);
      await page.goto(siteUrl, { waitUntil: 'load' });
      await page.keyboard.press('Control+F');
      await waitForStory(page);
      expect(await page.locator('main').getAttribute('data-ex-story')).toBe('complete');
    } finally {
      await browser.close();
    }
  });
});

const hasFind = await browserHasFind();
describe.skipIf(!hasFind)(
  "find-in-page reaches skipped content (needs a Chromium whose window.find works, as Debian's: apt-get install -y chromium)",
  () => {
    for (const [device, width, height] of SIZES)
      it(`finds, once its parts are in, a phrase from the last chapter, on a ${device} (${width}px)`, () => findsLastChapterPhrase(width, height));
  },
);
