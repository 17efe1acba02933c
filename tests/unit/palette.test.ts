// The palette in src/styles/tokens.css: AA contrast for text in both themes, and pairs that must be told apart
// stay distinct under deuteranopia and protanopia.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, deltaE, parseHex, simulate, type RGB } from '../../src/lib/color';

const css = readFileSync(path.resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--(ex-[a-z0-9-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1]!, m[2]!]));
}
const light = tokens(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...tokens(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))) };
const themes = { light, dark };
const rgb = (t: Record<string, string>, name: string): RGB =>
  parseHex(
    t[name] ??
      (() => {
        throw new Error(`missing --${name}`);
      })(),
  );

describe.each(Object.entries(themes))('%s theme', (_name, t) => {
  it('reads the tokens', () => {
    expect(Object.keys(t).length).toBeGreaterThan(20);
  });
  it.each([
    'ex-color-text',
    'ex-color-text-soft',
    'ex-color-link',
    'ex-color-claim',
    'ex-color-estimate',
    'ex-color-count',
    'ex-color-reported',
    'ex-color-reference',
    'ex-color-muted',
  ])('%s meets WCAG AA (4.5:1) on the page and on surfaces', (token) => {
    for (const bg of ['ex-color-bg', 'ex-color-surface']) expect(contrastRatio(rgb(t, token), rgb(t, bg))).toBeGreaterThanOrEqual(4.5);
  });
  it('chart marks stand out from the surface (3:1, WCAG non-text contrast)', () => {
    for (const token of ['ex-color-claim', 'ex-color-estimate', 'ex-color-drones', 'ex-color-missiles', 'ex-color-focus', 'ex-color-dim'])
      expect(contrastRatio(rgb(t, token), rgb(t, 'ex-color-surface')), token).toBeGreaterThanOrEqual(3);
  });
  it('white text on every plan theme colour meets AA', () => {
    for (const theme of ['territory', 'military', 'security', 'economy', 'politics'])
      expect(contrastRatio(rgb(t, `ex-theme-${theme}`), [255, 255, 255]), theme).toBeGreaterThanOrEqual(4.5);
  });
  it.each(['deuteranopia', 'protanopia'] as const)('pairs stay distinct under %s', (cvd) => {
    const pairs: [string, string][] = [
      ['ex-color-claim', 'ex-color-estimate'],
      ['ex-color-drones', 'ex-color-missiles'],
      ['ex-color-claim', 'ex-color-count'],
    ];
    for (const [a, b] of pairs) expect(deltaE(simulate(rgb(t, a), cvd), simulate(rgb(t, b), cvd)), `${a} vs ${b}`).toBeGreaterThan(20);
  });
});

describe('colour helpers', () => {
  it('computes the WCAG contrast of black on white as 21', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  });
  it('collapses red and green under deuteranopia', () => {
    const [red, green] = [parseHex('#d62728'), parseHex('#2ca02c')];
    expect(deltaE(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(deltaE(red, green) / 2);
  });
});
