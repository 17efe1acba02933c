// Embeds as another site uses them: the README's snippet, for two charts, pasted into a page served from another
// origin; each iframe sized to its content at phone and desktop widths, before and after stepping through states;
// Previous/Next and ?state=; axe inside the frames; no request to any host but the two. And the story page's
// "Embed this chart": its snippet follows the state shown and copies.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Launched } from '../../tools/chromium';
import { serveStatic, type StaticServer } from '../../tools/static-server';
import { openStoryWithoutScripts, scrollStepToTrigger, waitForRendered, waitForStory } from '../support/page';
import { embedSnippet } from '../../src/lib/embed';
import { publishedChapters, publishedScrollies } from '../support/content';

const siteUrl = inject('siteUrl');
const root = path.resolve(import.meta.dirname, '../..');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The site the README's snippet names. */
const README_SITE = 'https://example.org/explainer/';

/** The ```html block of the README's "Embedding a chart". */
function readmeSnippet(): string {
  const text = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = text.slice(text.indexOf('### Embedding a chart'));
  const block = section.match(/```html\n([\s\S]*?)\n```/)?.[1];
  expect(block, 'README.md: "### Embedding a chart" has an ```html snippet').toBeDefined();
  return block!;
}

/** The README's snippet for another chart (and state) of the site under test. */
function snippetFor(chart: string, state?: string): string {
  const snippet = readmeSnippet().replaceAll(README_SITE, siteUrl);
  return snippet.replace(/\/embed\/territory\/(\?state=[^"]*)?"/, `/embed/${chart}/${state ? `?state=${state}` : ''}"`);
}

interface StateInfo {
  state: string;
  caption: string;
}

async function statesOf(frame: Frame): Promise<StateInfo[]> {
  return frame.evaluate(() =>
    Object.values(JSON.parse(document.querySelector('script[data-ex-states]')!.textContent!) as Record<string, StateInfo>).map((s) => ({
      state: s.state,
      caption: s.caption,
    })),
  );
}

const rendered = (frame: Frame) => frame.evaluate(() => document.querySelector('ex-embed')?.getAttribute('data-rendered-state') ?? null);

/** Each iframe's height against its document's: equal within 2 px, and the frame has nothing to scroll. */
async function fits(frame: Frame) {
  const iframe = await frame.frameElement();
  const outer = await iframe.evaluate((el) => (el as HTMLIFrameElement).clientHeight);
  const inner = await frame.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight: window.innerHeight,
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  return {
    heightMatches: Math.abs(outer - inner.scrollHeight) <= 2,
    scrollsDown: inner.scrollHeight > inner.innerHeight + 1,
    scrollsSideways: inner.scrollWidth > inner.innerWidth,
    outer,
  };
}

async function expectFits(frame: Frame, what: string) {
  await expect.poll(async () => (await fits(frame)).heightMatches, { timeout: 5000, message: `${what}: iframe height = content height` }).toBe(true);
  const f = await fits(frame);
  expect({ what, down: f.scrollsDown, sideways: f.scrollsSideways }).toEqual({ what, down: false, sideways: false });
  return f.outer;
}

async function axe(frame: Frame): Promise<string[]> {
  await frame.evaluate(axeSource);
  const result = await frame.evaluate(async () => {
    const run = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    return (await run.run(document, { resultTypes: ['violations'] })).violations;
  });
  return result.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the README snippet matches what the story page gives', () => {
  it('is embedSnippet() for the territory chart of a site at https://example.org/explainer/', () => {
    expect(readmeSnippet()).toBe(
      embedSnippet({ site: README_SITE, chart: 'territory', title: 'Territory Russia took in 2025: claims and estimates', state: 'mod-vs-isw' }),
    );
  });
});

describe('embedded on another origin', () => {
  let host: StaticServer;
  let dir: string;
  const siteOrigin = new URL(siteUrl).origin;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'explainer-host-'));
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A newsroom's story</title></head>
<body style="margin:0;padding:12px;font-family:serif">
<main><h1>A newsroom's story</h1><p>Some paragraphs of the host's own.</p>
${snippetFor('territory', 'mod-vs-isw')}
<p>More of the host's story between the two charts.</p>
${snippetFor('attacks')}
<p>The end.</p></main>
</body></html>`;
    writeFileSync(path.join(dir, 'index.html'), html);
    host = await serveStatic(dir);
    expect(new URL(host.url).origin).not.toBe(siteOrigin);
  });

  afterAll(async () => {
    await host?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const width of [390, 1280]) {
    describe(`at ${width} px`, () => {
      let browser: Launched;
      let page: Page;
      const foreign: string[] = [];
      const frameOf = (chart: string) => page.frames().find((f) => f.url().includes(`/embed/${chart}/`))!;

      beforeAll(async () => {
        browser = await launch({ width, height: 900, reducedMotion: 'reduce' });
        page = await browser.context.newPage();
        page.on('request', (r) => {
          const u = new URL(r.url());
          if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== siteOrigin && u.origin !== new URL(host.url).origin) foreign.push(r.url());
        });
        await page.goto(host.url, { waitUntil: 'load' });
        // 'load' waits for the iframes' documents too.
        expect(page.frames().filter((f) => f.url().includes('/embed/')).length).toBe(2);
      });
      afterAll(async () => browser?.close());

      it('sizes each iframe to its content after load: no scroll bar inside', async () => {
        for (const chart of ['territory', 'attacks']) {
          const frame = frameOf(chart);
          await expect.poll(() => rendered(frame), { timeout: 10_000 }).not.toBeNull();
          await expectFits(frame, `${chart} after load`);
        }
      });

      it('opens the state the snippet names (?state=), else the first', async () => {
        expect(await rendered(frameOf('territory'))).toBe('mod-vs-isw');
        expect(await rendered(frameOf('attacks'))).toBe((await statesOf(frameOf('attacks')))[0]!.state);
      });

      it('steps with Next and Previous, says where it is, and stays sized to a longer caption', async () => {
        const frame = frameOf('territory');
        const states = await statesOf(frame);
        const start = states.findIndex((s) => s.state === 'mod-vs-isw');
        const longest = states.reduce((a, s, i) => (s.caption.length > states[a]!.caption.length ? i : a), 0);
        expect(states[longest]!.caption.length).toBeGreaterThan(states[start]!.caption.length);
        expect(longest).toBeGreaterThan(start);
        const before = await expectFits(frame, 'territory before stepping');
        const position = frame.locator('[data-ex-position]');
        const prev = frame.locator('button[data-ex-prev]');
        const next = frame.locator('button[data-ex-next]');
        expect(await prev.isDisabled()).toBe(start === 0);
        for (let i = start + 1; i <= longest; i++) {
          await next.click();
          await expect.poll(() => rendered(frame)).toBe(states[i]!.state);
          expect(await position.textContent()).toBe(`State ${i + 1} of ${states.length}`);
          expect(await frame.locator('[data-ex-caption]').textContent()).toBe(states[i]!.caption);
          expect(await frame.locator('[data-ex-live]').textContent()).toContain(`State ${i + 1} of ${states.length}`);
        }
        const after = await expectFits(frame, `territory at ${states[longest]!.state}`);
        expect(after, 'the iframe followed its content').not.toBe(before);
        // To the end: Next is disabled there, and the focus moved to Previous rather than to the page.
        while ((await rendered(frame)) !== states.at(-1)!.state) {
          await next.focus();
          await page.keyboard.press('Enter');
          await expect.poll(async () => (await rendered(frame)) !== null).toBe(true);
          await frame.waitForTimeout(50);
        }
        await expect.poll(() => next.isDisabled()).toBe(true);
        expect(await frame.evaluate(() => document.activeElement?.hasAttribute('data-ex-prev'))).toBe(true);
        await prev.click();
        await expect.poll(() => rendered(frame)).toBe(states.at(-2)!.state);
        expect(await next.isDisabled()).toBe(false);
        await expectFits(frame, 'territory after Previous');
      });

      it('passes axe inside both frames, after stepping too', async () => {
        for (const chart of ['territory', 'attacks']) expect(await axe(frameOf(chart)), chart).toEqual([]);
      });

      it('asks nothing of any host but the site and the page that frames it', () => {
        expect(foreign).toEqual([]);
      });
    });
  }
});

describe('embed pages on their own', () => {
  let browser: Launched;
  beforeAll(async () => {
    browser = await launch({ width: 390, height: 844, reducedMotion: 'reduce' });
  });
  afterAll(async () => browser?.close());

  it('?state= opens the last state, with Next disabled and Previous enabled; the story link points at its step', async () => {
    const page = await browser.context.newPage();
    await page.goto(new URL('embed/territory/?state=scale', siteUrl).href);
    await expect.poll(() => page.locator('ex-embed').getAttribute('data-rendered-state')).toBe('scale');
    expect(await page.locator('button[data-ex-next]').isDisabled()).toBe(true);
    expect(await page.locator('button[data-ex-prev]').isDisabled()).toBe(false);
    expect(await page.locator('[data-ex-story]').getAttribute('href')).toBe('/chapters/battlefield-claims/#territory-scale');
    // No picture is fetched where the canvas draws.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('/_assets/charts/')).length)).toBe(0);
    await page.close();
  });

  it('without JavaScript shows the picture (canvas kinds) or the HTML graphic, the caption and the table', async () => {
    const nojs = await launch({ width: 390, height: 844, javaScriptEnabled: false });
    const page = await nojs.context.newPage();
    await page.goto(new URL('embed/territory/', siteUrl).href);
    const img = page.locator('.ex-embed__picture img');
    expect(await img.isVisible()).toBe(true);
    expect(await img.getAttribute('alt')).toBeTruthy();
    expect(await page.locator('table').isVisible()).toBe(true);
    expect(await page.locator('[data-ex-controls]').isVisible()).toBe(false);
    expect(await page.locator('[data-ex-frame]').isVisible()).toBe(false);
    await page.goto(new URL('embed/plan/', siteUrl).href);
    expect(await page.locator('.ex-plan__grid').isVisible()).toBe(true);
    expect(await page.locator('img').count()).toBe(0);
    await nojs.close();
  });
});

describe('every embed page says the date its chart is as of', () => {
  it('shows its chapter’s dateline under the title, so a frame elsewhere is not read as current', async () => {
    const datelines = new Map(publishedChapters().map((c) => [c.meta.slug, c.dateline]));
    for (const { chart, chapter } of publishedScrollies()) {
      const html = await (await fetch(new URL(`embed/${chart}/`, siteUrl))).text();
      const dateline = datelines.get(chapter)!;
      expect(html, chart).toMatch(new RegExp(`class="ex-embed__dateline"[^>]*>As of <time datetime="${dateline}">\\d{1,2} \\w+ \\d{4}</time>`));
    }
  });
});

describe('"Embed this chart" on the story page', () => {
  it('follows the state shown, and copies the snippet', async () => {
    const browser = await launch({ width: 1280, height: 800, reducedMotion: 'reduce' });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
    const page = await browser.context.newPage();
    await page.goto(siteUrl);
    await waitForStory(page);
    const section = page.locator('ex-scrolly[data-chart="territory"]');
    const code = section.locator('[data-ex-embed-code]');
    expect(await code.textContent()).toContain('/embed/territory/?state=mod-vs-isw"');
    await scrollStepToTrigger(page, 'territory-putin-vs-isw');
    await waitForRendered(page, 'territory', 'putin-vs-isw');
    await expect.poll(() => code.textContent()).toContain('/embed/territory/?state=putin-vs-isw"');
    await section.locator('.ex-embed-code summary').click();
    const copy = section.locator('button[data-ex-embed-copy]');
    await expect.poll(() => copy.isVisible()).toBe(true);
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.textContent());
    await browser.close();
  });

  it('without JavaScript, shows the first state’s snippet and no copy button', async () => {
    const browser = await launch({ width: 390, height: 844, javaScriptEnabled: false });
    const page = await browser.context.newPage();
    await openStoryWithoutScripts(page, siteUrl);
    const section = page.locator('ex-scrolly[data-chart="attacks"]');
    await section.locator('.ex-embed-code summary').click();
    const code = section.locator('[data-ex-embed-code]');
    expect(await code.isVisible()).toBe(true);
    expect(await code.textContent()).toMatch(/\/embed\/attacks\/\?state=[\w-]+"/);
    expect(await section.locator('button[data-ex-embed-copy]').isVisible()).toBe(false);
    await browser.close();
  });
});
