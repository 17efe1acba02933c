// A minimal static file server for tests and benchmarks: serves a folder under a base path on a free
// loopback port, as a static host would (index.html for folders, 404.html for misses, text gzipped when the browser
// asks for it, as GitHub Pages, Netlify, Cloudflare and the README's nginx block all do; the hashed files of
// _assets/ cached for a year, as every host the README sets up caches them).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** What the README's hosts send for the hashed files of _assets/. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface StaticServer {
  origin: string;
  /** origin + base, e.g. http://127.0.0.1:4321/explainer/ */
  url: string;
  close(): Promise<void>;
}

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const safe = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(root, safe);
  if (!file.startsWith(root)) return undefined;
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return undefined;
  }
}

export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const absRoot = path.resolve(root);
  const server: Server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    const inBase = pathname.startsWith(base) || `${pathname}/` === base;
    const file = inBase ? await fileFor(absRoot, pathname.slice(base.length - 1) || '/') : undefined;
    if (!file) {
      const notFound = await fileFor(absRoot, '/404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(notFound ? await readFile(notFound) : 'Not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const body = await readFile(file);
    const compress = /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    // Without it, a map's geometry (an SVG that <use> elements name) would be fetched anew and given a document of
    // its own for each part of the story laid in later (src/client/story-parts.ts), a cost no real deploy has.
    const cache = pathname.startsWith(`${base}_assets/`) ? { 'cache-control': IMMUTABLE } : {};
    res.writeHead(200, { 'content-type': type, ...cache, ...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) });
    res.end(compress ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
