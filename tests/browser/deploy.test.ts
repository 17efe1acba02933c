// Deploying under a sub-path: build with BASE_PATH=/explainer/ into a folder of its own (dist/ belongs to the other
// browser tests), serve it with Debian's nginx using the README's server block word for word, and read every page
// in Chromium as a visitor would. Also checks what dist/ must carry and the hosting recipes kept in the repository.
// Where there is no nginx (nor NGINX_PATH), only the tests that serve with it are skipped, and their suite's name
// says how to install it; the checks of the build and of the recipes run everywhere.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Response } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched } from '../../tools/chromium';
import { buildSite } from '../support/build';
import { INSTALL_NGINX, nginxPath, startNginx, type Nginx } from '../support/nginx';
import { checkLinks, inlineCode, listFiles, urlOf } from '../support/links';
import { publishedScrollies } from '../support/content';
import { openWatched, scrollStepToTrigger, waitForRendered } from '../support/page';
import { isStoryPart, isWholeStoryPage } from '../support/pages';

const root = path.resolve(import.meta.dirname, '../..');
const SITE_URL = 'https://example.github.io';
const BASE_PATH = '/explainer/';
const readme = () => readFileSync(path.join(root, 'README.md'), 'utf8');

/** The ```nginx block of the README's "## Deploy" section. */
function readmeNginxBlock(): string {
  const text = readme();
  const start = text.indexOf('\n## Deploy\n');
  expect(start, 'README.md has a "## Deploy" section').toBeGreaterThan(-1);
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end === -1 ? undefined : end);
  const block = section.match(/```nginx\n([\s\S]*?)```/);
  expect(block, 'the Deploy section has an ```nginx server block').not.toBeNull();
  return block![1]!;
}

/** An edition's 404 page: 404.html at the root, uk/404.html for the Ukrainian edition. */
const isNotFound = (file: string) => /(^|\/)404\.html$/.test(file);

/** Every page of the build as the path a visitor opens, e.g. "/explainer/chapters/peace-plan/" (not an edition's 404.html). */
const pagesOf = (dir: string) =>
  listFiles(dir)
    .filter((f) => f.endsWith('.html') && !isNotFound(f) && !isStoryPart(f))
    .map((f) => urlOf(f, { site: SITE_URL, base: BASE_PATH }).pathname);

const hasNginx = nginxPath() !== undefined;

/** An embed page (a chart for other sites to frame): kept out of search results and the sitemap. */
const isEmbed = (pathname: string) => pathname.includes('/embed/') || pathname.startsWith('embed/');

