// kind: bar — horizontal bars, grouped or stacked, one category per row; claims hatched and labelled.
// A state names its bars by value id (or derived value id); the figures, kinds and colours follow from the data.
import { z } from 'astro/zod';
import { idSchema, unitSchema } from '../../schemas/common';
import { valueSources, type Catalog, type CatalogValue } from '../../reader/catalog';
import { formatFigure, formatNumber, KIND_WORDS } from '../../lib/format';
import type { Locale } from '../../i18n/locale';
import { kindWords } from '../../i18n/ui-kinds';
import { toCsv } from '../../lib/csv';
import { chartFileSchema } from '../schema';
import { chartCsvHeader, sourceCells, stateTexts, stateWords } from '../common';
import { drawBarCard } from './card';
import { renderText } from '../../figures/words';
import type { Chart, ChartKind, ChartText, ValueRef } from '../types';
import { COLOR_TOKENS, type Bar, type BarChartState, type BarSeries } from './types';
import { dataRows } from './table';

const barSchema = z.strictObject({
  label: z.string().min(1),
  value: idSchema.optional(),
  values: z.array(idSchema.nullable()).min(1).optional(),
  highlight: z.boolean().optional(),
  /** The words at the bar's end, when the figure alone would mislead ("captured · claim"); may hold placeholders. */
  text: z.string().min(1).optional(),
});

const schema = chartFileSchema(
  'bar',
  {
    axis: z.strictObject({ unit: unitSchema, title: z.string().min(1), max: z.number().positive().optional() }),
    stacked: z.boolean().default(false),
    labels: z.enum(['figure', 'number']).default('figure'),
    series: z
      .array(z.strictObject({ name: z.string().min(1), color: z.enum([...COLOR_TOKENS, 'by-kind']) }))
      .min(1)
      .optional(),
    bars: z.array(barSchema).min(1),
  },
  { table: z.array(idSchema).min(1).optional() },
);
export type BarChartFile = z.infer<typeof schema>;
type BarState = BarChartFile['states'][string];

/** The value ids of one bar, one per series (null: an empty slot). */
const idsOf = (b: z.infer<typeof barSchema>): (string | null)[] => b.values ?? (b.value ? [b.value] : []);

/** Every value the chart draws, in order of first appearance; the data table and CSV list these unless `table` says. */
function drawn(spec: BarChartFile): string[] {
  const ids = Object.values(spec.states).flatMap((s) => s.bars.flatMap(idsOf));
  return [...new Set(ids.filter((id): id is string => !!id))];
}

/** The values of the data table: those named in `table`, or every drawn value that is not derived. */
function tableIds(spec: BarChartFile, catalog: Catalog): string[] {
  return spec.table ?? drawn(spec).filter((id) => !catalog.values.get(id)?.derived);
}

function barFor(v: CatalogValue, labels: BarState['labels'], text: string | undefined, locale: Locale): Bar {
  const display = text ?? (labels === 'number' ? formatNumber(v.value, 2, locale) : `${formatFigure(v, locale)} · ${KIND_WORDS[locale][v.kind]}`);
  return { valueId: v.id, value: v.value, display, kind: v.kind };
}

function stateOf(chart: Chart<BarChartFile>, id: string, s: BarState, catalog: Catalog): BarChartState {
  const text = (t: string) => renderText(t, catalog);
  const series: BarSeries[] = (s.series ?? [{ name: chart.spec.title, color: 'by-kind' as const }]).map((def, k) => ({
    name: def.name,
    token: def.color,
    bars: s.bars.map((b) => {
      const vid = idsOf(b)[k];
      const v = vid ? catalog.values.get(vid) : undefined;
      return v ? barFor(v, s.labels, b.text && idsOf(b).length === 1 ? text(b.text) : undefined, catalog.locale) : null;
    }),
  }));
  return {
    type: 'bar',
    ...stateWords(chart.id, id, s, catalog),
    stacked: s.stacked,
    categories: s.bars.map((b) => text(b.label)),
    series,
    highlight: s.bars.flatMap((b, i) => (b.highlight ? [i] : [])),
    claimKey: kindWords(catalog.locale).claimKey,
    locale: catalog.locale,
    axis: { unit: s.axis.unit, title: text(s.axis.title), ...(s.axis.max ? { max: s.axis.max } : {}) },
  };
}

