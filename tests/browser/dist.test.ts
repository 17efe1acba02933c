// What `npm run build` writes: the story's first document and its parts, the whole story in one document
// (/one-page/), and a page per chapter.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../support/links';
import { publishedChapters } from '../support/content';

const dist = inject('distDir');
// The whole story, every chapter's body in place: what the front page becomes once its parts are laid in.
const index = () => readFileSync(path.join(dist, 'one-page/index.html'), 'utf8');
const front = () => readFileSync(path.join(dist, 'index.html'), 'utf8');
const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;
const slugs = publishedChapters().map((c) => c.meta.slug);

describe('dist/index.html, the story’s first document (issue 14)', () => {
  it('holds every chapter’s header and, for its body, a placeholder naming its part, and no chapter’s text', () => {
    const html = front();
    for (const slug of slugs) {
      expect(html, slug).toContain(`<h2 id="${slug}-title">`);
      const part = `parts/${slug}/index.html`;
      expect(html, slug).toContain(`data-ex-part="/parts/${slug}/"`);
      expect(existsSync(path.join(dist, part)), part).toBe(true);
      // The part is the body /one-page/ holds: its first paragraph is there, and not in the first document.
      const first = readFileSync(path.join(dist, part), 'utf8').match(/<p>([^<]{40,}?)[<.]/)![1]!;
      expect(index(), slug).toContain(first);
      expect(html, slug).not.toContain(first);
    }
    expect(count(html, /data-ex-step=/g), 'steps in the first document').toBe(0);
  });

  it('holds the first chapter’s opening prose, which its part leaves out, and no other chapter’s', () => {
    const html = front();
    const opening = (slug: string) =>
      index()
        .split(`id="${slug}"`)[1]!
        .match(/<p>([^<]{40,}?)[<.]/)![1]!;
    const part = (slug: string) => readFileSync(path.join(dist, `parts/${slug}/index.html`), 'utf8');
    expect(html).toContain(opening(slugs[0]!));
    expect(part(slugs[0]!)).not.toContain(opening(slugs[0]!));
    expect(html).toContain('class="ex-prose ex-prose--lede"');
    for (const slug of slugs.slice(1)) {
      expect(html, slug).not.toContain(opening(slug));
      expect(part(slug), slug).toContain(opening(slug));
    }
    // Opening prose only: no graphic, no script beyond the page's own.
    expect(count(html, /<ex-scrolly/g)).toBe(0);
    expect(count(html, /<script type="module"/g)).toBe(1);
  });

  it('sends readers without JavaScript to the whole story in one document, itself out of search results', () => {
    expect(front()).toContain('<noscript><meta http-equiv="refresh" content="0; url=/one-page/"></noscript>');
    expect(index()).toContain('<meta name="robots" content="noindex">');
    expect(index()).not.toContain('data-ex-part');
  });
});

