// npm run bench: build the site, serve dist/, and print what it weighs and how it performs.
// Figures, not pass/fail: compare them with the budgets in README.md ("Performance").
// Lighthouse and the page measurements use the Chromium that tools/chromium.ts finds (CHROME_PATH, a system
// Chromium, else the npm package's); nothing here downloads a browser.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serveStatic } from '../tools/static-server.ts';
import { CHROME_ARGS, findChrome, launch } from '../tools/chromium.ts';
import { CLS_BUDGET, scrollLayoutShift } from '../tools/layout-shift.ts';
import { repeatStory } from '../tools/repeat-story.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

// 1. Build, timed.
const t0 = performance.now();
execFileSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: 'ignore' });
const buildSeconds = (performance.now() - t0) / 1000;

// The pictures the build made: every bar-chart state (light and dark) and the chapters' social cards.
const pngsIn = (dir: string) => {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')) : [];
  return { count: files.length, bytes: files.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0) };
};
const statePictures = pngsIn(path.join(dist, '_assets/charts'));
const socialCards = pngsIn(path.join(dist, 'social'));

const server = await serveStatic(dist);
const fileFor = (url: string) => path.join(dist, new URL(url).pathname);
const weigh = (urls: Iterable<string>) => {
  let raw = 0;
  let gzip = 0;
  for (const u of urls) {
    const buf = readFileSync(fileFor(u));
    raw += buf.length;
    gzip += gz(buf);
  }
  return { raw, gzip };
};

/** The one-page story's chapter bodies are laid in after its first screen (src/client/story-parts.ts). */
const storyComplete = () => !document.querySelector('[data-ex-part]');

// 2. What the page loads: JavaScript before the first chart nears the viewport, then after a full scroll.
const browser = await launch({ width: 390, height: 844 });
const page = await browser.context.newPage();
const scripts = new Set<string>();
const styles = new Set<string>();
const picturesLoaded = new Set<string>();
page.on('response', (r) => {
  const type = r.headers()['content-type'] ?? '';
  if (r.url().includes('/_assets/charts/')) picturesLoaded.add(r.url());
  if (type.includes('javascript')) scripts.add(r.url());
  if (type.includes('text/css')) styles.add(r.url());
});
await page.goto(server.url, { waitUntil: 'load' });
await page.waitForFunction(storyComplete, undefined, { timeout: 30_000 });
await page.waitForTimeout(1000);
const jsBefore = weigh(scripts);
/** How long after the load event every part is in (the mark story-parts.ts sets): until then, find-in-page reaches only the first document. */
const wholeAfterLoad = () => {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  return performance.getEntriesByName('ex:story-complete')[0]!.startTime - nav.loadEventEnd;
};
const storyWholeAfter = [await page.evaluate(wholeAfterLoad)];
// The same at 4× CPU slowdown, as Lighthouse's phone.
{
  const slow = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(slow);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await slow.goto(server.url, { waitUntil: 'load' });
  await slow.waitForFunction(storyComplete, undefined, { timeout: 30_000 });
  storyWholeAfter.push(await slow.evaluate(wholeAfterLoad));
  await slow.close();
}
for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 400) {
  await page.evaluate((top) => window.scrollTo(0, top), y);
  await page.waitForTimeout(30);
}
await page.waitForTimeout(1000);
const jsTotal = weigh(scripts);
const css = weigh(styles);
// The story's first document (its frame and the chapters' headers), its parts, and the whole story in one document.
const html = readFileSync(path.join(dist, 'index.html'));
const wholeHtml = readFileSync(path.join(dist, 'one-page/index.html'));
const partFiles = readdirSync(path.join(dist, 'parts')).map((slug) => readFileSync(path.join(dist, 'parts', slug, 'index.html')));
// An embed page (one chart, framed by other sites): all the JavaScript it loads, and any picture it fetches.
const embedPage = await browser.context.newPage();
const embedScripts = new Set<string>();
const embedPictures = new Set<string>();
embedPage.on('response', (r) => {
  if (r.url().includes('/_assets/charts/')) embedPictures.add(r.url());
  if ((r.headers()['content-type'] ?? '').includes('javascript')) embedScripts.add(r.url());
});
await embedPage.goto(`${server.url}embed/territory/`, { waitUntil: 'load' });
await embedPage.waitForFunction(() => document.querySelector('ex-embed')?.hasAttribute('data-rendered-state'), undefined, { timeout: 10_000 });
const embedJs = weigh(embedScripts);
await embedPage.close();
// Layout shift over a top-to-bottom scroll, on the phone (a fresh page) and below on the desktop.
const phoneCls = await scrollLayoutShift(browser, server.url);
await browser.close();

