// The one place that finds and launches Chromium, for the browser tests and for scripts/ (bench, screenshots).
// Order: CHROME_PATH if set; else a system Chromium or Chrome (Debian's /usr/bin/chromium first, then the usual
// names on PATH); else the Chromium of the `@sparticuz/chromium` devDependency, which comes from the npm registry
// with `npm ci` and unpacks itself once (about 1.3 s) into a folder under the temp directory. Nothing here
// downloads a browser.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type BrowserContext } from 'playwright-core';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const isExecutable = (file: string) => {
  try {
    return statSync(file).isFile() && (statSync(file).mode & 0o111) !== 0;
  } catch {
    return false;
  }
};

/** A system Chromium or Chrome: a known path, else one of the usual names on PATH; undefined if none. */
export function systemChrome(paths: readonly string[] = SYSTEM_PATHS, searchPath = process.env.PATH ?? ''): string | undefined {
  const found = paths.find(isExecutable);
  if (found) return found;
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    for (const name of SYSTEM_NAMES) if (isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

let npmChromePromise: Promise<string> | undefined;

/**
 * The Chromium of `@sparticuz/chromium`, unpacked once per version into `<tmp>/explainer-chromium-<version>/`.
 * The package unpacks into `os.tmpdir()` itself, where another process could see a half-written binary; so the
 * unpacking runs in a child process whose TMPDIR is a fresh staging folder, which is then renamed into place in
 * one step (whoever renames first wins; the others use that copy).
 */
export function npmChrome(): Promise<string> {
  npmChromePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    let entry: string;
    try {
      entry = require.resolve('@sparticuz/chromium');
    } catch {
      throw new Error(noBrowser('@sparticuz/chromium is not installed either (run `npm ci`).'));
    }
    const pkg = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
    const home = path.join(tmpdir(), `explainer-chromium-${pkg.version}`);
    const binary = path.join(home, 'chromium');
    const done = path.join(home, '.unpacked');
    if (existsSync(done) && isExecutable(binary)) return binary;

    const staging = mkdtempSync(path.join(tmpdir(), 'explainer-chromium-staging-'));
    try {
      const script = `const m = await import(${JSON.stringify(pathToFileURL(entry).href)}); console.log(await m.default.executablePath());`;
      const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, TMPDIR: staging },
      });
      if (stdout.trim() !== path.join(staging, 'chromium')) throw new Error(`@sparticuz/chromium unpacked to ${stdout.trim()}, not into ${staging}`);
      writeFileSync(path.join(staging, '.unpacked'), `${pkg.version}\n`);
      try {
        renameSync(staging, home); // `home` only ever appears whole, with its .unpacked mark
      } catch (e) {
        if (!(existsSync(done) && isExecutable(binary))) throw e; // someone else renamed theirs first: use it
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    return binary;
  })();
  npmChromePromise.catch(() => (npmChromePromise = undefined));
  return npmChromePromise;
}

const noBrowser = (why: string) =>
  `No Chromium found for the browser tests. ${why} Install Debian's (\`apt-get install -y chromium\`, at /usr/bin/chromium), ` +
  'or point CHROME_PATH at a Chromium or Chrome binary.';

let chromePromise: Promise<string> | undefined;

/** The order, apart from where each candidate comes from: CHROME_PATH, else a system one, else the npm package's. */
export async function chooseChrome(from: { chromePath?: string; system: () => string | undefined; npm: () => Promise<string> }): Promise<string> {
  if (from.chromePath) {
    if (existsSync(from.chromePath)) return from.chromePath;
    throw new Error(`CHROME_PATH is set to ${from.chromePath}, but no file is there.`);
  }
  return from.system() ?? (await from.npm());
}

/** The Chromium to use: CHROME_PATH, else a system one, else the npm package's. Cached for the process. */
export function findChrome(): Promise<string> {
  chromePromise ??= chooseChrome({ chromePath: process.env.CHROME_PATH, system: () => systemChrome(), npm: npmChrome });
  chromePromise.catch(() => (chromePromise = undefined));
  return chromePromise;
}

/**
 * Our flags, for every Chromium we launch (the npm package's too: its own `args` are for AWS Lambda, e.g.
 * --single-process and --disable-web-security, and it needs none of them to run headless here).
 */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Launched {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  javaScriptEnabled?: boolean;
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  width?: number;
  height?: number;
  /** A Chromium binary; by default the one findChrome() picks. */
  executablePath?: string;
}

/** A persistent context in a fresh, throw-away profile directory. */
export async function launch(options: LaunchOptions = {}): Promise<Launched> {
  const executablePath = options.executablePath ?? (await findChrome());
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'explainer-chrome-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROME_ARGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
