import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
// temporary experiment (not committed)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { serveStatic } from '../tools/static-server.ts';
import { CHROME_ARGS, findChrome } from '../tools/chromium.ts';
const [dir, ...pages] = process.argv.slice(2);
const server = await serveStatic(dir!);
const peer = await serveStatic('/work/peer');
async function freePort(): Promise<number> { return new Promise((r) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => r(port)); }); }); }
async function run(url: string) {
  const port = await freePort();
  const profile = mkdtempSync(path.join(tmpdir(), 'lh-'));
  const chrome = spawn(await findChrome(), [...CHROME_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) { try { await fetch(`http://127.0.0.1:${port}/json/version`); break; } catch { await new Promise((r) => setTimeout(r, 100)); } }
  const res = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const l = res!.lhr; const a = (k: string) => Math.round(l.audits[k]?.numericValue ?? NaN);
  const bd = ((l.audits['mainthread-work-breakdown']?.details as any)?.items ?? []) as { group: string; duration: number }[];
  const sl = Math.round(bd.filter((i) => i.group === 'styleLayout').reduce((s, i) => s + i.duration, 0));
  const el = JSON.stringify(l.audits['largest-contentful-paint-element']?.details ?? {}).match(/"snippet":"(.{0,160})/)?.[1] ?? '';
  if (process.env.DUMP) require('node:fs').writeFileSync('/tmp/lhr.json', JSON.stringify(l)); chrome.kill(); await new Promise((r) => setTimeout(r, 300)); rmSync(profile, { recursive: true, force: true });
  return `${Math.round((l.categories.performance!.score ?? 0) * 100)} FCP ${a('first-contentful-paint')} LCP ${a('largest-contentful-paint')} TBT ${a('total-blocking-time')} SL ${sl} ${el.slice(0, 80)}`;
}
for (let i = 0; i < Number(process.env.RUNS ?? 2); i++) {
  console.log('peer', await run(`${peer.url}sticky-side/index.html`));
  for (const p of pages) console.log(p, await run(server.url + p));
}
await server.close(); await peer.close();
