// The fourth chapter, "What came of the plan", as readers get it: on the one-page explainer and on its own page,
// at phone and desktop widths; with JavaScript each of its graphics changes state step by step (the matrices mark
// the cells a state highlights with data-on); without it the matrices are ordinary tables with every row; its own
// dateline is shown as the story's is. Charts, steps, rows and the dateline are read from content/, not typed here.
// SHOTS=1 also writes screenshots of the matrices to /tmp (ch4-<chart>-<width>-<theme>.png) for a person to look at.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { launch, type Launched } from '../../tools/chromium';
import { openStoryWithoutScripts, openWatched, scrollStepToTrigger, waitForRendered } from '../support/page';
import { projectRoot } from '../support/catalog';
import { formatDate } from '../../src/lib/format';

const siteUrl = inject('siteUrl');
const file = path.join(projectRoot, 'content/chapters/04-what-came-of-the-plan.mdx');
const mdx = readFileSync(file, 'utf8');
const slug = mdx.match(/^slug: *"?([a-z0-9-]+)"?$/m)![1]!;
const dateline = mdx.match(/^dateline: *"?(\d{4}-\d{2}-\d{2})"?$/m)![1]!;
const chartIds = [...mdx.matchAll(/<Scrolly chart="([a-z0-9-]+)"/g)].map((m) => m[1]!);
const chartFile = (id: string) =>
  parse(readFileSync(path.join(projectRoot, `content/charts/${id}.yaml`), 'utf8')) as {
    kind: string;
    rows?: { id: string }[];
    columns?: { id: string }[];
    states: Record<string, { highlight?: { rows?: string[]; columns?: string[]; cells?: string[] } }>;
  };
const matrices = chartIds.filter((id) => chartFile(id).kind === 'matrix');
const chapterUrl = new URL(`chapters/${slug}/`, siteUrl).href;

/** The cells ("row/column", and the header cells "row/*", "*\/column") a matrix state should mark. */
function expectedOn(chart: string, state: string): string[] {
  const spec = chartFile(chart);
  const h = spec.states[state]!.highlight ?? {};
  const [rows, cols, cells] = [h.rows ?? [], h.columns ?? [], h.cells ?? []];
  if (!rows.length && !cols.length && !cells.length) return [];
  const all = [...spec.columns!.map((c) => `*/${c.id}`), ...spec.rows!.flatMap((r) => [`${r.id}/*`, ...spec.columns!.map((c) => `${r.id}/${c.id}`)])];
  return all
    .filter((rc) => {
      const [r, c] = rc.split('/') as [string, string];
      return rows.includes(r) || cols.includes(c) || cells.includes(rc);
    })
    .sort();
}

it('reads its charts from the chapter: two matrices and two bar charts', () => {
  expect(chartIds.length).toBeGreaterThanOrEqual(3);
  expect(matrices.length).toBeGreaterThanOrEqual(1);
});

