// The editor's kit, end to end, on a copy of the project: a chapter from `npm run new:chapter` builds and appears in
// order; a new scroll-driven chart made of a chart file, a CSV dataset, a source and an MDX section (nothing in
// src/), each with its Ukrainian translation from `npm run translation:new`, builds and changes state as a reader
// scrolls, in both editions; a draft never reaches dist/ but shows in `npm run dev`; a
// mistake stops `astro build` with the checker's message; `?debug` in the dev server names each step's state.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../tools/chromium';
import { buildEnv } from '../support/build';
import { serveStatic } from '../../tools/static-server';
import { scrollStepToTrigger, waitForRendered, waitForStory } from '../support/page';
import { loadTestSite } from '../support/catalog';

const repo = path.resolve(import.meta.dirname, '../..');
const node = path.join(repo, 'node_modules/.bin/node');
const astro = path.join(repo, 'node_modules/astro/bin/astro.mjs');
const root = mkdtempSync(path.join(tmpdir(), 'explainer-editor-kit-'));

/** The project's sources, with node_modules linked entry by entry so Astro's caches stay in the copy. */
function copyProject() {
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'])
    if (existsSync(path.join(repo, entry))) cpSync(path.join(repo, entry), path.join(root, entry), { recursive: true });
  mkdirSync(path.join(root, 'node_modules'));
  for (const entry of readdirSync(path.join(repo, 'node_modules')))
    if (entry !== '.astro' && entry !== '.vite') symlinkSync(path.join(repo, 'node_modules', entry), path.join(root, 'node_modules', entry));
}

// Without vitest's MODE/DEV/NODE_ENV, which would make a dev build (see tests/support/build.ts).
const env = buildEnv({ BASE_PATH: '/', SITE_URL: 'http://localhost' });
const run = (args: string[]) => spawnSync(node, args, { cwd: root, encoding: 'utf8', env });
const build = () => run([astro, 'build']);
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

// What an editor writes to add a chart: a dataset kept in a spreadsheet, its source, a chart file and a section.
const NEW_CHART = {
  'content/data/datasets/sanctions.csv':
    'id,label,value,unit,kind,by,source,date,from\n' +
    'eu-packages-2025,EU sanctions packages adopted in 2025,3,points,official-count,Council of the EU,test-council-2025,2025-10-23,2025-01-01\n' +
    'eu-packages-2024,EU sanctions packages adopted in 2024,3,points,official-count,Council of the EU,test-council-2025,2024-12-16,2024-01-01\n',
  'content/charts/sanctions.yaml': [
    'kind: bar',
    'title: "EU sanctions packages by year"',
    'states:',
    '  this-year:',
    '    heading: "Packages adopted, {eu-packages-2025.period}"',
    '    caption: "{eu-packages-2025.by}: {eu-packages-2025.number} packages so far this year."',
    '    summary: "The {eu-packages-2025.by} adopted {eu-packages-2025.number} packages in {eu-packages-2025.period}."',
    '    axis: { unit: points, title: "Packages adopted" }',
    '    labels: number',
    '    bars:',
    '      - { label: "2025", value: eu-packages-2025 }',
    '  both-years:',
    '    heading: "Packages adopted, 2024 and 2025"',
    '    caption: "{eu-packages-2024.number} in 2024, {eu-packages-2025.number} in 2025 so far."',
    '    summary: "{eu-packages-2024.number} packages in 2024 and {eu-packages-2025.number} in 2025."',
    '    axis: { unit: points, title: "Packages adopted" }',
    '    labels: number',
    '    bars:',
    '      - { label: "2024", value: eu-packages-2024 }',
    '      - { label: "2025", value: eu-packages-2025, highlight: true }',
    '',
  ].join('\n'),
};
const NEW_SOURCE =
  '\n- id: "test-council-2025"\n  publisher: "Council of the EU"\n  title: "Timeline: sanctions against Russia"\n  url: "https://www.consilium.europa.eu/en/policies/sanctions-against-russia/timeline/"\n  published: "2025-10-23"\n';