// 3. Long tasks while scrolling on a desktop, wheel tick by wheel tick.
const desk = await launch({ width: 1280, height: 800 });
const dpage = await desk.context.newPage();
await dpage.goto(server.url, { waitUntil: 'load' });
await dpage.waitForFunction(storyComplete, undefined, { timeout: 30_000 });
await dpage.evaluate(() => {
  (window as unknown as { longTasks: number[] }).longTasks = [];
  new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => (window as unknown as { longTasks: number[] }).longTasks.push(e.duration)),
  ).observe({ type: 'longtask' });
});
await dpage.mouse.move(640, 400);
const height = await dpage.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0; y < height; y += 120) {
  await dpage.mouse.wheel(0, 120);
  await dpage.waitForTimeout(16);
}
await dpage.waitForTimeout(500);
const longTasks = await dpage.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
// A step change: time from the scroll that crosses a step to the chart having drawn it.
const redraw = await dpage.evaluate(async () => {
  const step = document.getElementById('territory-putin-vs-isw')!;
  const host = step.closest('ex-scrolly') as HTMLElement;
  window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.5 - 200);
  await new Promise((r) => setTimeout(r, 300));
  const start = performance.now();
  window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.5 + 20);
  while (host.dataset.renderedState !== 'putin-vs-isw' && performance.now() - start < 2000) await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - start;
});
const desktopCls = await scrollLayoutShift(desk, server.url);
await desk.close();

// 4. Lighthouse, against a Chromium we start ourselves.
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

interface LighthouseRun {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Lighthouse's main-thread breakdown, at its simulated 4× CPU slowdown (mobile). */
  styleLayout: number;
  script: number;
  failing: string;
}

async function runLighthouse(url: string, form: 'mobile' | 'desktop', onlyPerformance = false): Promise<LighthouseRun> {
  const port = await freePort();
  const profile = mkdtempSync(path.join(tmpdir(), 'explainer-lh-'));
  const chrome = spawn(await findChrome(), [...CHROME_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(`http://127.0.0.1:${port}/json/version`);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const flags = { port, output: 'json' as const, logLevel: 'error' as const, ...(onlyPerformance ? { onlyCategories: ['performance'] } : {}) };
    const result = await lighthouse(url, flags, form === 'desktop' ? desktopConfig : undefined);
    const lhr = result!.lhr;
    const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const audit = (a: string) => lhr.audits[a]?.numericValue ?? NaN;
    const breakdown =
      (lhr.audits['mainthread-work-breakdown']?.details as { items?: { group: string; duration: number }[] } | undefined)?.items ?? [];
    const group = (...ids: string[]) => breakdown.filter((i) => ids.includes(i.group)).reduce((sum, i) => sum + i.duration, 0);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      styleLayout: group('styleLayout'),
      script: group('scriptEvaluation', 'scriptParseCompile'),
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id)
        .join(', '),
    };
  } finally {
    // Remove the profile once Chromium has gone: removed while it still writes, the folder is left behind.
    if (chrome.exitCode === null && chrome.signalCode === null) {
      const exited = new Promise((resolve) => chrome.once('exit', resolve));
      chrome.kill();
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  }
}

