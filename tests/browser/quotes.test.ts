// Every quote a chapter marks as a translation (<Quote lang original>) reads as one on the built page: the English
// words in the block quotation, and under them whose translation it is and the words as spoken, in their language.
// The quotes are read from content/chapters/, not typed here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Launched } from '../../tools/chromium';
import { projectRoot } from '../support/catalog';

const siteUrl = inject('siteUrl');
const dir = path.join(projectRoot, 'content/chapters');
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
const translated = readdirSync(dir)
  // The English chapters (their translations carry no slug: it is the English chapter's).
  .filter((f) => f.endsWith('.mdx') && !/\.[a-z]{2}\.mdx$/.test(f))
  .flatMap((f) => {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const slug = text.match(/^slug: *"?([a-z0-9-]+)"?$/m)![1]!;
    return [...text.matchAll(/(<Quote\b[^>]*>)([\s\S]*?)<\/Quote>/g)]
      .filter((m) => attr(m[1]!, 'original'))
      .map((m) => ({
        slug,
        by: attr(m[1]!, 'by')!,
        lang: attr(m[1]!, 'lang')!,
        original: attr(m[1]!, 'original')!,
        translator: attr(m[1]!, 'translator'),
        words: m[2]!.trim(),
      }));
  });

describe('translated quotes', () => {
  let browser: Launched;
  beforeAll(async () => {
    browser = await launch({ width: 1280, height: 800 });
  });
  afterAll(async () => browser?.close());

  it('are found in the chapters', () => {
    expect(translated.length).toBeGreaterThan(0);
  });

  for (const slug of [...new Set(translated.map((q) => q.slug))])
    it(`read as translations, with the words as spoken, on the page of ${slug}`, async () => {
      const page = await browser.context.newPage();
      await page.goto(new URL(`chapters/${slug}/`, siteUrl).href);
      const figures = await page.$$eval('figure.ex-quote', (els) =>
        els.map((el) => ({
          words: el.querySelector('blockquote')!.textContent!.trim(),
          caption: el.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' '),
          lang: el.querySelector('figcaption q')?.getAttribute('lang') ?? null,
          original: el.querySelector('figcaption q')?.textContent ?? null,
        })),
      );
      for (const q of translated.filter((t) => t.slug === slug)) {
        // MDX sets typographic quotes and ellipses: compare the words, not their typography.
        const norm = (s: string) =>
          s
            .replace(/[\u2018\u2019]/g, "'")
            .replace(/[\u201c\u201d]/g, '"')
            .replace(/\.\.\./g, '…')
            .replace(/\s+/g, ' ');
        const figure = figures.find((f) => norm(f.words) === norm(q.words));
        expect(figure, `${q.by}: the quote is on the page`).toBeDefined();
        expect(figure!.lang, q.by).toBe(q.lang);
        expect(norm(figure!.original ?? ''), q.by).toBe(norm(q.original));
        expect(figure!.caption, q.by).toContain(q.translator ? `Translated from` : 'Our translation from');
        if (q.translator) expect(figure!.caption, q.by).toContain(`by ${q.translator}`);
      }
      await page.close();
    });
});
