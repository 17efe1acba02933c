// sitemap.xml: the published pages only (the front page and each chapter's own page; drafts are never built).
// A plain endpoint rather than @astrojs/sitemap, which always writes sitemap-index.xml + sitemap-0.xml.
import type { APIRoute } from 'astro';
import { loadChapters } from '../build/load';
import { SITE, href } from '../site';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ site }) => {
  const paths = ['/', ...(await loadChapters()).map((c) => `chapters/${c.data.slug}/`)];
  const urls = paths.map((p) => `  <url><loc>${escape(new URL(href(p), site).href)}</loc><lastmod>${SITE.asOf}</lastmod></url>`);
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
    {
      headers: { 'content-type': 'application/xml; charset=utf-8' },
    },
  );
};
