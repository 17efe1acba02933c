// A chart's data as CSV, for the download link under each chart (src/pages/data/[chart].csv.ts): one row per
// figure with its number, unit, kind, whose it is, the dates it describes and the source that published it.
import type { ChartDefinition } from '../charts/types';
import type { Catalog } from './catalog';
import { getValue } from './catalog';
import { dataRows } from './table';
import { formatFigure, sourceTitleText } from '../lib/format';

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string | number | boolean | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const VALUE_HEADER = ['id', 'label', 'value', 'unit', 'qualifier', 'kind', 'by', 'from', 'date', 'note', 'source_id', 'source_publisher', 'source_title', 'source_url', 'source_published'];

/** The values a bar chart draws. */
function valueCsv(catalog: Catalog, chart: ChartDefinition): string {
  return toCsv(
    VALUE_HEADER,
    dataRows(catalog, chart.valueIds, chart.id).map((r) => {
      const s = catalog.sources.get(r.sourceId)!;
      return [r.id, r.label, r.value, r.unit, catalog.values.get(r.id)?.qualifier, r.kind, r.by, r.from, r.date, r.note, s.id, s.publisher, sourceTitleText(s), s.url, s.published];
    }),
  );
}

/** The plan's points as reported: number, theme, what was reported (figures written out), by whom, from which page. */
function planCsv(catalog: Catalog): string {
  const plain = (text: string, id: string) =>
    text.replace(/\{([a-z0-9-]+)\}/g, (_, v: string) => formatFigure(getValue(catalog, v, { file: 'content/data/plan-points.yaml', field: `${id}.summary` })));
  return toCsv(
    ['point', 'id', 'theme', 'summary', 'kind', 'reported_by', 'reliability', 'number_from_mirrors', 'note', 'source_id', 'source_publisher', 'source_title', 'source_url', 'source_published'],
    [...catalog.planPoints].sort((a, b) => a.point - b.point).map((p) => {
      const s = catalog.sources.get(p.source)!;
      return [p.point, p.id, p.theme, plain(p.summary, p.id), 'reported', p.reported_by, p.reliability, p.number_from_mirrors ?? false, p.note, s.id, s.publisher, sourceTitleText(s), s.url, s.published];
    }),
  );
}

/** The CSV file offered under a chart. */
export function chartCsv(catalog: Catalog, chart: ChartDefinition): string {
  return chart.type === 'plan' ? planCsv(catalog) : valueCsv(catalog, chart);
}

/** Where a chart's CSV lives, relative to the site's base: `data/territory.csv`. */
export function csvPath(chart: string): string {
  return `data/${chart}.csv`;
}
