// kind: matrix — rows × columns of short, sourced text cells (topics × versions of a plan, towns × accounts).
// A state highlights rows, columns or single cells; without JavaScript it is an ordinary table.
import { DATA_FILES } from '../../content-paths';
import { z } from 'astro/zod';
import { idSchema, isoDateSchema } from '../../schemas/common';
import { valueSources, type Catalog } from '../../reader/catalog';
import { placeholdersIn } from '../../reader/placeholders';
import { didYouMean } from '../../lib/suggest';
import { toCsv } from '../../lib/csv';
import { sourceTitleText } from '../../lib/format';
import { RELIABILITIES } from '../../schemas/notes';
import { chartFileSchema } from '../schema';
import { renderText } from '../../figures/words';
import type { Chart, ChartKind, ChartText, StateBase } from '../types';

/** A cell is flagged as the fact sheets flag facts: the same words as a plan point's reliability. */
export const FLAGS = RELIABILITIES;
export type Flag = (typeof FLAGS)[number];
/** How a flag reads on the page, as the fact sheets use them. */
export const FLAG_WORDS: Record<Flag, string> = { confirmed: 'confirmed by two outlets', single: 'one outlet', weak: 'unverified' };
export const NOT_REPORTED = 'not-reported';

const cellSchema = z.union([
  z.literal(NOT_REPORTED),
  z.strictObject({ text: z.string().min(1), source: idSchema, flag: z.enum(FLAGS), note: z.string().min(1).optional() }),
]);

const schema = chartFileSchema(
  'matrix',
  {
    highlight: z
      .strictObject({
        rows: z.array(idSchema).optional(),
        columns: z.array(idSchema).optional(),
        cells: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'write a cell as row-id/column-id, e.g. `army/europe`')).optional(),
      })
      .optional(),
  },
  {
    columns: z.array(z.strictObject({ id: idSchema, label: z.string().min(1), date: isoDateSchema.optional() })).min(1),
    rows: z.array(z.strictObject({ id: idSchema, label: z.string().min(1), cells: z.record(idSchema, cellSchema) })).min(1),
  },
);
export type MatrixChartFile = z.infer<typeof schema>;
export type MatrixCellSpec = z.infer<typeof cellSchema>;

export interface MatrixState extends StateBase {
  type: 'matrix';
  /** Highlighted rows, columns and cells ("row/column"); all empty: nothing dimmed. */
  rows: string[];
  columns: string[];
  cells: string[];
}

/** A cell's words as a reader sees them. */
export function cellWords(catalog: Catalog, cell: MatrixCellSpec): string {
  return cell === NOT_REPORTED ? 'Not reported' : renderText(cell.text, catalog);
}

