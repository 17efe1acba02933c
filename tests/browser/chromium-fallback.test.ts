// The fallback browser, proven wherever the tests run: even where a system Chromium exists (and so is the one the
// other tests use), this file launches the Chromium of the `@sparticuz/chromium` devDependency with our own flags
// and reads a page with it, so a machine without any Chromium is known to pass the browser tests.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, npmChrome, type Launched } from '../../tools/chromium';
import { openWatched, scrollStepToTrigger, waitForRendered } from '../support/page';

const siteUrl = inject('siteUrl');

describe('the npm package’s Chromium (the fallback when no system Chromium is found)', () => {
  let browser: Launched;
  beforeAll(async () => {
    browser = await launch({ executablePath: await npmChrome(), width: 390, height: 844, reducedMotion: 'reduce' });
  });
  afterAll(async () => browser?.close());

  it('launches headless with our flags and runs a page’s script and canvas', async () => {
    const page = await browser.context.newPage();
    await page.goto('data:text/html,<title>t</title><canvas id="c" width="10" height="10"></canvas>');
    const drawn = await page.evaluate(() => {
      const ctx = (document.getElementById('c') as HTMLCanvasElement).getContext('2d')!;
      ctx.fillStyle = '#ff0000';
      ctx.fillRect(0, 0, 10, 10);
      return [...ctx.getImageData(5, 5, 1, 1).data];
    });
    expect(drawn).toEqual([255, 0, 0, 255]);
    expect(await page.evaluate(() => navigator.userAgent)).toMatch(/HeadlessChrome\/\d+/);
    await page.close();
  });

  it('reads the built site: no console error, and a chart draws its step’s state', async () => {
    const w = await openWatched(browser, siteUrl);
    const first = await w.page.evaluate(() => {
      const s = document.querySelector<HTMLElement>('ex-scrolly')!;
      const step = s.querySelector<HTMLElement>('[data-ex-step]')!;
      return { chart: s.dataset.chart!, step: step.id, state: step.dataset.exStep! };
    });
    await scrollStepToTrigger(w.page, first.step);
    await waitForRendered(w.page, first.chart, first.state);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });
});
