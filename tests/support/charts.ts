// Chart files written in a test: checked by the same code as content/charts/ (src/checks/charts.ts) against a small
// catalog, so each kind is tested on files made for the test rather than on the published charts.
import { buildCatalog, type Catalog, type CatalogInput } from '../../src/reader/catalog';
import { readYaml } from '../../src/reader/yaml';
import { checkCharts } from '../../src/checks/charts';
import { formatProblem } from '../../src/reader/errors';
import type { StateBase } from '../../src/kinds/types';

const source = (id: string) => ({
  id,
  publisher: `Publisher ${id}`,
  title: `Title ${id}`,
  url: `https://example.org/${id}`,
  published: '2025-11-20',
});
const value = (id: string, v: number, kind: 'claim' | 'estimate' | 'official-count', unit = 'km2', extra = {}) => ({
  id,
  label: `Label ${id}`,
  value: v,
  unit,
  kind,
  by: kind === 'claim' ? 'Claimant' : 'Analyst',
  source: 'src-a',
  date: '2025-09-25',
  from: '2025-01-01',
  ...extra,
});

/** A small catalog: a claim, an estimate, an area, three counts, and derived values of each op. */
export function testCatalog(change: (input: CatalogInput) => void = () => undefined): Catalog {
  const input = {
    sources: [source('src-a'), source('src-b')],
    datasets: [
      {
        id: 'ds',
        file: 'content/data/datasets/ds.yaml',
        values: [
          value('claim-a', 4714, 'claim', 'km2', { qualifier: 'more-than' }),
          value('estimate-a', 3434, 'estimate', 'km2', { qualifier: 'about' }),
          value('area', 603628, 'estimate'),
          value('count-1', 60, 'official-count', 'missiles'),
          value('count-2', 48, 'official-count', 'missiles'),
          value('count-3', 48, 'official-count', 'missiles'),
          value('drones-1', 476, 'official-count', 'drones'),
        ],
        derived: [
          { id: 'gap', label: 'Claim minus estimate', op: 'difference', of: ['claim-a', 'estimate-a'] },
          { id: 'claim-share', label: 'Claim as a share of the area', op: 'share', of: ['claim-a', 'area'] },
          { id: 'count-2-rank', label: 'Rank of count 2', op: 'rank', of: ['count-2', 'count-1', 'count-3'] },
          { id: 'total', label: 'Drones and missiles', op: 'sum', of: ['drones-1', 'count-2'], unit: 'weapons' },
        ],
      },
    ],
    planPoints: [
      { id: 'p-1', point: 1, theme: 'security', summary: 'Sovereignty confirmed.', source: 'src-a', reported_by: 'Axios', reliability: 'confirmed' },
      { id: 'p-2', point: 2, theme: 'territory', summary: 'Lines frozen.', source: 'src-b', reported_by: 'Reuters', reliability: 'weak' },
    ],
    timeline: [],
    updates: [],
    // Places for the map kind: two towns 7 km apart (too close to name both on a map of the whole country), and two
    // cities far apart.
    places: [
      { id: 'pokrovsk', name: 'Pokrovsk', region: 'donetsk', lat: 48.28014, lon: 37.17706, source: 'src-a' },
      { id: 'myrnohrad', name: 'Myrnohrad', region: 'donetsk', lat: 48.3099, lon: 37.26513, source: 'src-a' },
      { id: 'kyiv', name: 'Kyiv', region: 'kyiv-city', lat: 50.45466, lon: 30.5238, source: 'src-b' },
      { id: 'lviv', name: 'Lviv', region: 'lviv', lat: 49.83826, lon: 24.02324, source: 'src-b', note: 'a note' },
    ],
  } as CatalogInput;
  change(input);
  return buildCatalog(input);
}

/** Checks one chart file's text; returns its states, or throws with the messages the build would print. */
export function chartStates(yaml: string, catalog: Catalog = testCatalog(), id = 'test-chart'): Record<string, StateBase> {
  const file = `content/charts/${id}.yaml`;
  const { charts, problems } = checkCharts([{ id, file, text: yaml, yaml: readYaml(yaml, file) }], catalog);
  if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
  const c = charts.get(id)!;
  return c.kind.states(c.chart, catalog);
}

/** The messages a chart file's mistakes produce (empty: none). */
export function chartProblems(yaml: string, catalog: Catalog = testCatalog(), id = 'test-chart'): string[] {
  const file = `content/charts/${id}.yaml`;
  return checkCharts([{ id, file, text: yaml, yaml: readYaml(yaml, file) }], catalog).problems.map(formatProblem);
}
