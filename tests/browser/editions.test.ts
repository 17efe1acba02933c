// The Ukrainian edition (issue 18 §4), on the built dist/: every English page has its Ukrainian page and the two
// link to each other (visibly, with hreflang alternates, in the sitemap); the Ukrainian pages pass axe, do not move
// while scrolling, open deep links in the step's state, read without JavaScript and in print; no English interface
// words are left on them (every table of src/i18n/ui*.ts, read here); figures, dates and quotation marks follow
// Ukrainian usage; and they load the font's Cyrillic files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Launched } from '../../tools/chromium';
import { CLS_BUDGET, describeShifts, scrollLayoutShift } from '../../tools/layout-shift';
import { KIND_WORDS } from '../../src/lib/format';
import { UI } from '../../src/i18n/ui';
import { loadTestSite, projectRoot } from '../support/catalog';
import { publishedChapters, publishedScrollies } from '../support/content';
import { openStoryWithoutScripts, scrollStepToTrigger, waitForRendered, waitForStory } from '../support/page';
import { builtPages, editionPairs, isUkrainianPage, UK_PREFIX } from '../support/pages';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
const pairs = editionPairs(dist);
const ukPages = builtPages(dist).filter(isUkrainianPage);
const urlOf = (pathname: string) => new URL(pathname.slice(1), siteUrl).href;
/** The absolute URL of a page as the build names it (SITE_URL of global-setup.ts): hreflang, canonical, sitemap. */
const SITE_URL = 'http://localhost';
const absoluteUrlOf = (pathname: string) => new URL(pathname, SITE_URL).href;
/** The file of the build a path is served from ("/uk/" → uk/index.html). */
const fileOf = (pathname: string) => path.join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
const isEmbed = (pathname: string) => /^\/(uk\/)?embed\//.test(pathname);
const CYRILLIC = /[\u0400-\u04FF]/;
/** The published content as the build reads it, in each edition (read once: it takes a moment). */
const sites: Partial<Record<'en' | 'uk', ReturnType<typeof loadTestSite>>> = {};
const siteIn = (locale: 'en' | 'uk') => (sites[locale] ??= loadTestSite(locale));

/** The chapter whose Ukrainian page is printed, checked by axe and named in the brief of issue 18. */
const PRINTED_CHAPTER = 'battlefield-claims';

// ---------------------------------------------------------------------------------------------------------------
// 1. Every page in both editions, linked both ways.

interface PageFacts {
  lang: string;
  noindex: boolean;
  canonical: string | null;
  alternates: { hreflang: string; href: string }[];
  ogLocale: string | null;
  ogAlternates: string[];
  /** The visible links to the other edition: where each sits, its resolved path, hreflang and lang. */
  editionLinks: { where: 'top' | 'embed' | 'footer'; path: string; hreflang: string | null; lang: string | null }[];
}

async function factsOf(page: Page, pathname: string): Promise<PageFacts> {
  await page.goto(urlOf(pathname));
  return page.evaluate(() => {
    const link = (where: 'top' | 'embed' | 'footer') => (a: HTMLAnchorElement) => ({
      where,
      path: new URL(a.href).pathname,
      hreflang: a.getAttribute('hreflang'),
      lang: a.getAttribute('lang'),
    });
    const meta = (p: string) => [...document.querySelectorAll<HTMLMetaElement>(`meta[property="${p}"]`)].map((m) => m.content);
    return {
      lang: document.documentElement.lang,
      noindex: !!document.querySelector('meta[name="robots"][content~="noindex"]'),
      canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? null,
      alternates: [...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].map((l) => ({
        hreflang: l.hreflang,
        href: l.href,
      })),
      ogLocale: meta('og:locale')[0] ?? null,
      ogAlternates: meta('og:locale:alternate'),
      editionLinks: [
        ...[...document.querySelectorAll<HTMLAnchorElement>('.ex-edition a')].map(link('top')),
        ...[...document.querySelectorAll<HTMLAnchorElement>('.ex-embed__links a[hreflang]')].map(link('embed')),
        ...[...document.querySelectorAll<HTMLAnchorElement>('.ex-footer a[hreflang]')].map(link('footer')),
      ],
    };
  });
}

