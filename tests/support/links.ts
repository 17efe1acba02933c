// A link checker for a built site: every href/src in every HTML file (and url() in CSS, <loc> in sitemap.xml,
// Sitemap: in robots.txt, og:/twitter: URLs in meta tags) must point at a file in the build, under the base path,
// and at an id on that page when it names one. Resources (scripts, styles, icons, images) must come from the build.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface LinkProblem {
  file: string;
  url: string;
  problem: string;
}

export interface LinkReport {
  /** Internal URLs checked. */
  checked: number;
  /** Links to other hosts (<a href> only: a resource from another host is a problem). */
  external: string[];
  problems: LinkProblem[];
}

export interface SiteOptions {
  /** SITE_URL the build was made with, e.g. "https://example.github.io". */
  site: string;
  /** BASE_PATH the build was made with, e.g. "/explainer/". */
  base: string;
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const decode = (s: string) =>
  s.replace(/&(amp|quot|#39|#x27|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", '#x27': "'", lt: '<', gt: '>' })[e] ?? '');

const attr = (tag: string, name: string) => {
  const m = tag.match(new RegExp(`\\s${name}="([^"]*)"`, 'i'));
  return m ? decode(m[1]!) : undefined;
};

/** Opening tags of an HTML document, with JSON/script bodies removed so their contents are not read as markup. */
function tags(html: string): string[] {
  const stripped = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1').replace(/<!--[\s\S]*?-->/g, '');
  return stripped.match(/<[a-zA-Z][\w-]*\b[^>]*>/g) ?? [];
}

export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const t of tags(html)) {
    const id = attr(t, 'id') ?? (/^<a\b/i.test(t) ? attr(t, 'name') : undefined);
    if (id) ids.add(id);
  }
  return ids;
}

interface Ref {
  file: string;
  url: string;
  /** A resource the browser loads with the page (script, stylesheet, icon, image), not a link the reader follows. */
  resource: boolean;
}

function refsOf(dist: string, file: string): Ref[] {
  const text = readFileSync(path.join(dist, file), 'utf8');
  const refs: Ref[] = [];
  if (file.endsWith('.html')) {
    for (const t of tags(text)) {
      const name = t.match(/^<([\w-]+)/)![1]!.toLowerCase();
      const href = attr(t, 'href');
      if (href !== undefined) {
        const rel = (attr(t, 'rel') ?? '').toLowerCase();
        const resource = name === 'link' && !/\b(canonical|sitemap|alternate|prev|next)\b/.test(rel);
        refs.push({ file, url: href, resource });
      }
      for (const a of ['src', 'poster', 'data', 'action']) {
        const v = attr(t, a);
        if (v !== undefined) refs.push({ file, url: v, resource: a !== 'action' });
      }
      const srcset = attr(t, 'srcset');
      if (srcset) for (const part of srcset.split(',')) refs.push({ file, url: part.trim().split(/\s+/)[0]!, resource: true });
      if (name === 'meta' && /^(og:(image|url|image:secure_url)|twitter:image)$/.test(attr(t, 'property') ?? attr(t, 'name') ?? '')) {
        refs.push({ file, url: attr(t, 'content') ?? '', resource: false });
      }
    }
  } else if (file.endsWith('.css')) {
    for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) refs.push({ file, url: m[2]!, resource: true });
  } else if (file === 'sitemap.xml') {
    for (const m of text.matchAll(/<loc>([^<]*)<\/loc>/g)) refs.push({ file, url: decode(m[1]!), resource: false });
  } else if (file === 'robots.txt') {
    for (const m of text.matchAll(/^Sitemap:\s*(\S+)/gim)) refs.push({ file, url: m[1]!, resource: false });
  }
  return refs;
}

/** The URL a file of the build is served at. */
export function urlOf(file: string, { site, base }: SiteOptions): URL {
  const p = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return new URL(`${base}${p}`, site);
}

export function checkLinks(dist: string, options: SiteOptions): LinkReport {
  const { site, base } = options;
  const origin = new URL(site).origin;
  const files = listFiles(dist);
  const idCache = new Map<string, Set<string>>();
  const ids = (f: string) => {
    if (!idCache.has(f)) idCache.set(f, idsOf(readFileSync(path.join(dist, f), 'utf8')));
    return idCache.get(f)!;
  };
  const report: LinkReport = { checked: 0, external: [], problems: [] };
  const problem = (r: Ref, p: string) => report.problems.push({ file: r.file, url: r.url, problem: p });

  for (const file of files) {
    for (const ref of refsOf(dist, file)) {
      const raw = ref.url.trim();
      if (raw === '' || raw === '#') {
        problem(ref, 'empty link');
        continue;
      }
      if (/^(mailto|tel|data|blob|javascript):/i.test(raw)) {
        if (/^javascript:/i.test(raw)) problem(ref, 'javascript: URL (blocked by the CSP)');
        if (/^data:/i.test(raw) && ref.resource) problem(ref, 'data: URL resource (blocked by the CSP)');
        continue;
      }
      // The 404 page is served at any missing path: a relative link there resolves against that path, not the file.
      if (/(^|\/)404\.html$/.test(file) && !/^(#|\/|[a-z]+:)/i.test(raw)) problem(ref, 'relative link on the 404 page');
      const url = new URL(raw, urlOf(file, options));
      if (url.origin !== origin) {
        if (ref.resource) problem(ref, 'resource loaded from another host');
        else if (!/^https?:$/.test(url.protocol)) problem(ref, `unexpected scheme ${url.protocol}`);
        else report.external.push(raw);
        continue;
      }
      report.checked++;
      const pathname = decodeURIComponent(url.pathname);
      if (!pathname.startsWith(base)) {
        problem(ref, `outside the base path ${base}`);
        continue;
      }
      const rel = pathname.slice(base.length);
      const target = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
      if (!existsSync(path.join(dist, target))) {
        problem(ref, 'no such file in the build');
        continue;
      }
      if (statSync(path.join(dist, target)).isDirectory()) {
        problem(ref, 'a folder without its trailing slash (a redirect on most hosts, a 404 on some)');
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!ids(target).has(id)) problem(ref, `no element with id="${id}" in ${target}`);
      }
    }
  }
  return report;
}

/** Inline code a Content-Security-Policy of 'self' would block: inline scripts, <style>, style="", on…="" handlers. */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = attr(m[1]!, 'type') ?? '';
    const isData = /^application\/(ld\+)?json$/i.test(type);
    if (!isData && attr(m[1]!, 'src') === undefined) found.push(`inline <script${m[1]}>: ${m[2]!.slice(0, 60)}…`);
  }
  for (const m of html.matchAll(/<style\b[^>]*>/gi)) found.push(`inline ${m[0]}`);
  for (const t of tags(html)) {
    const style = attr(t, 'style');
    if (style !== undefined) found.push(`style="${style}" on ${t.slice(0, 60)}`);
    const handler = t.match(/\s(on[a-z]+)="/i);
    if (handler) found.push(`${handler[1]}="" handler on ${t.slice(0, 60)}`);
  }
  return found;
}
