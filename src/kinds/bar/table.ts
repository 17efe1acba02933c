// The rows of a chart's data table and CSV: one per value, with everything a reader needs to weigh it.
import type { Catalog } from '../../reader/catalog';
import { alternateUnit, curlyQuotes, formatDate, formatFigure, formatPeriod, KIND_LABELS } from '../../lib/format';
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
      // A claim's denial travels with it into the table and the CSV, so the data never shows one side alone.
      note:
        [v.note, provenance(catalog, v), v.denial && `denied by ${v.denial.by}, ${formatDate(v.denial.date)}: ${curlyQuotes(`"${v.denial.text}"`)}`]
          .filter(Boolean)
          .join('; ') || undefined,
      sourceId: s.id,
      publisher: s.publisher,
      url: s.url,
    };
  });
}
