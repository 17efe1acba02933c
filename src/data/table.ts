// The rows of a chart's data table and CSV: one per value, with everything a reader needs to weigh it.
import type { Catalog } from './catalog';
import { getValue } from './catalog';
import { alternateUnit, formatFigure, formatPeriod, KIND_LABELS } from '../lib/format';

export interface DataRow {
  id: string;
  label: string;
  figure: string;
  alternate?: string;
  value: number;
  unit: string;
  kind: string;
  by: string;
  period: string;
  from?: string;
  date: string;
  note?: string;
  sourceId: string;
  publisher: string;
  url: string;
}

export function dataRows(catalog: Catalog, valueIds: readonly string[], chart: string): DataRow[] {
  return valueIds.map((id) => {
    const v = getValue(catalog, id, { file: `src/charts/${chart}.ts`, field: 'valueIds' });
    const s = catalog.sources.get(v.source)!;
    return {
      id: v.id,
      label: v.label,
      figure: formatFigure(v),
      alternate: alternateUnit(v.value, v.unit),
      value: v.value,
      unit: v.unit,
      kind: KIND_LABELS[v.kind],
      by: v.by,
      period: formatPeriod(v.from, v.date),
      from: v.from,
      date: v.date,
      note: v.note,
      sourceId: s.id,
      publisher: s.publisher,
      url: s.url,
    };
  });
}