// 5. Load cost, page by page: Lighthouse mobile (simulated throttling, performance only), BENCH_RUNS runs of each page
// (3 by default), taken in rounds so a busy machine weighs on every page alike; medians are printed.
// The pages: the whole story, each chapter's own page, the whole story repeated three times (the growth check: a
// copy of the project built in a temporary folder, never in content/), and a peer page if PEER_PAGE names one
// (for example scrollama's sticky-side demo with its d3 copied beside it: PEER_PAGE=/work/peer/sticky-side/index.html).
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const chapterSlugs = readdirSync(path.join(dist, 'chapters')).filter((d) => existsSync(path.join(dist, 'chapters', d, 'index.html')));
const chapterOrder = (slug: string) => readFileSync(path.join(dist, 'chapters', slug, 'index.html'), 'utf8').match(/Chapter (\d+)<\/p>/)?.[1] ?? '99';
chapterSlugs.sort((a, b) => Number(chapterOrder(a)) - Number(chapterOrder(b)));
const TIMES = 3;
const grownRoot = repeatStory(root, TIMES);
const tg = performance.now();
execFileSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: grownRoot, stdio: 'ignore' });
const grownBuildSeconds = (performance.now() - tg) / 1000;
const grownServer = await serveStatic(path.join(grownRoot, 'dist'));
const grownHtml = readFileSync(path.join(grownRoot, 'dist/index.html'));
const grownWholeHtml = readFileSync(path.join(grownRoot, 'dist/one-page/index.html'));
const peerFile = process.env.PEER_PAGE;
const peerServer = peerFile && existsSync(peerFile) ? await serveStatic(path.dirname(path.dirname(peerFile))) : undefined;
const loadPages: Record<string, string> = {
  ...(peerServer
    ? {
        [`peer: ${path.basename(path.dirname(peerFile!))}`]: `${peerServer.url}${path.basename(path.dirname(peerFile!))}/${path.basename(peerFile!)}`,
      }
    : {}),
  'whole story /': server.url,
  ...Object.fromEntries(chapterSlugs.map((s) => [`/chapters/${s}/`, `${server.url}chapters/${s}/`])),
  [`whole story ×${TIMES}`]: grownServer.url,
  // The Ukrainian edition: the same budgets (issue 18).
  ...(existsSync(path.join(dist, 'uk/index.html'))
    ? {
        'Ukrainian story /uk/': `${server.url}uk/`,
        ...Object.fromEntries(chapterSlugs.map((s) => [`/uk/chapters/${s}/`, `${server.url}uk/chapters/${s}/`])),
      }
    : {}),
};
const whole = 'whole story /';
const grown = `whole story ×${TIMES}`;
// The growth check compares two medians a few milliseconds apart, and on a shared 2-core machine one median of 3
// runs moves by about a tenth from one bench to the next: as much as the goal allows. Its two pages get more runs
// (BENCH_GROWTH_RUNS, 7 by default), in rounds of their own after everyone's.
const GROWTH_RUNS = Math.max(RUNS, Number(process.env.BENCH_GROWTH_RUNS ?? 7));
const runs: Record<string, LighthouseRun[]> = Object.fromEntries(Object.keys(loadPages).map((k) => [k, []]));
for (let round = 0; round < GROWTH_RUNS; round++) {
  for (const [name, url] of Object.entries(loadPages))
    if (round < RUNS || name === whole || name === grown) runs[name]!.push(await runLighthouse(url, 'mobile', true));
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
/** The median of a page's first `n` runs: every page's table row and ratio are of the rounds all pages share. */
const med = (name: string, key: 'fcp' | 'lcp' | 'tbt' | 'styleLayout' | 'script' | 'performance' | 'cls', n = RUNS) =>
  median(runs[name]!.slice(0, n).map((r) => r[key]));
const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;
const loadTable = Object.fromEntries(
  Object.keys(loadPages).map((name) => [
    name,
    {
      'score (each run)': runs[name]!.slice(0, RUNS)
        .map((r) => r.performance)
        .join(' / '),
      FCP: ms(med(name, 'fcp')),
      LCP: ms(med(name, 'lcp')),
      TBT: ms(med(name, 'tbt')),
      'style & layout': ms(med(name, 'styleLayout')),
      script: ms(med(name, 'script')),
      CLS: med(name, 'cls').toFixed(3),
    },
  ]),
);
const ukWhole = 'Ukrainian story /uk/';
const ukFirst = `/uk/chapters/${chapterSlugs[0]}/`;
const first = `/chapters/${chapterSlugs[0]}/`;
const peer = Object.keys(loadPages).find((k) => k.startsWith('peer'));
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : 'n/a');
const growth = (key: 'lcp' | 'tbt' | 'styleLayout') => {
  const a = med(whole, key, GROWTH_RUNS);
  const b = med(grown, key, GROWTH_RUNS);
  return { '×1': ms(a), [`×${TIMES}`]: ms(b), change: `${a ? (((b - a) / a) * 100).toFixed(0) : 'n/a'} %`, goal: 'within 10 %' };
};

// 6. Lighthouse with every category, once, on the whole story: mobile and desktop.
const mobile = await runLighthouse(server.url, 'mobile');
const desktop = await runLighthouse(server.url, 'desktop');
await server.close();
await grownServer.close();
await peerServer?.close();
rmSync(grownRoot, { recursive: true, force: true });
const categories = ({ fcp, lcp, tbt, cls, styleLayout, script, ...rest }: LighthouseRun) => ({
  ...rest,
  'LCP ms': Math.round(lcp),
  'TBT ms': Math.round(tbt),
  CLS: Number(cls.toFixed(3)),
  'style & layout ms': Math.round(styleLayout),
  'script ms': Math.round(script),
  'FCP ms': Math.round(fcp),
});

