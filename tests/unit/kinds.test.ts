// Each chart kind on chart files written for the test: what a state shows follows from the file and the data.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { BarChartState } from '../../src/kinds/bar/types';
import type { PlanState } from '../../src/kinds/plan';
import type { MatrixState } from '../../src/kinds/matrix';
import type { MapState } from '../../src/kinds/map';
import { KINDS } from '../../src/kinds/registry';
import { provenance } from '../../src/figures/words';
import { chartProblems, chartStates, testCatalog } from '../support/charts';

const barFile = (state: string) => `kind: bar\ntitle: "A test chart"\nstates:\n  one:\n${state.replace(/^/gm, '    ')}\n`;
const words = 'heading: "Heading {claim-a.period}"\ncaption: "The claim is {gap} larger."\nsummary: "{claim-a.by} claims {claim-a}."\n';

describe('bar', () => {
  it('draws each bar in its value’s kind, and renders placeholders as words', () => {
    const s = chartStates(
      barFile(
        `${words}axis: { unit: km2, title: "km²" }\nbars:\n  - { label: "{claim-a.by} ({claim-a.date})", value: claim-a }\n  - { label: "B", value: estimate-a }`,
      ),
    ).one as BarChartState;
    expect(s.series[0]!.bars.map((b) => [b?.value, b?.kind, b?.display])).toEqual([
      [4714, 'claim', 'more than 4,714 km² · claim'],
      [3434, 'estimate', 'about 3,434 km² · estimate'],
    ]);
    expect(s.heading).toBe('Heading 1 Jan–25 Sep 2025');
    expect(s.caption).toBe('The claim is 1,280 km² (494 sq mi) larger.');
    expect(s.summary).toBe('Claimant claims more than 4,714 km² (1,820 sq mi).');
    expect(s.categories).toEqual(['Claimant (25 Sep 2025)', 'B']);
    expect(s.series[0]!.token).toBe('by-kind');
  });
  it('computes derived values from the data: change an input and the share changes', () => {
    const file = barFile(`${words}axis: { unit: percent, title: "%", max: 100 }\nbars:\n  - { label: "Share", value: claim-share }`);
    expect((chartStates(file).one as BarChartState).series[0]!.bars[0]!.value).toBe(0.78);
    const changed = testCatalog((input) => (input.datasets[0]!.values[0]!.value = 6036.28));
    expect((chartStates(file, changed).one as BarChartState).series[0]!.bars[0]!.value).toBe(1);
  });
  it('stacks series, numbers only, and highlights the bars marked', () => {
    const s = chartStates(
      barFile(
        `${words}axis: { unit: drones, title: "n" }\nstacked: true\nlabels: number\nseries: [{ name: Drones, color: drones }, { name: Missiles, color: missiles }]\nbars:\n  - { label: "a", values: [drones-1, count-1] }\n  - { label: "b", values: [~, count-2], highlight: true }`,
      ),
    ).one as BarChartState;
    expect(s.stacked).toBe(true);
    expect(s.series.map((x) => x.bars.map((b) => b?.display ?? null))).toEqual([
      ['476', null],
      ['60', '48'],
    ]);
    expect(s.highlight).toEqual([1]);
  });
  it('ranks with ties shared, sums with a unit of their own', () => {
    const s = chartStates(
      barFile(
        `heading: "h"\ncaption: "Ranked {count-2-rank}; {total} in all."\nsummary: "s"\naxis: { unit: missiles, title: "n" }\nbars:\n  - { label: "a", value: count-2 }`,
      ),
    ).one!;
    expect(s.caption).toBe('Ranked joint 2nd of 3; 524 drones and missiles in all.');
  });
  it('says what a computed value was computed from, telling inputs that share a label apart by their units', () => {
    const catalog = testCatalog();
    expect(provenance(catalog, catalog.values.get('gap')!)).toBe('computed from Label claim-a and Label estimate-a');
    const night = testCatalog((input) => input.datasets[0]!.values.forEach((v) => (v.label = '7 Sep 2025')));
    expect(provenance(night, night.values.get('total')!)).toBe('computed from drones and missiles');
  });
  it('lets a bar say what its figure alone would not', () => {
    const s = chartStates(barFile(`${words}axis: { unit: km2, title: "km²" }\nbars:\n  - { label: "a", value: claim-a, text: "captured · claim" }`))
      .one as BarChartState;
    expect(s.series[0]!.bars[0]!.display).toBe('captured · claim');
  });
  it('asks for one value per series', () => {
    expect(
      chartProblems(
        barFile(
          `${words}axis: { unit: drones, title: "n" }\nseries: [{ name: A, color: drones }, { name: B, color: missiles }]\nbars:\n  - { label: "a", value: drones-1 }`,
        ),
      )[0],
    ).toMatch(/this bar has 1 value, the state 2 series/);
  });
});

