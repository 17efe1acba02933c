// The link check of the root build (dist/, built by global-setup): every href/src in every HTML file (and url() in
// CSS, the sitemap, robots.txt and the social-card meta) points at a file of the build, and at an id on that page
// when it names one. The sub-path build gets the same check in deploy.test.ts.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks, inlineCode, listFiles } from '../support/links';

const dist = inject('distDir');
const site = { site: 'http://localhost', base: '/' };

describe('links in dist/ (root build)', () => {
  it('resolves every internal href and src to a file of the build, and every #anchor to an id', () => {
    const report = checkLinks(dist, site);
    expect(report.problems).toEqual([]);
    expect(report.checked).toBeGreaterThan(100);
  });

  it('loads nothing from another host: only <a> links to the sources leave the site', () => {
    const report = checkLinks(dist, site);
    expect(report.external.length).toBeGreaterThan(0);
    for (const url of report.external) expect(url).toMatch(/^https?:\/\//);
    // Every outside link is a source of the sources list (same URLs as content/data/sources.yaml).
    const sources = readFileSync(path.resolve(import.meta.dirname, '../../content/data/sources.yaml'), 'utf8');
    for (const url of new Set(report.external)) expect(sources, url).toContain(url);
  });

  it('has no inline script, <style>, style="" or event handler that the CSP would block', () => {
    for (const f of listFiles(dist).filter((f) => f.endsWith('.html'))) expect(inlineCode(readFileSync(path.join(dist, f), 'utf8')), f).toEqual([]);
  });
});

describe('the link checker itself', () => {
  it('reports each kind of broken link', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'explainer-links-'));
    try {
      mkdirSync(path.join(dir, 'chapters/a'), { recursive: true });
      writeFileSync(path.join(dir, 'chapters/a/index.html'), '<h2 id="here">A</h2>');
      writeFileSync(path.join(dir, 'style.css'), 'body{background:url(missing.png)}');
      writeFileSync(
        path.join(dir, 'index.html'),
        [
          '<link rel="stylesheet" href="/x/style.css">',
          '<a href="/x/chapters/a/#here">ok</a>',
          '<a href="https://example.org/">ok: a link out</a>',
          '<a href="/x/chapters/b/">missing page</a>',
          '<a href="/x/chapters/a/#nowhere">missing anchor</a>',
          '<a href="#top">missing local anchor</a>',
          '<a href="/chapters/a/">outside the base</a>',
          '<a href="/x/chapters/a">no trailing slash</a>',
          '<script type="module" src="https://cdn.example.org/x.js"></script>',
          '<img src="data:image/png;base64,AA">',
        ].join('\n'),
      );
      writeFileSync(path.join(dir, '404.html'), '<a href="chapters/a/">relative</a><style>p{}</style><p style="color:red" onclick="x()">');
      const report = checkLinks(dir, { site: 'https://example.com', base: '/x/' });
      expect(report.problems.map((p) => `${p.file} ${p.url}: ${p.problem}`).sort()).toEqual([
        '404.html chapters/a/: relative link on the 404 page',
        'index.html #top: no element with id="top" in index.html',
        'index.html /chapters/a/: outside the base path /x/',
        'index.html /x/chapters/a/#nowhere: no element with id="nowhere" in chapters/a/index.html',
        'index.html /x/chapters/a: a folder without its trailing slash (a redirect on most hosts, a 404 on some)',
        'index.html /x/chapters/b/: no such file in the build',
        'index.html data:image/png;base64,AA: data: URL resource (blocked by the CSP)',
        'index.html https://cdn.example.org/x.js: resource loaded from another host',
        'style.css missing.png: no such file in the build',
      ]);
      expect(report.external).toEqual(['https://example.org/']);
      expect(inlineCode(readFileSync(path.join(dir, '404.html'), 'utf8'))).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