console.log('\nExplainer benchmark');
console.table({
  'build (s)': { value: buildSeconds.toFixed(1), budget: '< 20' },
  'state pictures (light + dark)': { value: statePictures.count, raw: kb(statePictures.bytes) },
  'social cards': { value: socialCards.count, raw: kb(socialCards.bytes) },
  'state pictures fetched with JS (phone, full scroll)': { value: picturesLoaded.size, raw: kb(weigh(picturesLoaded).raw), budget: '0' },
  'JS before first graphic (gzip)': { value: kb(jsBefore.gzip), raw: kb(jsBefore.raw), budget: '≤ 10 KB' },
  'JS in total (gzip)': { value: kb(jsTotal.gzip), raw: kb(jsTotal.raw), budget: '≤ 65 KB' },
  'embed page JS, chart drawn (gzip)': { value: kb(embedJs.gzip), raw: kb(embedJs.raw), budget: '≤ 65 KB' },
  'state pictures fetched by an embed page with JS': { value: embedPictures.size, budget: '0' },
  'embed.js (gzip)': { value: kb(gz(readFileSync(path.join(dist, 'embed.js')))), raw: kb(statSync(path.join(dist, 'embed.js')).size) },
  'CSS (gzip)': { value: kb(css.gzip), raw: kb(css.raw) },
  'HTML: the story’s first document (gzip)': { value: kb(gz(html)), raw: kb(html.length), budget: 'flat in story length' },
  'HTML: its parts, laid in after the first screen (gzip)': {
    value: kb(partFiles.reduce((n, f) => n + gz(f), 0)),
    raw: kb(partFiles.reduce((n, f) => n + f.length, 0)),
  },
  'HTML: the whole story in one document, /one-page/ (gzip)': { value: kb(gz(wholeHtml)), raw: kb(wholeHtml.length) },
  'every part in, after the load event (phone; at 4× CPU slowdown), ms': {
    value: Math.round(storyWholeAfter[0]!),
    raw: Math.round(storyWholeAfter[1]!),
    budget: 'until then, find-in-page reaches the first document only',
  },
  'layout shift, scroll top to bottom (phone 390 px)': {
    value: phoneCls.cls.toFixed(4),
    raw: `${phoneCls.shifts.length} shifts`,
    budget: `< ${CLS_BUDGET}`,
  },
  'layout shift, scroll top to bottom (desktop 1280 px)': {
    value: desktopCls.cls.toFixed(4),
    raw: `${desktopCls.shifts.length} shifts`,
    budget: `< ${CLS_BUDGET}`,
  },
  'long tasks while scrolling (desktop)': {
    value: longTasks.length,
    raw: longTasks.length ? `max ${Math.round(Math.max(...longTasks))} ms` : '',
    budget: '0',
  },
  'step change → chart drawn (ms)': { value: redraw.toFixed(0), budget: '≈ one frame' },
});
console.log('Lighthouse, whole story, every category');
console.table({ mobile: categories(mobile), desktop: categories(desktop) });
console.log(
  `Load cost: Lighthouse mobile (simulated throttling, 4× CPU), median of ${RUNS} run(s) each, taken in rounds (the growth check's two pages run ${GROWTH_RUNS} times)`,
);
console.table(loadTable);
console.table({
  'style & layout: whole story / first chapter': { value: ratio(med(whole, 'styleLayout'), med(first, 'styleLayout')), goal: '≤ 1.3' },
  'TBT of the whole story': { value: ms(med(whole, 'tbt')), goal: '≤ 50 ms' },
  ...(peer ? { 'LCP: whole story / peer page': { value: ratio(med(whole, 'lcp'), med(peer, 'lcp')), goal: '≤ 0.8' } } : {}),
  ...(runs[ukWhole]
    ? {
        'style & layout: Ukrainian story / its first chapter': {
          value: ratio(med(ukWhole, 'styleLayout'), med(ukFirst, 'styleLayout')),
          goal: '≤ 1.3',
        },
        'TBT of the Ukrainian story': { value: ms(med(ukWhole, 'tbt')), goal: '≤ 50 ms' },
        ...(peer ? { 'LCP: Ukrainian story / peer page': { value: ratio(med(ukWhole, 'lcp'), med(peer, 'lcp')), goal: '≤ 0.8' } } : {}),
      }
    : {}),
});
console.log(
  `Growth check, medians of ${GROWTH_RUNS} runs: the story repeated ×${TIMES} (${chapterSlugs.length * TIMES} chapters, built in ${grownBuildSeconds.toFixed(1)} s; first document ${kb(gz(grownHtml))} gzip against ${kb(gz(html))} at ×1; whole story ${kb(gz(grownWholeHtml))} gzip)`,
);
console.table({ LCP: growth('lcp'), TBT: growth('tbt'), 'style & layout': growth('styleLayout') });
if (!peer)
  console.log("No peer page: set PEER_PAGE to an HTML file (e.g. scrollama's docs/sticky-side/index.html, its d3 copied beside it) to compare.");
