// The build-time pictures of bar-chart states (src/kinds/bar/picture.ts): the right size, one per state, the
// claim hatch drawn as on screen, and the page's colours.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BarChartState } from '../../src/kinds/bar/types';
import { renderBarPicture } from '../../src/kinds/bar/picture';
import { picturePalette, tokenColor } from '../../src/kinds/bar/picture-palette';
import { parseHex, type RGB } from '../../src/lib/color';
import { allStates } from '../support/catalog';
import { pngPixels, pngSize } from '../support/png';

const size = { width: 640, height: 360, scale: 2 };
const barStates = Object.values(allStates())
  .flatMap((byState) => Object.values(byState))
  .filter((s): s is BarChartState => (s as BarChartState).type === 'bar');

const near = (a: RGB, b: RGB) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) < 40;

/** The most times, in any one row, that pixels switch between the two colours (other colours are skipped). */
async function mostAlternations(png: Buffer, one: string, two: string): Promise<number> {
  const img = await pngPixels(png);
  const [a, b] = [parseHex(one), parseHex(two)];
  let best = 0;
  for (let y = 0; y < img.height; y += 2) {
    let last: 'a' | 'b' | undefined;
    let switches = 0;
    for (let x = 0; x < img.width; x++) {
      const p = img.at(x, y);
      const now = near(p, a) ? 'a' : near(p, b) ? 'b' : undefined;
      if (now && last && now !== last) switches++;
      if (now) last = now;
    }
    best = Math.max(best, switches);
  }
  return best;
}

describe('bar-chart pictures', () => {
  it('finds the bar charts', () => {
    expect(barStates.length).toBeGreaterThanOrEqual(9);
  });

  it.each(barStates.map((s) => [`${s.chart}/${s.state}`, s] as const))('draws %s as a PNG of 1280×720 pixels (640×360 at 2×)', (_name, state) => {
    expect(pngSize(renderBarPicture(state, { ...size, theme: 'light' }))).toEqual({ width: 1280, height: 720 });
  });

  it('sizes the PNG by CSS pixels times the scale', () => {
    expect(pngSize(renderBarPicture(barStates[0]!, { width: 400, height: 300, scale: 1, theme: 'dark' }))).toEqual({ width: 400, height: 300 });
  });

  it('draws two states of a chart differently, and one state the same every time', () => {
    const byChart = Object.groupBy(barStates, (s) => s.chart);
    for (const states of Object.values(byChart)) {
      const [one, two] = states!.map((s) => renderBarPicture(s, { ...size, theme: 'light' }));
      expect(one!.equals(two!), states![0]!.chart).toBe(false);
    }
    const again = () => renderBarPicture(barStates[0]!, { ...size, theme: 'light' });
    expect(again().equals(again())).toBe(true);
  });

  it.each(['light', 'dark'] as const)(
    'hatches a claim as on screen (%s theme): its colour and the hatch ground alternate across the bar',
    async (theme) => {
      const claim = barStates.find((s) => s.chart === 'territory' && s.state === 'mod-vs-isw')!;
      const png = renderBarPicture(claim, { ...size, theme });
      const [stroke, ground] = [tokenColor(theme, 'ex-color-claim'), tokenColor(theme, 'ex-color-hatch-bg')];
      expect(await mostAlternations(png, stroke, ground)).toBeGreaterThan(40);
      // A state without claims has no hatch.
      const counts = barStates.find((s) => s.chart === 'attacks' && s.state === 'nov-19')!;
      expect(await mostAlternations(renderBarPicture(counts, { ...size, theme }), stroke, ground)).toBeLessThan(4);
    },
  );

  it('draws in the colours of src/styles/tokens.css', () => {
    const css = readFileSync(path.resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');
    const light = (name: string) => css.match(new RegExp(`--${name}:\\s*(#[0-9a-f]+);`, 'i'))![1];
    const palette = picturePalette('light', 2);
    expect(palette.solid('claim', false)).toBe(light('ex-color-claim'));
    expect(palette.solid('estimate', false)).toBe(light('ex-color-estimate'));
    expect(palette.solid('drones', true)).toBe(light('ex-color-dim'));
    expect(palette.text).toBe(light('ex-color-text'));
    expect(palette.grid).toBe(light('ex-color-grid'));
    expect(palette.background).toBe(light('ex-color-surface'));
    const dark = css.slice(css.indexOf('prefers-color-scheme: dark'));
    expect(picturePalette('dark', 2).solid('claim', false)).toBe(dark.match(/--ex-color-claim:\s*(#[0-9a-f]+);/i)![1]);
  });
});