// A correction to the new chapter, resting on a source that nothing else cites.
const NEW_CORRECTION =
  '\n- id: "corr-2026-12-01-test"\n  date: "2026-12-01"\n  chapter: "what-comes-next"\n  said: "The Council adopted two packages."\n  right: "The Council adopted {eu-packages-2025.number} packages in {eu-packages-2025.period}."\n  sources: ["test-council-corrected"]\n';
const CORRECTION_SOURCE =
  '\n- id: "test-council-corrected"\n  publisher: "Council of the EU (corrected)"\n  title: "Sanctions against Russia explained"\n  url: "https://www.consilium.europa.eu/en/policies/sanctions-against-russia-explained/"\n  published: "2025-10-24"\n';
const NEW_SECTION =
  '\n## Sanctions\n\n<Scrolly chart="sanctions">\n<Step state="this-year">\n\nThis year so far.\n\n</Step>\n<Step state="both-years">\n\nAnd the year before.\n\n</Step>\n</Scrolly>\n';

// Their Ukrainian words, beside them: what a translator writes into the files `npm run translation:new` makes.
const NEW_CHART_UK = {
  'content/data/datasets/sanctions.uk.yaml':
    'values:\n' +
    '  - id: eu-packages-2025\n    label: "Пакети санкцій ЄС, ухвалені у 2025 році"\n    by: "Рада ЄС"\n' +
    '  - id: eu-packages-2024\n    label: "Пакети санкцій ЄС, ухвалені у 2024 році"\n    by: "Рада ЄС"\n',
  'content/charts/sanctions.uk.yaml': [
    'title: "Пакети санкцій ЄС за роками"',
    'states:',
    '  this-year:',
    '    heading: "Ухвалені пакети, {eu-packages-2025.period}"',
    '    caption: "{eu-packages-2025.by}: цього року вже {eu-packages-2025.number}."',
    '    summary: "{eu-packages-2025.by} ухвалила {eu-packages-2025.number} пакети за період {eu-packages-2025.period}."',
    '    axis: { title: "Ухвалені пакети" }',
    '    bars:',
    '      - { label: "2025" }',
    '  both-years:',
    '    heading: "Ухвалені пакети, 2024 і 2025"',
    '    caption: "{eu-packages-2024.number} у 2024 році, {eu-packages-2025.number} у 2025-му досі."',
    '    summary: "{eu-packages-2024.number} пакети у 2024 році та {eu-packages-2025.number} у 2025-му."',
    '    axis: { title: "Ухвалені пакети" }',
    '    bars:',
    '      - { label: "2024" }',
    '      - { label: "2025" }',
    '',
  ].join('\n'),
};
const NEW_CORRECTION_UK =
  '\n- id: "corr-2026-12-01-test"\n  said: "Рада ухвалила два пакети."\n  right: "Рада ухвалила {eu-packages-2025.number} пакети за період {eu-packages-2025.period}."\n';
const NEW_SECTION_UK =
  '\n## Санкції\n\n<Scrolly chart="sanctions">\n<Step state="this-year">\n\nЦього року досі.\n\n</Step>\n<Step state="both-years">\n\nІ попереднього року.\n\n</Step>\n</Scrolly>\n';

