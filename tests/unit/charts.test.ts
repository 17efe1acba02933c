// Step → chart state, for every chart, on the published data.
import { describe, expect, it } from 'vitest';
import { CHARTS, computeState, stateNames } from '../../src/charts/registry';
import type { BarChartState, ChartState, PlanState } from '../../src/charts/types';
import type { Catalog } from '../../src/data/catalog';
import { ContentError } from '../../src/data/errors';
import { loadTestCatalog } from '../support/catalog';
import { planCells } from '../../src/charts/plan';

const catalog = loadTestCatalog();
const where = { file: 'test.mdx', line: 1, column: 1 };
const state = (chart: string, name: string, c: Catalog = catalog) => computeState(CHARTS[chart]!, name, c, where);
const bar = (chart: string, name: string, c?: Catalog) => state(chart, name, c) as BarChartState;
const values = (s: BarChartState, series = 0) => s.series[series]!.bars.map((b) => b?.value);
const kinds = (s: BarChartState) => s.series[0]!.bars.map((b) => b?.kind);

/** A copy of the catalog with one value changed, to show a state follows the data rather than hard-coding it. */
function withValue(id: string, value: number): Catalog {
  const values = new Map(catalog.values);
  values.set(id, { ...catalog.values.get(id)!, value });
  return { ...catalog, values };
}

describe('territory', () => {
  it('mod-vs-isw sets the ministry claim against ISW for the same period', () => {
    const s = bar('territory', 'mod-vs-isw');
    expect(values(s)).toEqual([4714, 3434]);
    expect(kinds(s)).toEqual(['claim', 'estimate']);
    expect(s.summary).toContain('4,714 km²');
    expect(s.summary).toContain('3,434 km²');
    expect(s.heading).toBe('Territory taken, 1 Jan–25 Sep 2025');
    expect(s.caption).toContain('1,280 km²');
  });
  it('putin-vs-isw compares like with like on 7 October', () => {
    const s = bar('territory', 'putin-vs-isw');
    expect(values(s)).toEqual([4900, 3561]);
    expect(kinds(s)).toEqual(['claim', 'estimate']);
    expect(s.categories.every((c) => c.includes('7 Oct 2025'))).toBe(true);
  });
  it('article-pairing shows the mismatched dates and names the like-for-like figure', () => {
    const s = bar('territory', 'article-pairing');
    expect(values(s)).toEqual([4900, 3434]);
    expect(s.heading).toMatch(/different dates/);
    expect(s.caption).toContain('3,561 km²');
  });
  it('scale computes shares of Ukraine from the data, never typed', () => {
    const s = bar('territory', 'scale');
    expect(values(s)).toEqual([0.81, 0.59, 19.2]);
    expect(s.axis).toMatchObject({ unit: 'percent', max: 100 });
    expect(values(bar('territory', 'scale', withValue('putin-2025-10-07', 6036.28)))[0]).toBe(1);
  });
  it('follows the data: change a value and the summary changes', () => {
    expect(bar('territory', 'mod-vs-isw', withValue('isw-2025-09-25', 3000)).summary).toContain('3,000 km²');
  });
});

describe('attacks', () => {
  it('nov-19 stacks 476 drones and 48 missiles', () => {
    const s = bar('attacks', 'nov-19');
    expect(s.stacked).toBe(true);
    expect(s.series.map((x) => x.name)).toEqual(['Drones', 'Missiles']);
    expect([values(s, 0), values(s, 1)]).toEqual([[476], [48]]);
    expect(kinds(s)).toEqual(['official-count']);
  });
  it('largest-2025 shows seven attacks in date order with the 7 September record highlighted', () => {
    const s = bar('attacks', 'largest-2025');
    expect(s.categories).toHaveLength(7);
    expect(s.categories[0]).toBe('29 Jun 2025');
    const record = s.categories.indexOf('7 Sep 2025');
    expect(s.highlight).toContain(record);
    expect(values(s, 0)[record]).toBe(810);
    expect(s.caption).toContain('810 drones');
  });
  it('missiles ranks 19 November near the top, sharing second place', () => {
    const s = bar('attacks', 'missiles');
    expect(s.stacked).toBe(false);
    expect(values(s)).toEqual([60, 48, 48, 45, 13, 13, 11]);
    expect(s.categories[s.highlight[0]!]).toBe('19 Nov 2025');
    expect(s.caption).toContain('joint 2nd');
  });
});

