import { describe, expect, it } from 'vitest';
import { toBarData, toBarOptions, valueLabels, type Palette } from '../../src/kinds/bar/config';
import type { BarChartState } from '../../src/kinds/bar/types';
import { allStates } from '../support/catalog';

// A palette that spells out what it was asked for, so the mapping is visible in assertions.
const palette: Palette<string> = {
  solid: (t, dim) => `solid:${t}${dim ? ':dim' : ''}`,
  hatch: (t, dim) => `hatch:${t}${dim ? ':dim' : ''}`,
  line: (t, dim) => `line:${t}${dim ? ':dim' : ''}`,
  text: 'text',
  grid: 'grid',
};
const states = allStates();
const bar = (chart: string, s: string) => states[chart]![s] as BarChartState;

describe('bar chart config', () => {
  it('hatches and outlines claims, fills estimates, each in its kind colour', () => {
    const { datasets } = toBarData(bar('territory', 'mod-vs-isw'), palette);
    expect(datasets[0]!.backgroundColor).toEqual(['hatch:claim', 'solid:estimate']);
    expect(datasets[0]!.borderWidth).toEqual([2, 0]);
  });
  it('dims every category outside the highlight', () => {
    const s = bar('attacks', 'missiles');
    const fills = toBarData(s, palette).datasets[0]!.backgroundColor;
    expect(fills.filter((f) => f.endsWith(':dim'))).toHaveLength(s.categories.length - 1);
    expect(fills[s.highlight[0]!]).toBe('solid:missiles');
  });
  it('stacks drones and missiles on one scale only when the state is stacked', () => {
    expect(toBarData(bar('attacks', 'largest-2025'), palette).datasets.every((d) => d.stack === 'all')).toBe(true);
    expect(toBarOptions(bar('attacks', 'largest-2025'), palette, false).scales.x.stacked).toBe(true);
    expect(toBarOptions(bar('attacks', 'missiles'), palette, false).scales.x.stacked).toBe(false);
  });
  it('writes the figures beside the bars', () => {
    expect(valueLabels(bar('attacks', 'nov-19'))).toEqual(['476 drones + 48 missiles']);
    expect(valueLabels(bar('territory', 'mod-vs-isw'))[0]).toBe('more than 4,714 km² · claim');
  });
  it('turns animation off for readers who ask for reduced motion', () => {
    expect(toBarOptions(bar('cities', 'claims'), palette, true).animation).toBe(false);
    expect(toBarOptions(bar('cities', 'claims'), palette, false).animation).toEqual({ duration: 450 });
  });
});
