// robots.txt: everything may be crawled; the sitemap's absolute URL honours SITE_URL and BASE_PATH.
// (Crawlers read robots.txt only at the root of a host: under a sub-path, the host's own file is the one that counts.)
import type { APIRoute } from 'astro';
import { href } from '../site';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('sitemap.xml'), site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
