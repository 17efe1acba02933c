// sitemap.xml: the published pages only (the front page, its sources page and each chapter's own page; drafts are
// never built), in every edition, each listing its counterparts in the others and the default edition (xhtml:link
// alternates with x-default, as search engines read them and as each page's <head> lists them).
// A plain endpoint rather than @astrojs/sitemap, which always writes sitemap-index.xml + sitemap-0.xml.
import type { APIRoute } from 'astro';
import { loadCatalog, loadChapters, loadSite } from '../integration/load';
import { href } from '../site';
import { DEFAULT_LOCALE, HTML_LANG, LOCALES } from '../i18n/locale';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ site }) => {
  // Each page was last changed on its dateline (a chapter's own, or the story's, content/site.yaml), or on the day of
  // its latest correction (content/data/corrections.yaml), whichever is later; the front page holds them all.
  const corrections = (await loadCatalog()).corrections;
  const latest = (dates: string[]) => [...dates].sort().at(-1)!;
  const chapters = (await loadChapters()).map((c) => ({
    path: `chapters/${c.data.slug}/`,
    lastmod: latest([c.checked.dateline, ...corrections.filter((k) => k.chapter === c.data.slug).map((k) => k.date)]),
  }));
  const front = latest([loadSite().site.dateline, ...chapters.map((c) => c.lastmod)]);
  // A correction is logged in both editions, so a page and its translation share their last change.
  const pages = [{ path: '/', lastmod: front }, { path: 'sources/', lastmod: front }, ...chapters];
  const at = (path: string, locale: (typeof LOCALES)[number]) => escape(new URL(href(path, locale), site).href);
  const urls = pages.flatMap((p) =>
    LOCALES.map((locale) => {
      // Every edition, and the default edition for a reader whose language is neither (as each page's <head> says).
      const alternates = [
        ...LOCALES.map((l) => `<xhtml:link rel="alternate" hreflang="${HTML_LANG[l]}" href="${at(p.path, l)}"/>`),
        `<xhtml:link rel="alternate" hreflang="x-default" href="${at(p.path, DEFAULT_LOCALE)}"/>`,
      ].join('');
      return `  <url><loc>${at(p.path, locale)}</loc><lastmod>${p.lastmod}</lastmod>${alternates}</url>`;
    }),
  );
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`,
    {
      headers: { 'content-type': 'application/xml; charset=utf-8' },
    },
  );
};
