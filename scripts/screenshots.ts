// Screenshots of the built site at phone and desktop widths, for looking at the design.
// Usage: npm run build && node scripts/screenshots.ts [outDir]
import { mkdirSync } from 'node:fs';
import { serveStatic } from '../tools/static-server.ts';
import { launch } from '../tools/chromium.ts';

const out = process.argv[2] ?? 'tmp/screens';
mkdirSync(out, { recursive: true });
const server = await serveStatic('dist');
for (const [name, width, height] of [
  ['phone', 390, 844],
  ['desktop', 1280, 800],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const b = await launch({ width, height, colorScheme: scheme, reducedMotion: 'reduce' });
    const page = await b.context.newPage();
    await page.goto(server.url);
    await page.screenshot({ path: `${out}/${name}-${scheme}-top.png` });
    for (const id of (process.env.STEPS ?? 'plan-military,territory-mod-vs-isw,territory-scale,cities-claims,attacks-largest-2025').split(',')) {
      await page.goto(`${server.url}#${id}`);
      await page.waitForTimeout(900);
      await page.screenshot({ path: `${out}/${name}-${scheme}-${id}.png` });
    }
    await b.close();
  }
}
await server.close();
console.log(`screenshots in ${out}`);
