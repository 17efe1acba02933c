// Builds the site once and serves dist/ on a free loopback port for every browser test.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../tools/static-server';
import { findChrome } from '../../tools/chromium';
import { buildEnv } from '../support/build';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
  }
}

let server: StaticServer | undefined;

export async function setup(project: TestProject) {
  // Fail first, and clearly, when there is no browser; and unpack the npm package's Chromium once, here, if it is
  // the one in use (every test file then finds it unpacked).
  const chrome = await findChrome();
  console.log(`Browser tests: Chromium at ${chrome}`);
  const root = path.resolve(import.meta.dirname, '../..');
  const distDir = path.join(root, 'dist');
  execFileSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    // Without vitest's own MODE/DEV/PROD/BASE_URL, which would make this a dev build (no CSP, drafts in).
    env: buildEnv({ BASE_PATH: '/', SITE_URL: 'http://localhost' }),
  });
  server = await serveStatic(distDir);
  project.provide('siteUrl', server.url);
  project.provide('distDir', distDir);
}

export async function teardown() {
  await server?.close();
}
