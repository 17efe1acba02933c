// axe-core in real Chromium: every page, phone and desktop widths, light and dark themes, before and after
// the charts have drawn. Zero violations is the bar.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from '../../tools/chromium';
import { builtPages } from '../support/pages';
import { scrollStepToTrigger, waitForRendered, waitForStory } from '../support/page';

const siteUrl = inject('siteUrl');
const pages = builtPages(inject('distDir'));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  // evaluate(), not addScriptTag(): the built pages carry a CSP that refuses inline scripts.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return result.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

for (const [device, width, height] of [
  ['phone', 390, 844],
  ['desktop', 1280, 800],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`axe at ${device} width, ${colorScheme} theme`, () => {
      let browser: Launched;
      beforeAll(async () => {
        browser = await launch({ width, height, colorScheme, reducedMotion: 'reduce' });
      });
      afterAll(async () => browser?.close());

      it.each(pages)('%s has no violations', async (pathname) => {
        const page = await browser.context.newPage();
        await page.goto(new URL(pathname.slice(1), siteUrl).href);
        expect(await violations(page)).toEqual([]);
        await page.close();
      });

      it('the one-page explainer has none with every chart drawn', async () => {
        const page = await browser.context.newPage();
        await page.goto(siteUrl);
        await waitForStory(page);
        const steps = await page.$$eval('ex-scrolly', (els) =>
          els.map((el) => ({
            chart: (el as HTMLElement).dataset.chart!,
            step: el.querySelector<HTMLElement>('[data-ex-step]:last-of-type')!.id,
            state: el.querySelector<HTMLElement>('[data-ex-step]:last-of-type')!.dataset.exStep!,
          })),
        );
        for (const s of steps) {
          await scrollStepToTrigger(page, s.step);
          await waitForRendered(page, s.chart, s.state);
        }
        expect(await violations(page)).toEqual([]);
        await page.close();
      });
    });
  }
}