const meta = (html: string, key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&');

describe('deploying under a sub-path: BASE_PATH=/explainer/', () => {
  let dir: string;
  let out: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'explainer-subpath-'));
    chmodSync(dir, 0o755); // nginx's workers run as nobody when the test runs as root
    out = path.join(dir, 'dist');
    buildSite({ siteUrl: SITE_URL, basePath: BASE_PATH, outDir: out });
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('carries 404.html, robots.txt, sitemap.xml, a favicon and a 1200×630 social image', () => {
    for (const f of ['index.html', '404.html', 'robots.txt', 'sitemap.xml', 'favicon.svg', 'social-card.png'])
      expect(existsSync(path.join(out, f)), f).toBe(true);
    const png = readFileSync(path.join(out, 'social-card.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}${BASE_PATH}sitemap.xml`);
  });

  it('lists exactly the published pages in sitemap.xml, as absolute URLs under the base', () => {
    const locs = [...readFileSync(path.join(out, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.sort()).toEqual(
      pagesOf(out)
        .filter((p) => !isEmbed(p) && !isWholeStoryPage(p))
        .map((p) => `${SITE_URL}${p}`)
        .sort(),
    );
    expect(pagesOf(out).filter(isEmbed).length, 'embed pages').toBeGreaterThanOrEqual(4);
    expect(locs).toContain(`${SITE_URL}${BASE_PATH}chapters/battlefield-claims/`);
    // Drafts are never built, so never listed.
    const drafts = listFiles(path.join(root, 'content/chapters'))
      .map((f) => readFileSync(path.join(root, 'content/chapters', f), 'utf8'))
      .filter((src) => /^draft:\s*true\s*$/m.test(src.split('\n---')[0] ?? ''))
      .map((src) => src.match(/^slug:\s*(\S+)/m)?.[1]);
    for (const slug of drafts) expect(locs.join('\n')).not.toContain(`/chapters/${slug}/`);
  });

  it('gives every page a canonical URL, Open Graph and Twitter cards and the CSP, all under the base', () => {
    for (const file of listFiles(out).filter((f) => f.endsWith('.html') && !isStoryPart(f))) {
      const html = readFileSync(path.join(out, file), 'utf8');
      const url = urlOf(file, { site: SITE_URL, base: BASE_PATH }).href;
      if (isNotFound(file) || isEmbed(file) || isWholeStoryPage(file)) {
        expect(html, file).toContain('<meta name="robots" content="noindex">');
        expect(html, file).not.toContain('rel="canonical"');
      } else {
        expect(html, file).toContain(`<link rel="canonical" href="${url}">`);
        expect(meta(html, 'og:url'), file).toBe(url);
      }
      // A chapter page names a card of its own (1200×630, in the build); every other page the explainer's card; each
      // in its edition's words (social/<slug>.uk.png, social-card.uk.png on a Ukrainian page).
      const [, uk, slug] = file
        .split(path.sep)
        .join('/')
        .match(/^(uk\/)?(?:chapters\/([^/]+)\/index\.html)?/)!;
      const tag = uk ? '.uk' : '';
      const card = slug ? `social/${slug}${tag}.png` : `social-card${tag}.png`;
      expect(meta(html, 'og:image'), file).toBe(`${SITE_URL}${BASE_PATH}${card}`);
      expect(meta(html, 'twitter:image'), file).toBe(`${SITE_URL}${BASE_PATH}${card}`);
      const png = readFileSync(path.join(out, card));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], card).toEqual([1200, 630]);
      expect(meta(html, 'twitter:card'), file).toBe('summary_large_image');
      for (const key of ['og:title', 'og:description', 'twitter:title', 'twitter:description'])
        expect(meta(html, key), `${file} ${key}`).toBeTruthy();
      expect(html, file).toContain(`<link rel="icon" href="${BASE_PATH}favicon.svg" type="image/svg+xml">`);
      const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1]?.replace(/&#39;/g, "'");
      expect(csp, `${file}: CSP meta`).toBeDefined();
      // Every fetch directive allows this origin at most: no host, scheme, 'unsafe-inline' or 'unsafe-eval'.
      for (const directive of csp!.split(';').map((d) => d.trim().split(/\s+/))) {
        expect(
          directive.slice(1).every((v) => v === "'self'" || v === "'none'"),
          `${file}: ${directive.join(' ')}`,
        ).toBe(true);
      }
      expect(csp).toMatch(/default-src 'self'/);
      expect(html.indexOf('http-equiv="Content-Security-Policy"'), `${file}: the CSP comes before any script or stylesheet`).toBeLessThan(
        html.search(/<script|<link rel="stylesheet"/),
      );
      expect(inlineCode(html), `${file}: inline code the CSP would block`).toEqual([]);
    }
  });

  it('has no broken link: every href and src resolves to a file (and id) of the build, under the base', () => {
    const report = checkLinks(out, { site: SITE_URL, base: BASE_PATH });
    expect(report.problems).toEqual([]);
    expect(report.checked).toBeGreaterThan(100);
  });

  describe.skipIf(!hasNginx)(
    hasNginx ? 'served by nginx' : `served by nginx: SKIPPED, no nginx on this machine (install it: \`${INSTALL_NGINX}\`, or set NGINX_PATH)`,
    () => {
      let nginx: Nginx;
      let browser: Launched;
      /** Responses of status 400 or more, and requests that failed, across every page the browser opens. */
      const failed: string[] = [];

      beforeAll(async () => {
        const block = readmeNginxBlock();
        expect(block, 'the README block listens on port 80').toContain('listen 80;');
        expect(block, 'the README block serves /srv/explainer/').toContain('/srv/explainer/');
        nginx = await startNginx(block.replace('listen 80;', 'listen PORT;').replaceAll('/srv/explainer/', `${out}/`), BASE_PATH);
        browser = await launch({ width: 1280, height: 800, reducedMotion: 'reduce' });
        browser.context.on('response', (r: Response) => {
          if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
        });
        browser.context.on('requestfailed', (r) => failed.push(`failed ${r.url()}: ${r.failure()?.errorText}`));
      });

      afterAll(async () => {
        await browser?.close();
        await nginx?.stop();
      });

      it('nginx answers every page with 200, and a missing path with 404 and the 404 page', async () => {
        for (const p of pagesOf(out)) expect((await fetch(`${nginx.origin}${p}`)).status, p).toBe(200);
        const missing = await fetch(`${nginx.origin}${BASE_PATH}no/such/page/`);
        expect(missing.status).toBe(404);
        expect(await missing.text()).toContain('Page not found');
        // Outside the base there is nothing: the site does not leak to the host's root.
        expect((await fetch(`${nginx.origin}/index.html`)).status).toBe(404);
      });

      it('lets any site frame an embed page, and only the site itself frame a story page', async () => {
        const embeds = pagesOf(out).filter(isEmbed);
        expect(embeds).toContain(`${BASE_PATH}embed/territory/`);
        for (const p of embeds) {
          const res = await fetch(`${nginx.origin}${p}`);
          expect(res.headers.get('x-frame-options'), p).toBeNull();
          expect(res.headers.get('content-security-policy'), p).toBe('frame-ancestors *');
        }
        for (const p of pagesOf(out).filter((q) => !isEmbed(q))) {
          const res = await fetch(`${nginx.origin}${p}`);
          expect(res.headers.get('x-frame-options'), p).toBe('SAMEORIGIN');
          expect(res.headers.get('content-security-policy'), p).toBe("frame-ancestors 'self'");
        }
        // The hashed assets keep their own header (nginx drops the inherited ones where a location sets its own).
        const css = (await fetch(`${nginx.origin}${BASE_PATH}embed/territory/`).then((r) => r.text())).match(/href="([^"]+\.css)"/)?.[1];
        expect((await fetch(`${nginx.origin}${css}`)).headers.get('cache-control')).toContain('immutable');
      });

      it('opens every page: no failed request, no console error, nothing from another host, every chart drawn', async () => {
        const pages = pagesOf(out);
        expect(pages.length).toBeGreaterThanOrEqual(4);
        const charts: string[] = [];
        for (const p of pages) {
          failed.length = 0;
          const w = await openWatched(browser, `${nginx.origin}${p}`);
          const drawn = await drawEveryChart(w.page);
          charts.push(...drawn.map((c) => `${p} ${c}`));
          await w.page.waitForLoadState('networkidle');
          expect({ page: p, failed, errors: w.errors, foreign: w.foreignRequests }).toEqual({ page: p, failed: [], errors: [], foreign: [] });
          await w.page.close();
        }
        // The front page and the battlefield chapter hold charts; every chart the chapters hold is drawn on the front page.
        expect(charts.filter((c) => c.startsWith(`${BASE_PATH} `)).map((c) => c.slice(BASE_PATH.length + 1))).toEqual(
          publishedScrollies().map((s) => s.chart),
        );
        expect(charts.some((c) => c.startsWith(`${BASE_PATH}chapters/battlefield-claims/ `))).toBe(true);
        // Every page of both editions, one after another on a machine that may be busy: minutes, not seconds.
      }, 240_000);

      it('shows the styled 404 page at a missing path at any depth, with working links', async () => {
        failed.length = 0;
        const w = await openWatched(browser, `${nginx.origin}${BASE_PATH}chapters/no-such-chapter/deeper/`);
        await w.page.waitForLoadState('networkidle');
        expect(await w.page.locator('h1').textContent()).toBe('Page not found');
        // The site's stylesheet loaded from under the base and its rules were read.
        const sheets = await w.page.evaluate(() => [...document.styleSheets].map((s) => ({ href: s.href, rules: s.cssRules.length })));
        expect(sheets.length).toBeGreaterThan(0);
        for (const s of sheets) expect(s.href?.startsWith(`${nginx.origin}${BASE_PATH}_assets/`) && s.rules > 10, JSON.stringify(s)).toBe(true);
        expect(failed.filter((f) => !f.includes('/no-such-chapter/'))).toEqual([]);
        expect(w.errors.filter((e) => !/404/.test(e))).toEqual([]);
        await w.page.locator('main a', { hasText: 'its front page' }).click();
        await w.page.waitForURL(`${nginx.origin}${BASE_PATH}`);
        await w.page.close();
      });

      it('enforces the CSP: an injected inline script is refused, and the refusal is reported', async () => {
        const w = await openWatched(browser, `${nginx.origin}${BASE_PATH}`);
        const ran = await w.page.evaluate(async () => {
          const refused = new Promise<boolean>((resolve) => {
            document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
            setTimeout(() => resolve(false), 2000);
          });
          const s = document.createElement('script');
          s.textContent = 'window.__inlineRan = true;';
          document.head.append(s);
          return { refused: await refused, ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
        });
        expect(ran).toEqual({ refused: true, ran: false });
        expect(w.errors.join('\n')).toMatch(/Content Security Policy/);
        await w.page.close();
      });
    },
  );
});

/** Scroll each scrolly section to its last step and wait until its chart has drawn that state. */
async function drawEveryChart(page: Page): Promise<string[]> {
  const sections = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('ex-scrolly')].map((s) => {
      const steps = [...s.querySelectorAll<HTMLElement>('[data-ex-step]')];
      const last = steps[steps.length - 1]!;
      return { chart: s.dataset.chart!, step: last.id, state: last.dataset.exStep! };
    }),
  );
  for (const s of sections) {
    await scrollStepToTrigger(page, s.step);
    await waitForRendered(page, s.chart, s.state);
  }
  return sections.map((s) => s.chart);
}