for (const [device, width, height] of [
  ['phone', 390, 844],
  ['desktop', 1280, 800],
] as const) {
  describe(`chapter 4 with JavaScript on a ${device} (${width}px)`, () => {
    let browser: Launched;
    beforeAll(async () => {
      browser = await launch({ width, height, reducedMotion: 'reduce' });
    });
    afterAll(async () => browser?.close());

    for (const where of ['its own page', 'the one-page explainer'] as const) {
      it(`on ${where}, every graphic changes state step by step, and a matrix marks the cells each state names`, async () => {
        const w = await openWatched(browser, where === 'its own page' ? chapterUrl : siteUrl);
        const { page } = w;
        const scope = where === 'its own page' ? 'main' : `#${slug}`;
        const steps = await page.$$eval(`${scope} ex-scrolly [data-ex-step]`, (els) =>
          els.map((el) => ({
            id: el.id,
            chart: (el.closest('ex-scrolly') as HTMLElement).dataset.chart!,
            state: (el as HTMLElement).dataset.exStep!,
          })),
        );
        expect([...new Set(steps.map((s) => s.chart))]).toEqual(chartIds);
        for (const id of chartIds) expect(steps.filter((s) => s.chart === id).map((s) => s.state)).toEqual(Object.keys(chartFile(id).states));
        for (const step of steps) {
          await scrollStepToTrigger(page, step.id);
          await waitForRendered(page, step.chart, step.state);
          const section = page.locator(`ex-scrolly[data-chart="${step.chart}"]`);
          expect(await section.getAttribute('data-rendered-state')).toBe(step.state);
          if (matrices.includes(step.chart)) {
            const on = await section.locator('[data-cell][data-on]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cell!).sort());
            expect(on, `${step.chart}/${step.state}`).toEqual(expectedOn(step.chart, step.state));
            expect(on.length, `${step.chart}/${step.state} highlights something`).toBeGreaterThan(0);
          }
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(w.errors).toEqual([]);
        await page.close();
      });
    }

    it('shows the chapter’s own dateline as clearly as the story’s', async () => {
      const page = await browser.context.newPage();
      const words = `As of ${formatDate(dateline, true)}`;
      await page.goto(chapterUrl);
      expect(await page.locator('.ex-masthead .ex-dateline').textContent()).toBe(words);
      await page.goto(siteUrl);
      const [story, chapter] = await Promise.all(
        ['.ex-masthead > .ex-dateline', `#${slug} .ex-chapter__dateline`].map((sel) =>
          page.locator(sel).evaluate((el) => {
            const s = getComputedStyle(el);
            return { text: el.textContent ?? '', size: s.fontSize, color: s.color, visible: el.getBoundingClientRect().height > 0 };
          }),
        ),
      );
      expect(chapter!.text).toContain(words);
      expect(chapter!.visible).toBe(true);
      expect([chapter!.size, chapter!.color]).toEqual([story!.size, story!.color]);
      expect(story!.text).toContain(formatDate(dateline, true)); // the masthead names the later dateline too
      await page.close();
    });

    if (process.env.SHOTS)
      it('writes screenshots of the matrices, light and dark', async () => {
        for (const colorScheme of ['light', 'dark'] as const) {
          const b = await launch({ width, height, reducedMotion: 'reduce', colorScheme });
          const page = await b.context.newPage();
          await page.goto(chapterUrl);
          for (const chart of matrices) {
            const last = Object.keys(chartFile(chart).states).at(-1)!;
            await scrollStepToTrigger(page, `${chart}-${last}`);
            await waitForRendered(page, chart, last);
            await page.screenshot({ path: `/tmp/ch4-${chart}-${width}-${colorScheme}.png` });
          }
          await b.close();
        }
      });
  });
}

describe('chapter 4 without JavaScript', () => {
  let browser: Launched;
  beforeAll(async () => {
    browser = await launch({ javaScriptEnabled: false, width: 390, height: 844 });
  });
  afterAll(async () => browser?.close());

  for (const url of [chapterUrl, siteUrl])
    it(`shows each matrix as an ordinary table with every row, and never scrolls sideways (${new URL(url).pathname})`, async () => {
      const page = await browser.context.newPage();
      if (url === siteUrl) await openStoryWithoutScripts(page, url);
      else await page.goto(url);
      for (const chart of matrices) {
        const spec = chartFile(chart);
        const table = page.locator(`ex-scrolly[data-chart="${chart}"] table[data-ex-matrix]`);
        expect(await table.locator('tbody tr').count(), chart).toBe(spec.rows!.length);
        expect(await table.locator('thead th[scope="col"]').count(), chart).toBe(spec.columns!.length);
        expect(await table.locator('[data-on]').count(), `${chart}: nothing dimmed without JavaScript`).toBe(0);
        const box = await table.boundingBox();
        expect(box!.height, chart).toBeGreaterThan(200);
        expect(await table.evaluate((el) => getComputedStyle(el).display)).toBe('table');
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.close();
    });
});
