// The rows of a chart's data table and CSV: one per value, with everything a reader needs to weigh it.
import type { Catalog } from '../../reader/catalog';
import type { Kind } from '../../schemas/common';
import { alternateUnit, curlyQuotes, formatDate, formatFigure, formatPeriod, KIND_WORDS } from '../../lib/format';
import { kindWords } from '../../i18n/ui-kinds';
import { provenance } from '../../figures/words';

export interface DataRow {
  id: string;
  label: string;
  figure: string;
  alternate?: string;
  value: number;
  unit: string;
  /** The kind in words, in the catalog's edition. */
  kind: string;
  kindId: Kind;
  by: string;
  period: string;
  from?: string;
  date: string;
  note?: string;
  sourceId: string;
  publisher: string;
  url: string;
}

/** The rows for these value ids (each checked to exist when the chart file was checked), in the catalog's edition. */
export function dataRows(catalog: Catalog, valueIds: readonly string[]): DataRow[] {
  const locale = catalog.locale;
  const words = kindWords(locale);
  return valueIds.map((id) => {
    const v = catalog.values.get(id)!;
    const s = catalog.sources.get(v.source)!;
    return {
      id: v.id,
      label: v.label,
      figure: formatFigure(v, locale),
      alternate: alternateUnit(v.value, v.unit, locale),
      value: v.value,
      unit: v.unit,
      kind: KIND_WORDS[locale][v.kind],
      kindId: v.kind,
      by: v.by,
      period: formatPeriod(v.from, v.date, locale),
      from: v.from,
      date: v.date,
      // A claim's denial travels with it into the table and the CSV, so the data never shows one side alone.
      note:
        [
          v.note,
          provenance(catalog, v),
          v.denial && words.deniedBy(v.denial.by, formatDate(v.denial.date, false, locale), curlyQuotes(`"${v.denial.text}"`, locale)),
        ]
          .filter(Boolean)
          .join('; ') || undefined,
      sourceId: s.id,
      publisher: s.publisher,
      url: s.url,
    };
  });
}