describe('dist/one-page/index.html, the whole story', () => {
  it('holds every published chapter, in order', () => {
    const html = index();
    expect(slugs.length).toBeGreaterThanOrEqual(3);
    const order = slugs.map((slug) => html.indexOf(`id="${slug}"`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
  it('holds at least three Chart.js canvases, the plan graphic and twelve steps', () => {
    const html = index();
    expect(count(html, /<canvas[^>]*data-ex-canvas/g)).toBeGreaterThanOrEqual(3);
    expect(count(html, /data-ex-plan/g)).toBe(1);
    expect(count(html, /class="ex-step"/g)).toBeGreaterThanOrEqual(12);
  });
  it('gives every chart a data table and every step a unique id', () => {
    const html = index();
    expect(count(html, /<table class="ex-table[ "]/g)).toBe(count(html, /<ex-scrolly/g));
    const ids = [...html.matchAll(/class="ex-step" id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('links every citation to the sources page, which lists each source the story cites, with the corrections log', () => {
    // The list grows with every chapter: the one-page story keeps only the method and a link (issue 14).
    const html = index();
    const sourcesPage = readFileSync(path.join(dist, 'sources', 'index.html'), 'utf8');
    expect(html).not.toContain('class="ex-sources"');
    expect(html).not.toMatch(/href="#source-/);
    const cited = new Set([...html.matchAll(/href="\/sources\/#source-([^"]+)"/g)].map((m) => m[1]));
    const listed = new Set([...sourcesPage.matchAll(/<li id="source-([^"]+)" class="ex-sources__item"/g)].map((m) => m[1]));
    expect(cited.size).toBeGreaterThan(100);
    expect([...cited].filter((id) => !listed.has(id))).toEqual([]);
    expect(html).toMatch(/<a href="\/sources\/"[^>]*>Sources and corrections<\/a>/);
    expect(sourcesPage).toContain('id="corrections"');
    // A chapter's own page keeps its own list, and its citations stay on the page.
    const chapter = readFileSync(path.join(dist, 'chapters', slugs[0]!, 'index.html'), 'utf8');
    expect(chapter).toContain('class="ex-sources"');
    expect(chapter).not.toContain('/sources/#source-');
  });
  it('writes a page per chapter', () => {
    for (const slug of slugs) expect(existsSync(path.join(dist, 'chapters', slug, 'index.html'))).toBe(true);
  });
  it('types no figure into prose by hand: the figures a dataset holds appear only through components', () => {
    // The chapters' prose: their paragraphs, minus the figures rendered from data (graphics and sources are generated).
    const chapters = [...index().matchAll(/<div class="ex-prose">([\s\S]*?)<\/article>/g)].map((m) => m[1]).join('');
    const prose = chapters
      .replace(/<div class="ex-scrolly__graphic">[\s\S]*?<\/figure>/g, '')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<span class="ex-fig [\s\S]*?<\/span><\/span><\/span>/g, '')
      .replace(/<[^>]+>/g, ' ');
    expect(prose.length).toBeGreaterThan(5000);
    for (const figure of ['4,714', '3,434', '4,900', '3,561', '476', '810', '600,000', '19.2']) expect(prose, figure).not.toContain(figure);
  });
  it('draws the plan as 28 cells numbered 1 to 28 in order, with a table row for each, and no "not reported"', () => {
    const html = index();
    const grid = html.match(/<ol class="ex-plan__grid"[\s\S]*?<\/ol>/)![0];
    const numbers = [...grid.matchAll(/<span class="ex-plan__num">(\d+)/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(grid).not.toContain('ex-plan__cell--none');
    const plan = html.slice(html.indexOf('data-ex-plan'), html.indexOf('</table>', html.indexOf('data-ex-plan')));
    expect(count(plan, /<tr data-theme=/g)).toBe(28);
    // Every point of the plan was reported: its chapter says "not reported" nowhere. (A later chapter's comparison of
    // the plan's versions says "Not reported" where a version's text on a topic was not reported, as it should.)
    const planChapter = readFileSync(path.join(dist, 'chapters', 'peace-plan', 'index.html'), 'utf8');
    expect(planChapter.slice(planChapter.indexOf('<main'), planChapter.indexOf('id="sources"'))).not.toMatch(/not reported/i);
  });
  it('shows one dateline, 21 November 2025, and lists the energy entry after the Ternopil entry of 19 November', () => {
    const html = index();
    expect(html).toContain('As of <time datetime="2025-11-21">21 November 2025</time>');
    expect(html).not.toMatch(/datetime="2025-11-20">20 November 2025<\/time> ·/);
    const ternopil = html.indexOf('A Russian combined missile-and-drone attack hits apartment blocks in Ternopil');
    const energy = html.indexOf('The same attack hits energy infrastructure');
    expect(ternopil).toBeGreaterThan(0);
    expect(energy).toBeGreaterThan(ternopil);
  });
});

/**
 * html-validate's recommended rules: every conformance error fails. Relaxed only where a rule is a style opinion, not
 * a rule of the HTML standard, each with why:
 */
const HTML_RULES: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // "Prefer <section> to role=region": a preference (ARIA's "first rule"), not conformance; the W3C checker
    // accepts `role="region"` on a <div>. Our scrollable data tables use the usual pattern for a focusable,
    // labelled scroll area, <div role="region" tabindex="0" aria-label>; a <section> there would announce a
    // document section. Every other role still has to be the native element.
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
};

describe('valid HTML', () => {
  const validator = new HtmlValidate(HTML_RULES);
  const report = async (name: string, html: string) =>
    (await validator.validateString(html, name)).results.flatMap((r) =>
      r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );

  it('every built page (index, chapters, 404) has no error under html-validate', async () => {
    const pages = listFiles(dist).filter((f) => f.endsWith('.html'));
    expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', 'chapters/peace-plan/index.html']));
    const problems: string[] = [];
    for (const page of pages) problems.push(...(await report(page, readFileSync(path.join(dist, page), 'utf8'))));
    expect(problems).toEqual([]);
  });

  it('the check has teeth: a <figure>’s <figcaption> between other children is an error (first or last only)', async () => {
    const page = (figure: string) => `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>${figure}</main></body></html>`;
    expect(await report('ok.html', page('<figure><p>chart</p><figcaption>caption</figcaption></figure>'))).toEqual([]);
    expect((await report('bad.html', page('<figure><p>chart</p><figcaption>caption</figcaption><p>live</p></figure>'))).join('\n')).toMatch(
      /element-permitted-order/,
    );
  });
});
