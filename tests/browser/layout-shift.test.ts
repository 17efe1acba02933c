// Steady while scrolling (design §7: CLS under 0.01): a reader's scroll from top to bottom, on a phone and on a
// desktop, moves nothing on the page. Fails listing every shift and what moved. (The dark theme changes colours
// only, not layout; one theme is enough here.)
import { describe, expect, inject, it } from 'vitest';
import { launch } from '../../tools/chromium';
import { CLS_BUDGET, describeShifts, scrollLayoutShift } from '../../tools/layout-shift';

const siteUrl = inject('siteUrl');

describe('layout shift over a top-to-bottom scroll', () => {
  for (const [device, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1280, 800],
  ] as const) {
    it(`${device} (${width}×${height}): under ${CLS_BUDGET}`, async () => {
      const browser = await launch({ width, height });
      try {
        const result = await scrollLayoutShift(browser, siteUrl);
        expect(result.cls, `shifts:\n${describeShifts(result)}`).toBeLessThan(CLS_BUDGET);
      } finally {
        await browser.close();
      }
    });
  }
});
