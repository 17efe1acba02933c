// Runs `astro build` from a test. Vitest exports its own import.meta.env to process.env (MODE=test, DEV=1, PROD='',
// BASE_URL=/ …); a child build that inherits them is built as a dev build (no CSP meta, drafts included) for the
// wrong base. So the build gets the environment without them, plus what the caller sets.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const LEAKED = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST'];

export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !LEAKED.includes(k) && !k.startsWith('VITEST_')));
  return { ...env, ...extra };
}

/** `astro build` with SITE_URL and BASE_PATH, into outDir (dist/ when not given). */
export function buildSite(options: { siteUrl: string; basePath: string; outDir?: string }): void {
  const args = [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...(options.outDir ? ['--outDir', options.outDir] : [])];
  execFileSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: buildEnv({ SITE_URL: options.siteUrl, BASE_PATH: options.basePath }),
  });
}