describe('every page in both editions, linked both ways', () => {
  let browser: Launched;
  const facts = new Map<string, PageFacts>();

  beforeAll(async () => {
    // The head and the links are in the HTML itself. Scripts run (the story's first document sends readers without
    // JavaScript to /one-page/, which has facts of its own).
    browser = await launch({});
    const page = await browser.context.newPage();
    for (const p of builtPages(dist)) facts.set(p, await factsOf(page, p));
    await page.close();
  });
  afterAll(async () => browser?.close());

  it('gives every English page (story, chapters, embeds, 404) a Ukrainian page, and the Ukrainian edition no page of its own', () => {
    const kinds = { story: pairs.filter((p) => p.en === '/'), chapters: pairs.filter((p) => p.en.startsWith('/chapters/')) };
    expect(kinds.story).toHaveLength(1);
    expect(kinds.chapters.map((p) => p.en).sort()).toEqual(
      publishedChapters()
        .map((c) => `/chapters/${c.meta.slug}/`)
        .sort(),
    );
    expect(pairs.filter((p) => isEmbed(p.en)).length).toBe(new Set(publishedScrollies().map((s) => s.chart)).size);
    expect(pairs.map((p) => p.en)).toContain('/404.html');
    const missing = pairs.filter((p) => !existsSync(fileOf(p.uk))).map((p) => p.uk);
    expect(missing).toEqual([]);
    expect(ukPages.sort()).toEqual(pairs.map((p) => p.uk).sort());
  });

  it('says its language: lang="uk" and og:locale uk_UA (alternate en_GB) on Ukrainian pages, the reverse on English ones', () => {
    const englishLang = siteIn('en').site.lang;
    for (const { en, uk } of pairs) {
      const e = facts.get(en)!;
      const u = facts.get(uk)!;
      expect({ page: en, lang: e.lang, og: e.ogLocale, alt: e.ogAlternates }).toEqual({ page: en, lang: englishLang, og: 'en_GB', alt: ['uk_UA'] });
      expect({ page: uk, lang: u.lang, og: u.ogLocale, alt: u.ogAlternates }).toEqual({ page: uk, lang: 'uk', og: 'uk_UA', alt: ['en_GB'] });
    }
  });

  it('links each page visibly to the other edition (top and footer, or the embed’s links), with hreflang and lang of the target', () => {
    for (const { en, uk } of pairs)
      for (const [from, to] of [
        [en, uk],
        [uk, en],
      ] as const) {
        const target = facts.get(to)!;
        const places = isEmbed(from) ? ['embed'] : ['top', 'footer'];
        const links = facts.get(from)!.editionLinks;
        expect(
          links.map((l) => l.where),
          `${from}: links to the other edition`,
        ).toEqual(places);
        for (const l of links)
          expect({ from, ...l }, `${from}: ${l.where} link`).toEqual({ from, where: l.where, path: to, hreflang: target.lang, lang: target.lang });
      }
  });

  it('names both editions and x-default in hreflang alternates on every indexed page, both ways, each to a file of the build', () => {
    const expected = (en: string, uk: string) =>
      [
        { hreflang: 'en-GB', href: absoluteUrlOf(en) },
        { hreflang: 'uk', href: absoluteUrlOf(uk) },
        { hreflang: 'x-default', href: absoluteUrlOf(en) },
      ].sort((a, b) => a.hreflang.localeCompare(b.hreflang));
    const indexed: string[] = [];
    for (const { en, uk } of pairs) {
      const e = facts.get(en)!;
      const u = facts.get(uk)!;
      expect(e.noindex, `${en} and ${uk} are both indexed or both not`).toBe(u.noindex);
      for (const [p, f] of [
        [en, e],
        [uk, u],
      ] as const) {
        const sorted = [...f.alternates].sort((a, b) => a.hreflang.localeCompare(b.hreflang));
        // A page kept out of search results (404, embeds) needs no alternates; if it has them, they must be right.
        if (f.noindex && f.alternates.length === 0) continue;
        expect(sorted, `${p}: hreflang alternates`).toEqual(expected(en, uk));
        for (const a of f.alternates) expect(existsSync(fileOf(new URL(a.href).pathname)), `${p}: ${a.href} is a file of the build`).toBe(true);
        if (!f.noindex) expect(f.canonical, `${p}: canonical`).toBe(absoluteUrlOf(p));
      }
      if (!e.noindex) indexed.push(en);
    }
    // The story and every chapter page, at least (and any other page in search results, such as the sources page).
    expect(indexed).toEqual(expect.arrayContaining(['/', ...publishedChapters().map((c) => `/chapters/${c.meta.slug}/`)]));
  });

  it('lists both editions in sitemap.xml, each URL with xhtml:link alternates to itself, its counterpart and the default edition', () => {
    const xml = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
      loc: m[1]!.match(/<loc>([^<]*)<\/loc>/)![1]!,
      alternates: Object.fromEntries(
        [...m[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\s*\/>/g)].map((a) => [a[1]!, a[2]!]),
      ),
    }));
    const indexed = pairs.filter((p) => !facts.get(p.en)!.noindex);
    expect(urls.map((u) => u.loc).sort()).toEqual(indexed.flatMap((p) => [absoluteUrlOf(p.en), absoluteUrlOf(p.uk)]).sort());
    for (const { en, uk } of indexed)
      for (const loc of [absoluteUrlOf(en), absoluteUrlOf(uk)]) {
        const entry = urls.find((u) => u.loc === loc)!;
        // x-default: the English edition, as each page's <head> names it.
        expect(entry.alternates, `${loc}: alternates`).toEqual({ 'en-GB': absoluteUrlOf(en), uk: absoluteUrlOf(uk), 'x-default': absoluteUrlOf(en) });
      }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. axe and layout shift on the Ukrainian pages (the methods of a11y.test.ts and layout-shift.test.ts).

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return result.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

/** Scroll to the last step of every scrolly section, so that every chart shows its last state. */
async function drawEveryChart(page: Page): Promise<number> {
  const steps = await page.$$eval('ex-scrolly', (els) =>
    els.map((el) => {
      const last = [...el.querySelectorAll<HTMLElement>('[data-ex-step]')].at(-1)!;
      return { chart: (el as HTMLElement).dataset.chart!, step: last.id, state: last.dataset.exStep! };
    }),
  );
  for (const s of steps) {
    await scrollStepToTrigger(page, s.step);
    await waitForRendered(page, s.chart, s.state);
  }
  return steps.length;
}

const AXE_PAGES = [UK_PREFIX, `${UK_PREFIX}chapters/${PRINTED_CHAPTER}/`];
/** Where the whole story is also checked with every chart drawn (its chapter page is, everywhere). */
const DRAWN_STORY = [
  ['phone', 'light'],
  ['desktop', 'dark'],
] as const;

for (const [device, width, height] of [
  ['phone', 390, 844],
  ['desktop', 1280, 800],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`axe on the Ukrainian pages at ${device} width, ${colorScheme} theme`, () => {
      let browser: Launched;
      beforeAll(async () => {
        browser = await launch({ width, height, colorScheme, reducedMotion: 'reduce' });
      });
      afterAll(async () => browser?.close());

      it.each(AXE_PAGES)('%s has no violations at load, nor with every chart drawn', async (pathname) => {
        const page = await browser.context.newPage();
        await page.goto(urlOf(pathname));
        expect(await violations(page), 'at load').toEqual([]);
        await waitForStory(page);
        // Drawing every chart of the whole story takes a reader's scroll (20 s here): once per width, in one theme each.
        if (pathname !== UK_PREFIX || DRAWN_STORY.some(([d, c]) => d === device && c === colorScheme)) {
          expect(await drawEveryChart(page)).toBeGreaterThan(0);
          expect(await violations(page), 'every chart drawn').toEqual([]);
        }
        await page.close();
      });
    });
  }
}