const VALUE_HEADER = ['id', 'label', 'value', 'unit', 'qualifier', 'kind', 'by', 'from', 'date', 'note'];

export const bar: ChartKind<BarChartFile, BarChartState> = {
  name: 'bar',
  description: 'horizontal bars, grouped or stacked: claims against estimates, counts against counts',
  schema: schema as z.ZodType<BarChartFile>,
  canvas: true,
  values(spec) {
    const refs: ValueRef[] = (spec.table ?? []).map((id, i) => ({ id, path: ['table', i] }));
    for (const [sid, s] of Object.entries(spec.states))
      s.bars.forEach((b, i) => {
        if (b.value) refs.push({ id: b.value, path: ['states', sid, 'bars', i, 'value'] });
        b.values?.forEach((id, k) => id && refs.push({ id, path: ['states', sid, 'bars', i, 'values', k] }));
      });
    return refs;
  },
  texts(spec) {
    return stateTexts(spec).concat(
      Object.entries(spec.states).flatMap(([sid, s]): ChartText[] => [
        { text: s.axis.title, path: ['states', sid, 'axis', 'title'] },
        ...s.bars.map((b, i) => ({ text: b.label, path: ['states', sid, 'bars', i, 'label'] })),
        ...s.bars.flatMap((b, i) => (b.text ? [{ text: b.text, path: ['states', sid, 'bars', i, 'text'] }] : [])),
      ]),
    );
  },
  check(spec) {
    return Object.entries(spec.states).flatMap(([sid, s]) =>
      s.bars.flatMap((b, i) => {
        const path = ['states', sid, 'bars', i];
        const field = `states.${sid}.bars[${i}]`;
        const n = idsOf(b).length;
        if (!b.value && !b.values)
          return [
            {
              path,
              field,
              message: 'a bar needs `value` (one series) or `values` (one per series).',
              hint: "write `value: <value-id>` under the bar's `label`.",
            },
          ];
        if (b.value && b.values)
          return [
            {
              path: [...path, 'values'],
              key: true,
              field: `${field}.values`,
              message: 'a bar has `value` or `values`, not both.',
              hint: 'keep `values` for a stacked bar, `value` otherwise.',
            },
          ];
        const want = s.series?.length ?? 1;
        if (n !== want)
          return [
            {
              path: [...path, b.values ? 'values' : 'value'],
              field,
              message: `this bar has ${n} value${n === 1 ? '' : 's'}, the state ${want} series.`,
              hint: 'give one value per series, in the order of `series` (write `~` for an empty slot).',
            },
          ];
        return [];
      }),
    );
  },
  states(chart, catalog) {
    return Object.fromEntries(Object.entries(chart.spec.states).map(([id, s]) => [id, stateOf(chart, id, s, catalog)]));
  },
  drawCard: (area, state) => drawBarCard(area, state),
  csv(chart, catalog) {
    return toCsv(
      chartCsvHeader(VALUE_HEADER, catalog),
      dataRows(catalog, tableIds(chart.spec, catalog)).map((r) => {
        const s = catalog.sources.get(r.sourceId)!;
        return [
          r.id,
          r.label,
          r.value,
          r.unit,
          catalog.values.get(r.id)?.qualifier,
          r.kind,
          r.by,
          r.from,
          r.date,
          r.note,
          ...sourceCells([s], catalog.locale),
        ];
      }),
    );
  },
  sources(chart, catalog) {
    return drawn(chart.spec)
      .concat(chart.spec.table ?? [])
      .flatMap((id) => valueSources(catalog, id));
  },
};

export { tableIds };