describe('hosting recipes kept in the repository', () => {
  it('GitHub Pages: the workflow builds with npm run build, BASE_PATH=/<repo>/ from configure-pages, and deploys dist/', () => {
    const wf = parseYaml(readFileSync(path.join(root, '.github/workflows/pages.yml'), 'utf8')) as {
      on: { push: { branches: string[] } };
      permissions: Record<string, string>;
      jobs: Record<
        string,
        { needs?: string; steps: { uses?: string; run?: string; id?: string; env?: Record<string, string>; with?: Record<string, unknown> }[] }
      >;
    };
    expect(wf.on.push.branches).toContain('main');
    expect(wf.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const uses = (name: string) => steps.find((s) => s.uses?.startsWith(`${name}@`));
    const pagesId = uses('actions/configure-pages')?.id;
    expect(pagesId).toBeTruthy();
    const build = steps.find((s) => s.run === 'npm run build');
    expect(build?.env?.BASE_PATH).toBe(`\${{ steps.${pagesId}.outputs.base_path }}/`);
    expect(build?.env?.SITE_URL).toBe(`\${{ steps.${pagesId}.outputs.origin }}`);
    expect(steps.indexOf(build!)).toBeGreaterThan(steps.findIndex((s) => s.run?.startsWith('npm ci')));
    expect(uses('actions/upload-pages-artifact')?.with?.path).toBe('dist');
    expect(uses('actions/deploy-pages')).toBeDefined();
    expect(Object.values(wf.jobs).find((j) => j.steps.includes(uses('actions/deploy-pages')!))?.needs).toBe('build');
  });

  it('nginx: the README’s server block listens on port 80 and serves /srv/explainer/ (the deploy test serves it word for word)', () => {
    const block = readmeNginxBlock();
    expect(block).toContain('listen 80;');
    expect(block).toContain('/srv/explainer/');
    expect(block).toMatch(/location \/explainer\/ \{/);
  });

  it('Netlify: netlify.toml builds with npm run build and publishes dist/', () => {
    const toml = readFileSync(path.join(root, 'netlify.toml'), 'utf8');
    const build = toml.match(/\[build\]\n([\s\S]*?)\n\n/)?.[1] ?? '';
    expect(build).toMatch(/^\s*publish = "dist"$/m);
    expect(build).toMatch(/^\s*command = '.*npm run build'$/m);
  });

  it('Netlify and Cloudflare Pages: the same framing rules, on paths that never overlap (every matching rule applies)', () => {
    const toml = readFileSync(path.join(root, 'netlify.toml'), 'utf8');
    const fromToml = [...toml.matchAll(/\[\[headers\]\]\n\s*for = "([^"]+)"\n\s*\[headers\.values\]\n((?:\s*[\w-]+ = "[^"]*"\n?)+)/g)].map((m) => ({
      path: m[1]!,
      headers: Object.fromEntries([...m[2]!.matchAll(/([\w-]+) = "([^"]*)"/g)].map((h) => [h[1]!, h[2]!])),
    }));
    const cf = readFileSync(path.join(root, 'public/_headers'), 'utf8');
    const fromCf = cf
      .split(/\n\s*\n/)
      .map((block) => block.split('\n').filter((l) => l.trim() && !l.startsWith('#')))
      .filter((lines) => lines.length)
      .map((lines) => ({
        path: lines[0]!.trim(),
        headers: Object.fromEntries(lines.slice(1).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()])),
      }));
    const framing = (rules: { path: string; headers: Record<string, string> }[]) =>
      rules
        .filter((r) => r.headers['Content-Security-Policy'] || r.headers['X-Frame-Options'])
        .map((r) => ({ path: r.path, csp: r.headers['Content-Security-Policy'], xfo: r.headers['X-Frame-Options'] }));
    const expected = [
      { path: '/', csp: "frame-ancestors 'self'", xfo: 'SAMEORIGIN' },
      { path: '/chapters/*', csp: "frame-ancestors 'self'", xfo: 'SAMEORIGIN' },
      { path: '/sources/*', csp: "frame-ancestors 'self'", xfo: 'SAMEORIGIN' },
      { path: '/embed/*', csp: 'frame-ancestors *', xfo: undefined },
      // The Ukrainian edition: the same rules under /uk/.
      { path: '/uk/', csp: "frame-ancestors 'self'", xfo: 'SAMEORIGIN' },
      { path: '/uk/chapters/*', csp: "frame-ancestors 'self'", xfo: 'SAMEORIGIN' },
      { path: '/uk/embed/*', csp: 'frame-ancestors *', xfo: undefined },
    ];
    expect(framing(fromToml)).toEqual(expected);
    expect(framing(fromCf)).toEqual(expected);
  });

  it('README: the Deploy section covers GitHub Pages, Netlify, Cloudflare Pages, S3 and nginx, each with its base path', () => {
    const text = readme();
    const section = text.slice(text.indexOf('\n## Deploy\n'), text.indexOf('\n## ', text.indexOf('\n## Deploy\n') + 1));
    for (const host of ['GitHub Pages', 'Netlify', 'Cloudflare Pages', 'S3 bucket', 'nginx']) {
      const sub = section.split(/\n### /).find((s) => s.startsWith(host) || s.startsWith(`An ${host}`));
      expect(sub, `### ${host}`).toBeDefined();
      expect(sub, `### ${host} says which BASE_PATH it needs`).toContain('BASE_PATH');
    }
  });
});