beforeAll(() => {
  copyProject();
  expect(run([path.join(root, 'scripts/new-chapter.ts'), 'What comes next']).status).toBe(0);
  expect(run([path.join(root, 'scripts/new-chapter.ts'), 'Work in progress', '--draft']).status).toBe(0);
  for (const [file, text] of Object.entries(NEW_CHART)) writeFileSync(path.join(root, file), text);
  writeFileSync(path.join(root, 'content/data/sources.yaml'), read('content/data/sources.yaml') + NEW_SOURCE + CORRECTION_SOURCE);
  // Added to the published log, if there is one with entries; else the log is this one entry.
  const log = 'content/data/corrections.yaml';
  const entries = existsSync(path.join(root, log)) && /^- /m.test(read(log)) ? read(log) : '';
  writeFileSync(path.join(root, log), entries + NEW_CORRECTION);
  const chapter = readdirSync(path.join(root, 'content/chapters')).find((f) => f.includes('what-comes-next'))!;
  writeFileSync(path.join(root, 'content/chapters', chapter), read(`content/chapters/${chapter}`) + NEW_SECTION);
  // The translator's part: the new chapter's words (the template's paragraphs, then the new section), the chart's and
  // the dataset's, and the correction's.
  const translated = `content/chapters/${chapter.replace(/\.mdx$/, '.uk.mdx')}`;
  expect(run([path.join(root, 'scripts/translation-new.ts'), `content/chapters/${chapter}`]).status).toBe(0);
  const english = read(translated).slice(0, read(translated).indexOf('\n## Sanctions'));
  const [, frontmatter, body] = english.match(/^(---\n[\s\S]*?\n---\n)([\s\S]*)$/)!;
  writeFileSync(
    path.join(root, translated),
    frontmatter!.replace('title: "What comes next"', 'title: "Що далі"').replace(/standfirst: "/, 'standfirst: "Українською: ') +
      body!.replace(/^(?![<#\s])(.+)$/gm, 'Українською: $1').replace(/^## (.+)$/gm, '## Розділ: $1') +
      NEW_SECTION_UK,
  );
  for (const [file, text] of Object.entries(NEW_CHART_UK)) writeFileSync(path.join(root, file), text);
  const logUk = 'content/data/corrections.uk.yaml';
  writeFileSync(path.join(root, logUk), (existsSync(path.join(root, logUk)) ? read(logUk) : '') + NEW_CORRECTION_UK);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run build', () => {
  it('builds a chapter from the template in its place, and writes no draft', () => {
    const result = build();
    expect(result.status, result.stderr).toBe(0);
    const index = read('dist/index.html');
    const order = ['peace-plan', 'european-reactions', 'battlefield-claims', 'what-comes-next'].map((slug) =>
      index.indexOf(`<article class="ex-chapter" id="${slug}"`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(index).toContain('Chapter 4');
    expect(existsSync(path.join(root, 'dist/chapters/what-comes-next/index.html'))).toBe(true);
    const files = spawnSync('grep', ['-rl', '-e', 'work-in-progress', '-e', 'Work in progress', path.join(root, 'dist')], { encoding: 'utf8' });
    expect(files.stdout).toBe('');
    expect(existsSync(path.join(root, 'dist/data/territory.csv'))).toBe(true);
    expect(read('dist/data/sanctions.csv')).toContain('eu-packages-2024,EU sanctions packages adopted in 2024,3,points,');
    // The Ukrainian edition has the chapter too, in its words, with the same chart.
    const uk = read('dist/uk/chapters/what-comes-next/index.html');
    expect(uk).toContain('Що далі');
    expect(uk).toContain('data-chart="sanctions"');
    expect(uk).toContain('Пакети санкцій ЄС за роками');
  });

  it('shows a correction at the foot of its chapter, on both pages, in the whole log, with its source, and dates the pages by it', () => {
    // The whole story in one document (the front page's first document holds the chapters' headers only).
    const index = read('dist/one-page/index.html');
    const own = read('dist/chapters/what-comes-next/index.html');
    // The one-page story's sources and whole log are on its sources page.
    const sourcesPage = read('dist/sources/index.html');
    const words =
      /The page said:<\/span> The Council adopted two packages\.[\s\S]*?What is right:<\/span> The Council adopted 3 packages in 1 Jan–23 Oct 2025\./;
    const foot = index.slice(
      index.indexOf('<article class="ex-chapter" id="what-comes-next"'),
      index.indexOf('</article>', index.indexOf('id="what-comes-next"')),
    );
    expect(foot).toContain('id="what-comes-next-corrections"');
    expect(foot).toMatch(/<time datetime="2026-12-01"[^>]*>1 December 2026<\/time>/);
    expect(foot).toMatch(words);
    expect(sourcesPage).toMatch(/<h2 id="corrections"[^>]*>\s*Corrections\s*<\/h2>/);
    expect(sourcesPage).toMatch(/1 December 2026<\/time>\s*·\s*<a href="\/#what-comes-next"[^>]*>\s*Chapter \d+, What comes next/);
    expect(sourcesPage).toMatch(words);
    expect(own).toMatch(/<h2 id="corrections"[^>]*>\s*Corrections\s*<\/h2>/);
    expect(own).toMatch(words);
    // The source behind it is in the source lists, where its links point: the chapter's own page holds its list, the
    // one-page story links to its sources page.
    expect(own).toContain('href="#source-test-council-corrected"');
    expect(own).toContain('id="source-test-council-corrected"');
    expect(index).toContain('href="/sources/#source-test-council-corrected"');
    expect(sourcesPage).toContain('href="#source-test-council-corrected"');
    expect(sourcesPage).toContain('id="source-test-council-corrected"');
    // Every other chapter shows no corrections of its own unless the log holds some for it.
    expect(read('dist/chapters/peace-plan/index.html').includes('id="corrections"')).toBe(
      /chapter: "peace-plan"/.test(read('content/data/corrections.yaml')),
    );
    const lastmod = (p: string) => read('dist/sitemap.xml').match(new RegExp(`<loc>http://localhost${p}</loc><lastmod>([\\d-]+)</lastmod>`))![1]!;
    expect(lastmod('/chapters/what-comes-next/')).toBe('2026-12-01');
    expect(lastmod('/') >= '2026-12-01').toBe(true);
  });

  it('draws the editor’s new chart, and changes its state as the reader scrolls', async () => {
    const server = await serveStatic(path.join(root, 'dist'));
    const browser = await launch({ width: 1280, height: 800 });
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url);
      await waitForStory(page);
      for (const state of ['this-year', 'both-years', 'this-year']) {
        await scrollStepToTrigger(page, `sanctions-${state}`);
        await waitForRendered(page, 'sanctions', state);
      }
      const section = page.locator('ex-scrolly[data-chart="sanctions"]');
      expect(await section.locator('[data-ex-caption]').textContent()).toBe('Council of the EU: 3 packages so far this year.');
      expect(await section.locator('canvas').getAttribute('aria-label')).toBe('The Council of the EU adopted 3 packages in 1 Jan–23 Oct 2025.');
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('stops on a mistake with the file, line, column and hint, before writing anything', () => {
    const broken = 'content/chapters/09-broken.mdx';
    writeFileSync(
      path.join(root, broken),
      '---\ntitle: "Broken"\norder: 9\nslug: broken\nstandfirst: "A chapter with two mistakes."\n---\n\nISW estimated <Fig id="isw-sept" />.\n\n<Scrolly chart="teritory">\n<Step state="x">\n\nText.\n\n</Step>\n</Scrolly>\n',
    );
    rmSync(path.join(root, 'dist'), { recursive: true, force: true });
    try {
      const result = build();
      const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
      expect(result.status).not.toBe(0);
      // The suggestions and the list of charts follow content/, so they are read from it rather than typed here.
      const message = output.slice(output.indexOf('2 content mistakes'), output.indexOf('  Location:')).trimEnd();
      // The copy holds the published charts and the editor's new one.
      const charts = [...loadTestSite().charts.keys(), 'sanctions'] // in the order of their files' names
        .sort((a, b) => (`${a}.yaml` < `${b}.yaml` ? -1 : 1))
        .map((c) => `\`${c}\``)
        .join(', ');
      expect(message.split('\n').map((l) => l.trim())).toEqual([
        '2 content mistakes stop the build:',
        'content/chapters/09-broken.mdx:8:20 — <Fig id>: no value has the id `isw-sept`.',
        '8 | ISW estimated <Fig id="isw-sept" />.',
        '|                    ^^^^^^^^^^^^^',
        expect.stringMatching(/^hint: value ids live in content\/data\/datasets\/\. Did you mean `isw-[a-z0-9-]+`\?$/),
        'content/chapters/09-broken.mdx:10:10 — <Scrolly chart>: unknown chart `teritory`.',
        '10 | <Scrolly chart="teritory">',
        '|          ^^^^^^^^^^^^^^^^',
        `hint: charts are the files in content/charts/: ${charts}. Did you mean \`territory\`?`,
      ]);
      expect(existsSync(path.join(root, 'dist'))).toBe(false);
    } finally {
      rmSync(path.join(root, broken));
    }
  });
});

describe('npm run dev', () => {
  let server: ChildProcess | undefined;
  let url = '';

  beforeAll(async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    server = spawn(node, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore', env });
    url = `http://127.0.0.1:${port}/`;
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(url).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the dev server did not answer within 20 s');
  });
  afterAll(() => {
    server?.kill();
  });

  it('shows drafts', async () => {
    const html = await (await fetch(url)).text();
    expect(html).toContain('id="work-in-progress"');
    expect(html).toContain('id="what-comes-next"');
  });

  it('draws the debug view with ?debug, and only then', async () => {
    const browser = await launch({ width: 1280, height: 800 });
    try {
      const page = await browser.context.newPage();
      // The dev server may reload the page once, after optimising a dependency on first use: poll, do not wait once.
      const until = async (test: () => boolean, what: string) => {
        for (let i = 0; i < 100; i++) {
          if (await page.evaluate(test).catch(() => false)) return;
          await page.waitForTimeout(100);
        }
        const seen = await page.evaluate(
          () => `${location.href}; scrolled ${Math.round(scrollY)} px; ${document.querySelector('.ex-debug-panel')?.textContent ?? 'no debug panel'}`,
        );
        throw new Error(`timed out waiting for ${what}: ${seen}`);
      };
      // Only wait for the response: a reload for a freshly optimised dependency can hold the load event back. A
      // navigation begun while the dev page is still starting can be aborted by the browser (net::ERR_ABORTED, or no
      // commit at all): try it again, a few times, rather than once.
      const open = async (address: string) => {
        for (let attempt = 1; ; attempt++) {
          try {
            await page.goto(address, { waitUntil: 'commit', timeout: 10_000 });
            return;
          } catch (error) {
            if (attempt === 3) throw error;
            await page.waitForTimeout(500);
          }
        }
      };
      await open(url);
      await until(() => !!document.querySelector('ex-scrolly[data-state]'), 'the scrolly sections to start');
      expect(await page.locator('.ex-debug').count()).toBe(0);
      await open(`${url}?debug`);
      await until(() => !!document.querySelector('.ex-debug-panel'), 'the debug view');
      // Scrolled again on each try: loading Chart.js may make the dev server reload the page once more.
      await until(() => {
        const step = document.getElementById('territory-putin-vs-isw');
        if (step) window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2 + 20);
        return !!document.querySelector('.ex-debug-panel')?.textContent?.includes('#territory-putin-vs-isw');
      }, 'the debug panel to name the step');
      const panel = await page.locator('.ex-debug-panel').textContent();
      expect(panel).toMatch(/^territory: step 2 of 4 \(#territory-putin-vs-isw\) · state putin-vs-isw · drawn /);
      expect(await page.locator('.ex-debug-line span').textContent()).toBe('trigger line: 50% of the viewport (400 px)');
      expect(await page.locator('.ex-debug-tag[data-active]').first().textContent()).toContain(
        '#territory-putin-vs-isw · state putin-vs-isw · ACTIVE',
      );
    } finally {
      await browser.close();
    }
  });
});