describe('plan', () => {
  it('brings themes forward and counts the points of each', () => {
    const s = chartStates(
      'kind: plan\ntitle: "Plan"\nstates:\n  sec:\n    heading: "h"\n    caption: "{plan-points-security} of {plan-points} on security (number {plan-points-security-numbers}); {plan-points-weak} unverified."\n    summary: "s"\n    highlight: [security]\n',
    ).sec as PlanState;
    expect(s.highlight).toEqual(['security']);
    expect(s.caption).toBe('1 of 2 on security (number 1); 1 unverified.');
  });
});

describe('matrix', () => {
  const matrix = (highlight: string) =>
    `kind: matrix\ntitle: "Versions"\ncolumns:\n  - { id: us, label: "US" }\n  - { id: eu, label: "Europe", date: "2025-11-23" }\nrows:\n  - id: army\n    label: "Army"\n    cells:\n      us: { text: "Capped at {count-1}", source: src-a, flag: confirmed }\n      eu: not-reported\nstates:\n  one:\n    heading: "h"\n    caption: "c"\n    summary: "s"\n${highlight}`;
  it('highlights rows, columns and cells as the state says', () => {
    const s = chartStates(matrix('    highlight: { columns: [eu], cells: [army/us] }\n')).one as MatrixState;
    expect([s.rows, s.columns, s.cells]).toEqual([[], ['eu'], ['army/us']]);
  });
  it('renders cells, says "not reported" as such, and lists each cell in the CSV with its flag', () => {
    const catalog = testCatalog();
    const file = 'content/charts/m.yaml';
    const csv = KINDS.matrix!.csv({ id: 'm', file, spec: KINDS.matrix!.schema.parse(parse(matrix(''))) }, catalog);
    expect(csv).toContain('army,Army,us,US,,Capped at 60 missiles,,confirmed,src-a,');
    expect(csv).toContain('army,Army,eu,Europe,2025-11-23,not reported,');
  });
  it('lets a cell rest on more than one source: each one in the CSV, the sources section and the check', () => {
    const two = matrix('').replace('source: src-a,', 'sources: [src-a, src-b],');
    expect(chartProblems(two)).toEqual([]);
    const catalog = testCatalog();
    const spec = KINDS.matrix!.schema.parse(parse(two));
    const chart = { id: 'm', file: 'content/charts/m.yaml', spec };
    expect(KINDS.matrix!.csv(chart, catalog)).toContain(
      'army,Army,us,US,,Capped at 60 missiles,,confirmed,src-a | src-b,Publisher src-a | Publisher src-b,',
    );
    expect(KINDS.matrix!.sources(chart, catalog)).toEqual(expect.arrayContaining(['src-a', 'src-b']));
    expect(chartProblems(matrix('').replace('source: src-a,', 'sources: [src-a, src-c],'))[0]).toMatch(
      /sources\[1\]: unknown source `src-c`[\s\S]*Did you mean `src-a`\?/,
    );
    expect(chartProblems(matrix('').replace('source: src-a,', 'source: src-a, sources: [src-b],'))[0]).toMatch(/`source` or `sources`, not both/);
    expect(chartProblems(matrix('').replace('source: src-a, ', ''))[0]).toMatch(/needs a `source`/);
  });
  it('refuses a highlight of a column that does not exist, with the likely one', () => {
    expect(chartProblems(matrix('    highlight: { columns: [europe] }\n'))[0]).toMatch(/unknown column `europe`[\s\S]*Did you mean `eu`\?/);
  });
});

describe('registry', () => {
  it('holds the kinds, each with a schema, its texts and its states', () => {
    expect(Object.keys(KINDS)).toEqual(['bar', 'plan', 'matrix', 'map']);
    for (const k of Object.values(KINDS)) expect(k.description.length).toBeGreaterThan(10);
  });
});
