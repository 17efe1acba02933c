// A reader scrolls the built page at phone and desktop widths: every step must show its own chart state.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Launched } from '../../tools/chromium';
import { openWatched, scrollStepToTrigger, waitForRendered, type Watched } from '../support/page';
import { publishedScrollies } from '../support/content';

const siteUrl = inject('siteUrl');
const scrollies = publishedScrollies();
const drawsOnCanvas = new Set(scrollies.filter((s) => s.canvas).map((s) => s.chart));
/** What the reader looks at for each kind that does not draw on a canvas. */
const GRAPHIC: Record<string, string> = { plan: '.ex-plan__grid', matrix: '[data-ex-matrix-wrap]', map: '[data-ex-map]' };
const kindOf = Object.fromEntries(scrollies.map((s) => [s.chart, s.kind]));

interface StepInfo {
  id: string;
  chart: string;
  state: string;
  summary: string;
  heading: string;
}

for (const [device, width, height] of [
  ['phone', 390, 844],
  ['desktop', 1280, 800],
] as const) {
  describe(`scrolling on a ${device} (${width}px)`, () => {
    let browser: Launched;
    let w: Watched;
    let steps: StepInfo[];

    beforeAll(async () => {
      // Reduced motion makes each redraw immediate, so pixels can be compared right after a state change.
      browser = await launch({ width, height, reducedMotion: 'reduce' });
      w = await openWatched(browser, siteUrl);
      steps = await w.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('ex-scrolly [data-ex-step]')].map((el) => {
          const section = el.closest('ex-scrolly') as HTMLElement;
          const states = JSON.parse(section.querySelector('script[data-ex-states]')!.textContent!);
          const state = el.dataset.exStep!;
          return { id: el.id, chart: section.dataset.chart!, state, summary: states[state].summary, heading: states[state].heading };
        }),
      );
    });
    afterAll(async () => browser?.close());

    it('finds a step for every state of every scrolly section the chapters hold', () => {
      expect(steps.length).toBeGreaterThanOrEqual(scrollies.length * 2);
      expect([...new Set(steps.map((s) => s.chart))]).toEqual(scrollies.map((s) => s.chart));
    });

    it('shows each step’s state as the reader scrolls down, and the picture changes every time', async () => {
      const { page } = w;
      let previous: { chart: string; png: Buffer } | undefined;
      const firstStateOf: Record<string, string> = {};
      for (const s of steps) firstStateOf[s.chart] ??= s.state;
      for (const step of steps) {
        await scrollStepToTrigger(page, step.id);
        await waitForRendered(page, step.chart, step.state);
        const section = page.locator(`ex-scrolly[data-chart="${step.chart}"]`);
        await expect.poll(() => section.getAttribute('data-state')).toBe(step.state);
        expect(await section.locator('[data-ex-heading]').textContent()).toBe(step.heading);
        // The live region announces each change of state; the state a section opens in is not announced.
        const announced = await section.locator('[data-ex-live]').textContent();
        if (step.state !== firstStateOf[step.chart]) expect(announced).toBe(step.summary);
        else expect(['', step.summary]).toContain(announced);
        if (drawsOnCanvas.has(step.chart)) expect(await section.locator('canvas').getAttribute('aria-label')).toBe(step.summary);
        // The graphic is what the reader looks at: its pixels must differ from the previous step's.
        const graphic = drawsOnCanvas.has(step.chart) ? section.locator('canvas') : section.locator(GRAPHIC[kindOf[step.chart]!]!);
        const png = await graphic.screenshot();
        if (previous?.chart === step.chart) expect(png.equals(previous.png), `${step.id} looks like the step before`).toBe(false);
        previous = { chart: step.chart, png };
      }
    });

    it('ends in the right state after scrolling back up', async () => {
      const { page } = w;
      const first = steps.find((s) => s.chart === 'territory')!;
      await scrollStepToTrigger(page, first.id);
      await waitForRendered(page, first.chart, first.state);
    });

    it('a jump from the top straight to the last step ends in the last state', async () => {
      const { page } = w;
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(100);
      const last = steps[steps.length - 1]!;
      await scrollStepToTrigger(page, last.id);
      await waitForRendered(page, last.chart, last.state);
    });

    it('opening a link to a step shows that step’s state', async () => {
      const target = steps.find((s) => s.id === 'territory-article-pairing') ?? steps[7]!;
      const page = await browser.context.newPage();
      await page.goto(`${siteUrl}#${target.id}`);
      await waitForRendered(page, target.chart, target.state);
      await page.close();
    });

    it('never scrolls sideways', async () => {
      expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });

    it('logs no console error and requests nothing from another host', () => {
      expect(w.errors).toEqual([]);
      expect(w.foreignRequests).toEqual([]);
    });
  });
}
