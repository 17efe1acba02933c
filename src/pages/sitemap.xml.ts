// sitemap.xml: the published pages only (the front page, its sources page and each chapter's own page; drafts are
// never built).
// A plain endpoint rather than @astrojs/sitemap, which always writes sitemap-index.xml + sitemap-0.xml.
import type { APIRoute } from 'astro';
import { loadCatalog, loadChapters, loadSite } from '../integration/load';
import { href } from '../site';

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
  const urls = [{ path: '/', lastmod: front }, { path: 'sources/', lastmod: front }, ...chapters].map(
    (p) => `  <url><loc>${escape(new URL(href(p.path), site).href)}</loc><lastmod>${p.lastmod}</lastmod></url>`,
  );
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
    {
      headers: { 'content-type': 'application/xml; charset=utf-8' },
    },
  );
};
