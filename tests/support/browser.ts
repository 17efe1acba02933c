// Launches Debian's Chromium (or CHROME_PATH) through playwright-core. Browser downloads do not work on our
// machines, so nothing here fetches a browser: it finds one, or fails saying how to get one.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChrome(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install Debian\'s: `sudo apt-get install -y chromium` ' +
      '(it lands at /usr/bin/chromium), or point CHROME_PATH at a Chromium or Chrome binary.',
  );
}

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

/** A persistent context in a fresh, throw-away profile directory. */
export async function launch(options: { javaScriptEnabled?: boolean; reducedMotion?: 'reduce' | 'no-preference'; colorScheme?: 'light' | 'dark'; width?: number; height?: number } = {}): Promise<Launched> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'explainer-chrome-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChrome(),
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
