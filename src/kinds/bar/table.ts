// The rows of a chart's data table and CSV: one per value, with everything a reader needs to weigh it.
import type { Catalog } from '../../reader/catalog';
import { alternateUnit, formatFigure, formatPeriod, KIND_LABELS } from '../../lib/format';
import { provenance } from '../../figures/words';

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

/** The rows for these value ids (each checked to exist when the chart file was checked). */
export function dataRows(catalog: Catalog, valueIds: readonly string[]): DataRow[] {
  return valueIds.map((id) => {
    const v = catalog.values.get(id)!;
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
      note: [v.note, provenance(catalog, v)].filter(Boolean).join('; ') || undefined,
      sourceId: s.id,
      publisher: s.publisher,
      url: s.url,
    };
  });
}