describe('layout shift over a top-to-bottom scroll of /uk/', () => {
  for (const [device, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1280, 800],
  ] as const) {
    it(`${device} (${width}×${height}): under ${CLS_BUDGET}`, async () => {
      const browser = await launch({ width, height });
      try {
        const result = await scrollLayoutShift(browser, urlOf(UK_PREFIX));
        expect(result.cls, `shifts:\n${describeShifts(result)}`).toBeLessThan(CLS_BUDGET);
      } finally {
        await browser.close();
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Deep links into a Ukrainian chapter page, one per kind of chart (the method of load-cost.test.ts).

describe('a link to a step of a Ukrainian chapter page', () => {
  const scrollies = publishedScrollies();
  const kinds = [...new Set(scrollies.map((s) => s.kind))];

  it('covers the four kinds of graphic', () => {
    expect(kinds.sort()).toEqual(expect.arrayContaining(['bar', 'map', 'matrix', 'plan']));
  });

  it.each(kinds)('to a step of a %s chart opens that step, its chart in that step’s state, with its Ukrainian heading', async (kind) => {
    const width = 1280;
    const height = 800;
    const browser = await launch({ width, height, reducedMotion: 'reduce' });
    try {
      // The last section of this kind, and its last step: the farthest down its chapter's page.
      const { chart, chapter } = scrollies.filter((s) => s.kind === kind).at(-1)!;
      const pathname = `${UK_PREFIX}chapters/${chapter}/`;
      const probe = await browser.context.newPage();
      await probe.goto(urlOf(pathname), { waitUntil: 'domcontentloaded' });
      const step = await probe.evaluate((c) => {
        const section = document.querySelector<HTMLElement>(`ex-scrolly[data-chart="${c}"]`)!;
        const s = [...section.querySelectorAll<HTMLElement>('[data-ex-step]')].at(-1)!;
        const states = JSON.parse(section.querySelector('script[data-ex-states]')!.textContent!) as Record<string, { heading: string }>;
        return { id: s.id, state: s.dataset.exStep!, heading: states[s.dataset.exStep!]!.heading, first: Object.keys(states)[0] };
      }, chart);
      await probe.close();
      expect(step.state, `${chart}: its last step is not its first state (the test could not tell)`).not.toBe(step.first);
      expect(step.heading).toMatch(CYRILLIC);

      const page = await browser.context.newPage();
      await page.goto(`${urlOf(pathname)}#${step.id}`, { waitUntil: 'load' });
      await waitForRendered(page, chart, step.state);
      const seen = await page.evaluate((id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      }, step.id);
      expect(seen.bottom).toBeGreaterThan(0);
      expect(seen.top).toBeLessThan(height);
      const section = page.locator(`ex-scrolly[data-chart="${chart}"]`);
      expect(await section.getAttribute('data-state')).toBe(step.state);
      expect(await section.locator('[data-ex-heading]').textContent()).toBe(step.heading);
    } finally {
      await browser.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 4. Without JavaScript, and in print.

/** Image XObjects in a PDF (Chromium writes their dictionaries uncompressed). */
const imagesIn = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Subtype\s*\/Image\b/g) ?? []).length;
const pagesIn = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const INSTALL_PDFTOTEXT = 'apt-get install -y poppler-utils';

describe('the Ukrainian story without JavaScript', () => {
  let browser: Launched;
  beforeAll(async () => {
    browser = await launch({ javaScriptEnabled: false, width: 390, height: 844 });
  });
  afterAll(async () => browser?.close());

  it('shows every chart’s data table in its place, and no empty chart boxes', async () => {
    const page = await browser.context.newPage();
    await openStoryWithoutScripts(page, urlOf(UK_PREFIX));
    const sections = await page.$$eval('ex-scrolly', (els) =>
      els.map((el) => {
        const table = el.querySelector('table')!.getBoundingClientRect();
        const frame = el.querySelector('[data-ex-frame]');
        return {
          chart: (el as HTMLElement).dataset.chart,
          tableHeight: table.height,
          tableWidth: table.width,
          frameShown: frame ? getComputedStyle(frame).display !== 'none' : false,
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
    }
    await page.close();
  });

  it('shows, in every section of a canvas chart, each step’s picture after its text, with the Ukrainian summary as alt', async () => {
    const page = await browser.context.newPage();
    await openStoryWithoutScripts(page, urlOf(UK_PREFIX));
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
    const site = siteIn('en');
    const canvasCharts = [...site.charts].filter(([, c]) => c.kind.canvas).map(([id]) => id);
    expect(sections.map((s) => s.chart).sort()).toEqual(canvasCharts.sort());
    for (const s of sections)
      for (const [i, step] of s.steps.entries()) {
        const where = `${s.chart} step ${i + 1}`;
        expect(step.pictures, where).toBe(1);
        expect(step.alt, where).toBe(step.summary);
        expect(step.alt, `${where}: alt in Ukrainian`).toMatch(CYRILLIC);
        expect(step.shown, `${where} shown`).toBe(true);
        expect(step.afterText, `${where} after its text`).toBe(true);
      }
    await page.close();
  });
});

describe(`the Ukrainian chapter page /uk/chapters/${PRINTED_CHAPTER}/ in print`, () => {
  let pdf: Buffer;
  const chapter = siteIn('uk').chapters.find((c) => c.meta.slug === PRINTED_CHAPTER)!;

  beforeAll(async () => {
    const browser = await launch({ width: 1280 });
    try {
      const page = await browser.context.newPage();
      await page.goto(urlOf(`${UK_PREFIX}chapters/${PRINTED_CHAPTER}/`), { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      pdf = await page.pdf({ format: 'A4' });
    } finally {
      await browser.close();
    }
  });

  it('prints to a PDF of several pages, with every state’s picture', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pagesIn(pdf)).toBeGreaterThan(1);
    // Each state of each canvas chart the chapter shows is printed as its picture.
    const site = siteIn('en');
    const canvasStates = publishedScrollies()
      .filter((s) => s.chapter === PRINTED_CHAPTER && s.canvas)
      .flatMap((s) => Object.keys(site.charts.get(s.chart)!.kind.states(site.charts.get(s.chart)!.chart, site.catalog)));
    expect(canvasStates.length).toBeGreaterThan(0);
    expect(imagesIn(pdf)).toBeGreaterThanOrEqual(canvasStates.length);
  });

  it.skipIf(!hasPdftotext)(
    hasPdftotext
      ? 'has a text layer with the chapter’s Ukrainian title, standfirst and headings'
      : `has a text layer with the chapter’s Ukrainian words: SKIPPED, no pdftotext on this machine (install it: \`${INSTALL_PDFTOTEXT}\`)`,
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'explainer-uk-pdf-'));
      try {
        const file = path.join(dir, 'chapter.pdf');
        writeFileSync(file, pdf);
        const squash = (s: string) => normalise(s.replace(/\u00ad/g, '')).trim();
        const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
        expect(chapter.file).toMatch(/\.uk\.mdx$/);
        const headings = [...chapter.text.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
        expect(headings.length).toBeGreaterThan(0);
        // Words in Ukrainian, read from the chapter's translation: its title, the first words of its standfirst, its headings.
        const standfirst = chapter.meta.standfirst.split(/\s+/).slice(0, 6).join(' ');
        for (const words of [chapter.meta.title, standfirst, ...headings]) {
          expect(words).toMatch(CYRILLIC);
          expect(text, `the PDF's text holds “${words}”`).toContain(squash(words));
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

// ---------------------------------------------------------------------------------------------------------------
// 5. No English interface words on a Ukrainian page.

type Entry = { en: unknown; uk: unknown };

/** Every table of interface words exported by src/i18n/ui*.ts: an object whose every entry has the words of both editions. */
async function interfaceTables(): Promise<{ file: string; name: string; table: Record<string, Entry> }[]> {
  const dir = path.join(projectRoot, 'src/i18n');
  const tables: { file: string; name: string; table: Record<string, Entry> }[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /^ui.*\.ts$/.test(f))
    .sort()) {
    const module = (await import(pathToFileURL(path.join(dir, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      const entries = Object.values(value);
      const isTable = entries.length > 0 && entries.every((e) => typeof e === 'object' && e !== null && 'en' in e && 'uk' in e);
      if (isTable) tables.push({ file: `src/i18n/${file}`, name, table: value as Record<string, Entry> });
    }
  }
  return tables;
}

const MARK = (i: number) => `\u27e6${i}\u27e7`;
/**
 * The words of an entry as phrases: a string whole; a function's output cut at its arguments (it is called with
 * markers, and with the numbers 1 and 2), so "Read more in chapter ${n}" gives "Read more in chapter".
 */
function phrasesOf(words: unknown): string[] {
  if (typeof words === 'string') return [words];
  if (typeof words !== 'function') return [];
  const fn = words as (...args: unknown[]) => unknown;
  const arity = Math.max(fn.length, 1);
  const calls = [Array.from({ length: arity }, (_, i) => MARK(i)), Array(arity).fill(1), Array(arity).fill(2)];
  return calls.flatMap((args) => {
    try {
      const out = fn(...args);
      return typeof out === 'string' ? out.split(/\u27e6\d+\u27e7|\d+/) : [];
    } catch {
      return [];
    }
  });
}

const normalise = (s: string) =>
  s
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** The English phrases (two words or more) of every entry whose English differs from its Ukrainian. */
async function englishPhrases(): Promise<{ where: string; phrase: string }[]> {
  const phrases: { where: string; phrase: string }[] = [];
  for (const { file, name, table } of await interfaceTables())
    for (const [key, entry] of Object.entries(table)) {
      const en = phrasesOf(entry.en);
      const uk = phrasesOf(entry.uk).map(normalise).join('\n');
      if (en.map(normalise).join('\n') === uk) continue;
      const fragments = new Set(
        en.map((f) => normalise(f).replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')).filter((f) => wordCount(f) >= 2 && !uk.includes(f)),
      );
      for (const phrase of fragments) phrases.push({ where: `${file} ${name}.${key}`, phrase });
    }
  return phrases;
}

/**
 * Everything a reader (or a screen reader) gets from the page, in the page's own language: its text (hidden text and
 * the texts of the states a script will show included), aria-labels, titles, alt texts and the description. Left out:
 * code, and whatever is marked as another language (lang="en" on a link to the English edition, a quote as spoken)
 * or is a cited page's own title (source titles stay as their publishers wrote them).
 */
function ownWords(): string[] {
  const foreign = (el: Element) => {
    if (el.closest('script:not([type="application/json"]), style, template, code, pre, textarea, .ex-sources__title')) return true;
    const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
    return !lang.startsWith('uk');
  };
  const texts: string[] = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let current = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.matches('script[type="application/json"]')) {
      const strings: string[] = [];
      JSON.parse(node.textContent!, (_, v: unknown) => {
        if (typeof v === 'string') strings.push(v);
        return v;
      });
      texts.push(...strings);
    } else if (!foreign(parent)) current += node.textContent;
    else {
      texts.push(current);
      current = '';
    }
  }
  texts.push(current);
  for (const el of document.querySelectorAll('[aria-label], [title], [alt], [aria-description], [placeholder]'))
    if (!foreign(el)) for (const a of ['aria-label', 'title', 'alt', 'aria-description', 'placeholder']) texts.push(el.getAttribute(a) ?? '');
  for (const m of document.querySelectorAll<HTMLMetaElement>('meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]'))
    if (/title|description|alt/.test(m.getAttribute('property') ?? m.name)) texts.push(m.content);
  return texts.filter((t) => t.trim() !== '');
}

/** The text around a match, on one line, for a failure message. */
const around = (text: string, at: number, length: number) => text.slice(Math.max(0, at - 50), at + length + 50).replace(/\n/g, ' ⏎ ');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phraseRe = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(phrase).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');

describe('no English interface words on a Ukrainian page', () => {
  let browser: Launched;
  const words = new Map<string, string>();

  beforeAll(async () => {
    browser = await launch({ width: 1280, height: 800, reducedMotion: 'reduce' });
    const page = await browser.context.newPage();
    for (const p of ukPages) {
      await page.goto(urlOf(p), { waitUntil: 'load' });
      await waitForStory(page);
      words.set(p, normalise((await page.evaluate(ownWords)).join('\n')));
    }
    await page.close();
  });
  afterAll(async () => browser?.close());

  it('reads the interface tables of src/i18n/ui*.ts, the frame’s and (when there) the graphics’', async () => {
    const tables = await interfaceTables();
    expect(tables.map((t) => `${t.file} ${t.name}`)).toContain('src/i18n/ui.ts UI');
    const phrases = await englishPhrases();
    expect(phrases.length).toBeGreaterThan(20);
    // A phrase the check uses, from a function's words: what it writes around its arguments.
    expect(phrases.map((p) => p.phrase)).toContain('Read more in chapter');
  });

  it.each(ukPages)('%s holds none of the English phrases of those tables', async (p) => {
    const text = words.get(p)!;
    expect(text.length).toBeGreaterThan(100);
    expect(text).toMatch(CYRILLIC);
    const found = (await englishPhrases()).filter(({ phrase }) => phraseRe(phrase).test(text));
    expect(found.map(({ where, phrase }) => `${where}: “${phrase}” in “…${around(text, text.search(phraseRe(phrase)), phrase.length)}…”`)).toEqual(
      [],
    );
  });

  it('tags every figure of the Ukrainian story with its kind in Ukrainian, never in English', async () => {
    const page = await browser.context.newPage();
    await page.goto(urlOf(UK_PREFIX));
    await waitForStory(page);
    const tags = await page.$$eval('.ex-fig__tag', (els) =>
      els.map((el) => {
        const visible = el.cloneNode(true) as HTMLElement;
        for (const h of visible.querySelectorAll('.visually-hidden')) h.remove();
        return { id: el.closest<HTMLElement>('[data-value-id]')?.dataset.valueId ?? '?', text: visible.textContent!.trim() };
      }),
    );
    await page.close();
    expect(tags.length).toBeGreaterThan(50);
    const english = new RegExp(`(?<!\\p{L})(${Object.values(KIND_WORDS.en).join('|')})(?!\\p{L})`, 'iu');
    const ukrainian = new RegExp(`(${Object.values(KIND_WORDS.uk).join('|')})`, 'iu');
    const wrong = tags.filter((t) => english.test(t.text) || !ukrainian.test(t.text) || ENGLISH_MONTH.test(t.text));
    expect(
      wrong.map((t) => `${t.id}: ${t.text}`),
      `${wrong.length} of ${tags.length} tags`,
    ).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 6. Figures, dates and quotation marks in Ukrainian style.

const ENGLISH_MONTH =
  /(?<!\p{L})(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)(?!\p{L})/u;
/** The months as Ukrainian writes them in a date ("21 листопада"): the genitive. */
const UK_MONTHS_GENITIVE = [
  'січня',
  'лютого',
  'березня',
  'квітня',
  'травня',
  'червня',
  'липня',
  'серпня',
  'вересня',
  'жовтня',
  'листопада',
  'грудня',
];
const ukLongDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${UK_MONTHS_GENITIVE[m - 1]} ${y} р.`;
};
/** Digits grouped by threes, as a pattern: 4714 → 4[nbsp]714 with a no-break (or narrow no-break) space. */
const ukGrouped = (n: number) =>
  String(n)
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u0001')
    .replace(/\u0001/g, '[\\u00a0\\u202f]');
const enGrouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

describe('the Ukrainian story’s figures, dates and quotation marks', () => {
  let browser: Launched;
  let page: Page;
  beforeAll(async () => {
    browser = await launch({ javaScriptEnabled: false, width: 1280, height: 800 });
    page = await browser.context.newPage();
    // What a reader without JavaScript reads: the whole story in one document.
    await page.goto(urlOf(`${UK_PREFIX}one-page/`));
  });
  afterAll(async () => browser?.close());

  it('writes a known area as “4 714 км²”: digits grouped by a no-break space, the unit in Cyrillic', async () => {
    // The Russian Defence Ministry's claim of territory taken, as the chapter's step shows it.
    const value = siteIn('uk').catalog.values.get('mod-2025-09-25')!;
    expect(value.unit).toBe('km2');
    expect(value.value).toBeGreaterThanOrEqual(1000);
    const text = await page.locator(`[data-value-id="${value.id}"] .ex-fig__value`).first().textContent();
    expect(text).toMatch(new RegExp(`(?<![\\d,])${ukGrouped(value.value)}[\\u00a0\\u202f ]км²`));
    expect(text).not.toContain(enGrouped(value.value));
  });

  it('writes no figure of the data in the English style (4,714: a decimal comma to a Ukrainian reader), nor English units', async () => {
    const text = normalise((await page.evaluate(ownWords)).join('\n'));
    const values = [...siteIn('uk').catalog.values.values()].filter((v) => Number.isInteger(v.value) && v.value >= 1000);
    expect(values.length).toBeGreaterThan(5);
    const english = [...new Set(values.map((v) => enGrouped(v.value)))]
      .map((f) => ({ f, at: text.search(new RegExp(`(?<![\\d.,])${escapeRe(f)}(?![\\d])`)) }))
      .filter(({ at }) => at >= 0)
      .map(({ f, at }) => `${f} in “…${around(text, at, f.length)}…”`);
    // Units in Ukrainian (and no square miles: the Ukrainian edition gives km² alone).
    const units = ['km²', 'sq mi'].filter((u) => text.includes(u)).map((u) => `${u} in “…${around(text, text.indexOf(u), u.length)}…”`);
    expect([...english, ...units]).toEqual([]);
  });

  it('dates the story “Станом на 21 листопада 2025 р.” and writes every date in Ukrainian, none in English', async () => {
    const site = siteIn('uk').site;
    const dateline = normalise((await page.locator('.ex-masthead .ex-dateline').textContent())!);
    expect(dateline.startsWith(`${UI.asOf.uk} ${ukLongDate(site.dateline)}`), dateline).toBe(true);
    const times = await page.$$eval('time[datetime]', (els) => els.map((t) => ({ datetime: t.getAttribute('datetime')!, text: t.textContent! })));
    const days = times.filter((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.datetime));
    expect(days.length).toBeGreaterThan(10);
    for (const t of days) expect(normalise(t.text), t.datetime).toBe(ukLongDate(t.datetime));
    // Dates written into text (figure tags, sources): in Ukrainian, with one full stop after the year's "р.".
    const text = normalise((await page.evaluate(ownWords)).join('\n'));
    const problems = [
      ...[...text.matchAll(new RegExp(`.{0,40}${ENGLISH_MONTH.source}.{0,40}`, 'gu'))].map((m) => `an English month: “${m[0]}”`),
      ...[...text.matchAll(/.{0,40}\d{4} р\.\..{0,20}/gu)].map((m) => `a doubled full stop after a year: “${m[0]}”`),
    ];
    expect(problems.slice(0, 20), `${problems.length} problems (the first 20 shown)`).toEqual([]);
  });

  it('quotes with «…» (and „…“ inside them), never with “…” or "…"', async () => {
    const text = (await page.evaluate(ownWords)).join('\n');
    expect((text.match(/«/g) ?? []).length).toBeGreaterThan(10);
    expect((text.match(/«/g) ?? []).length).toBe((text.match(/»/g) ?? []).length);
    const wrong = [...text.matchAll(/.{0,40}(\u201d|"|(?<!„[^“”«»]{0,400})\u201c).{0,30}/gu)].map((m) => m[0].replace(/\n/g, ' '));
    expect(wrong).toEqual([]);
  });
});

describe('the Ukrainian sources page', () => {
  it('marks each of our descriptions and notes with its language: Ukrainian ones as Ukrainian, English ones (not yet translated) as English', async () => {
    const browser = await launch({ javaScriptEnabled: false });
    try {
      const page = await browser.context.newPage();
      await page.goto(urlOf(`${UK_PREFIX}sources/`));
      const texts = await page.$$eval('.ex-sources__title--description, .ex-sources__note', (els) =>
        els.map((el) => ({ lang: el.closest('[lang]')?.getAttribute('lang') ?? '', text: el.textContent!.trim() })),
      );
      expect(texts.length).toBeGreaterThan(5);
      // Our words, not what they quote: text inside «…» or “…” may be in any language.
      const letters = (t: string, re: RegExp) => (t.replace(/«[^«»]*(«[^«»]*»[^«»]*)*»|“[^”]*”/g, '').match(re) ?? []).length;
      const wrong = texts.filter(({ lang, text }) => {
        const english = letters(text, /[A-Za-z]/g) > letters(text, /[\u0400-\u04FF]/g);
        return english ? !lang.startsWith('en') : !lang.startsWith('uk');
      });
      expect(wrong.slice(0, 10), `${wrong.length} of ${texts.length} descriptions and notes in a language they are not marked with`).toEqual([]);
      // The Ukrainian ones are there too: the outlets that give Ukrainian speakers' words.
      expect(texts.filter((t) => t.lang.startsWith('uk')).length).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 7. The font's Cyrillic files.

describe('the Ukrainian pages’ font', () => {
  // The page's text is set in faces every reader has (src/styles/fonts.css): no font file is on the way to a first
  // paint. Source Sans 3 is drawn on the charts' canvases, and a Ukrainian chart asks for its Cyrillic files.
  it('no Ukrainian page requests a font file before its first paint', async () => {
    const browser = await launch({ width: 1280, height: 800 });
    try {
      const early: string[] = [];
      for (const p of ukPages) {
        const page = await browser.context.newPage();
        await page.goto(urlOf(p), { waitUntil: 'load' });
        await waitForStory(page);
        await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
        const { fcp, fonts } = await page.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          fonts: performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('.woff2'))
            .map((e) => ({ name: new URL(e.name).pathname, start: e.startTime })),
        }));
        early.push(...fonts.filter((f) => f.start < fcp!).map((f) => `${p}: ${f.name}`));
        await page.close();
      }
      expect(early).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('a chart drawn on a Ukrainian page asks for the font’s Cyrillic files, and draws with them', async () => {
    const browser = await launch({ width: 1280, height: 800, reducedMotion: 'reduce' });
    try {
      const { chart, chapter } = publishedScrollies().find((s) => s.kind === 'bar')!;
      const page = await browser.context.newPage();
      await page.goto(urlOf(`${UK_PREFIX}chapters/${chapter}/`), { waitUntil: 'load' });
      const first = await page.evaluate((c) => {
        const section = document.querySelector<HTMLElement>(`ex-scrolly[data-chart="${c}"]`)!;
        const step = section.querySelector<HTMLElement>('[data-ex-step]')!;
        return { id: step.id, state: step.dataset.exStep! };
      }, chart);
      await scrollStepToTrigger(page, first.id);
      await waitForRendered(page, chart, first.state);
      await page.waitForFunction(() => document.fonts.check('400 12px "Source Sans 3"', 'Аа'));
      // The files whose @font-face covers the Cyrillic letters (U+0400–045F), read from the page's own stylesheet.
      const { cyrillic, requested } = await page.evaluate(() => ({
        cyrillic: [...document.styleSheets].flatMap((sheet) =>
          [...sheet.cssRules]
            .filter((r): r is CSSFontFaceRule => r instanceof CSSFontFaceRule)
            .filter((r) => /U\+0?400-0?45F/i.test(r.style.getPropertyValue('unicode-range')))
            .flatMap((r) =>
              [...r.style.getPropertyValue('src').matchAll(/url\("?([^")]+)"?\)/g)].map((m) => new URL(m[1]!, sheet.href ?? location.href).pathname),
            ),
        ),
        requested: performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.woff2'))
          .map((e) => new URL(e.name).pathname),
      }));
      expect(cyrillic.length, 'the stylesheet has @font-face rules for Cyrillic').toBeGreaterThan(0);
      expect(requested.filter((f) => cyrillic.includes(f)).length, `requested: ${requested.join(', ')}`).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });
});