describe('cities', () => {
  it('claims draws every claimed share as a claim, and Kupiansk as a claimed capture with no number', () => {
    const s = bar('cities', 'claims');
    expect(s.categories).toEqual(['Kupiansk: claimed captured, no share given', 'Vovchansk', 'Pokrovsk']);
    expect(kinds(s)).toEqual([undefined, 'claim', 'claim']);
    expect(s.series[0]!.bars.map((b) => b?.display)).toEqual([undefined, 'more than 80% · claim', '70% · claim']);
    // Gerasimov gave no share for Kupiansk: no state text may put a number on it.
    for (const text of [s.heading, s.caption, s.summary, ...s.categories]) expect(text).not.toMatch(/100\s*%/);
    expect(s.summary).toContain('Kupiansk captured (“liberated”), with no share given');
  });
  it('denials keeps the claims, muted, and says they were denied', () => {
    const s = bar('cities', 'denials');
    expect(s.series[0]!.token).toBe('muted');
    expect(s.series[0]!.bars.filter((b) => b).every((b) => b!.display.endsWith('denied'))).toBe(true);
    expect(s.categories[0]).toBe('Kupiansk: claimed captured, denied');
    expect(s.summary).toMatch(/denied all/);
    for (const text of [s.heading, s.caption, s.summary, ...s.categories]) expect(text).not.toMatch(/100\s*%/);
  });
});

describe('plan', () => {
  it('overview shows all 28 points, in number order, and how sure they are', () => {
    const s = state('plan', 'overview') as PlanState;
    expect(s.highlight).toEqual([]);
    expect(s.summary).toBe("28 of the plan’s 28 points, in number order, as reported: 25 reported by two or more independent outlets, 3 by one.");
    expect(s.caption).toMatch(/^All 28 points, in number order: 25 reported by two or more independent outlets, 3 by one\./);
    expect(s.caption).toContain('Starred (7): numbered only by pro-Kremlin mirrors.');
    for (const text of [s.heading, s.caption, s.summary]) expect(text).not.toMatch(/not reported|unknown/i);
  });
  it('every cell of the grid is a point, numbered 1 to 28 in order', () => {
    const cells = planCells(catalog);
    expect(cells.map((c) => c.number)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(cells.every((c) => c.pointId === `point-${c.number}`)).toBe(true);
  });
  it('a theme step names its points by number', () => {
    const s = state('plan', 'territory') as PlanState;
    expect(s.summary).toBe('Highlighted: 2 points on territory, numbers 21 and 22.');
    expect(s.caption).toBe('2 of the 28 points are on territory, as reported; the plan was never officially published.');
  });
  it('each theme step brings its theme forward', () => {
    expect((state('plan', 'military') as PlanState).highlight).toEqual(['military']);
    expect((state('plan', 'economy-politics') as PlanState).highlight).toEqual(['economy', 'politics']);
  });
});

describe('every state of every chart', () => {
  const all: [string, string][] = Object.keys(CHARTS).flatMap((c) => stateNames(c).map((s) => [c, s] as [string, string]));
  it.each(all)('%s/%s has a heading, caption and summary and names itself', (chart, name) => {
    const s: ChartState = state(chart, name);
    expect(s.chart).toBe(chart);
    expect(s.state).toBe(name);
    for (const text of [s.heading, s.caption, s.summary]) expect(text.length).toBeGreaterThan(10);
  });
  it('no two states of a chart look the same', () => {
    for (const chart of Object.keys(CHARTS)) {
      const shown = stateNames(chart).map((n) => JSON.stringify({ ...state(chart, n), state: '' }));
      expect(new Set(shown).size).toBe(shown.length);
    }
  });
  it('an unknown state is an error that suggests the right name', () => {
    expect(() => state('territory', 'isw-sept')).toThrow(ContentError);
    expect(() => state('territory', 'mod-vs-iws')).toThrow(/Did you mean `mod-vs-isw`\?/);
  });
});