export const matrix: ChartKind<MatrixChartFile, MatrixState> = {
  name: 'matrix',
  description: 'rows × columns of short, sourced text cells; a state highlights rows, columns or cells',
  schema: schema as z.ZodType<MatrixChartFile>,
  canvas: false,
  values: () => [],
  texts(spec) {
    const out: ChartText[] = Object.entries(spec.states).flatMap(([sid, s]) => (['heading', 'caption', 'summary'] as const).map((f) => ({ text: s[f], path: ['states', sid, f] })));
    spec.rows.forEach((r, i) =>
      Object.entries(r.cells).forEach(([col, c]) => {
        if (c !== NOT_REPORTED) out.push({ text: c.text, path: ['rows', i, 'cells', col, 'text'] }, ...(c.note ? [{ text: c.note, path: ['rows', i, 'cells', col, 'note'] }] : []));
      }),
    );
    return out;
  },
  check(spec, catalog) {
    const problems: ReturnType<NonNullable<ChartKind['check']>> = [];
    const cols = spec.columns.map((c) => c.id);
    const rows = spec.rows.map((r) => r.id);
    spec.rows.forEach((r, i) => {
      for (const col of cols)
        if (!(col in r.cells))
          problems.push({ path: ['rows', i, 'cells'], field: `rows[${i}] (${r.id}).cells`, message: `no cell for the column \`${col}\`.`, hint: `add \`${col}: not-reported\` if the sources say nothing; every row has a cell for every column.` });
      for (const [col, c] of Object.entries(r.cells)) {
        if (!cols.includes(col))
          problems.push({ path: ['rows', i, 'cells', col], key: true, field: `rows[${i}] (${r.id}).cells.${col}`, message: `unknown column \`${col}\`.`, hint: `columns are ${cols.map((x) => `\`${x}\``).join(', ')}.${didYouMean(col, cols)}` });
        if (c !== NOT_REPORTED && !catalog.sources.has(c.source))
          problems.push({ path: ['rows', i, 'cells', col, 'source'], field: `rows[${i}] (${r.id}).cells.${col}.source`, message: `unknown source \`${c.source}\`.`, hint: `add it to ${DATA_FILES.sources} or use an existing id.${didYouMean(c.source, catalog.sources.keys())}` });
      }
    });
    for (const [sid, s] of Object.entries(spec.states)) {
      const bad = (list: string, id: string, known: string[], i: number) =>
        problems.push({ path: ['states', sid, 'highlight', list, i], field: `states.${sid}.highlight.${list}[${i}]`, message: `unknown ${list.slice(0, -1)} \`${id}\`.`, hint: `${list} are ${known.map((x) => `\`${x}\``).join(', ')}.${didYouMean(id, known)}` });
      s.highlight?.rows?.forEach((id, i) => rows.includes(id) || bad('rows', id, rows, i));
      s.highlight?.columns?.forEach((id, i) => cols.includes(id) || bad('columns', id, cols, i));
      s.highlight?.cells?.forEach((rc, i) => {
        const [r, c] = rc.split('/') as [string, string];
        if (!rows.includes(r)) bad('cells', rc, rows.flatMap((x) => cols.map((y) => `${x}/${y}`)), i);
        else if (!cols.includes(c)) bad('cells', rc, cols.map((y) => `${r}/${y}`), i);
      });
    }
    return problems;
  },
  states(chart, catalog) {
    return Object.fromEntries(
      Object.entries(chart.spec.states).map(([id, s]) => [
        id,
        {
          type: 'matrix',
          chart: chart.id,
          state: id,
          heading: renderText(s.heading, catalog),
          caption: renderText(s.caption, catalog),
          summary: renderText(s.summary, catalog),
          rows: s.highlight?.rows ?? [],
          columns: s.highlight?.columns ?? [],
          cells: s.highlight?.cells ?? [],
        },
      ]),
    );
  },
  csv(chart: Chart<MatrixChartFile>, catalog) {
    const spec = chart.spec;
    return toCsv(
      ['row_id', 'row', 'column_id', 'column', 'column_date', 'text', 'note', 'flag', 'source_id', 'source_publisher', 'source_title', 'source_url', 'source_published'],
      spec.rows.flatMap((r) =>
        spec.columns.map((c) => {
          const cell = r.cells[c.id];
          if (!cell || cell === NOT_REPORTED) return [r.id, r.label, c.id, c.label, c.date, 'not reported', '', '', '', '', '', '', ''];
          const s = catalog.sources.get(cell.source)!;
          return [r.id, r.label, c.id, c.label, c.date, renderText(cell.text, catalog), cell.note && renderText(cell.note, catalog), cell.flag, s.id, s.publisher, sourceTitleText(s), s.url, s.published];
        }),
      ),
    );
  },
  sources(chart, catalog) {
    return chart.spec.rows.flatMap((r) =>
      Object.values(r.cells).flatMap((c) => (c === NOT_REPORTED ? [] : [c.source, ...placeholdersIn(c.text).flatMap((p) => valueSources(catalog, p.id))])),
    );
  },
};
