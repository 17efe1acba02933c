// kind: matrix — rows × columns of short, sourced text cells (topics × versions of a plan, towns × accounts).
// A state highlights rows, columns or single cells; without JavaScript it is an ordinary table.
import { DATA_FILES } from '../../content-paths';
import { z } from 'astro/zod';
import { idSchema, isoDateSchema } from '../../schemas/common';
import { valueSources } from '../../reader/catalog';
import { placeholdersIn } from '../../reader/placeholders';
import { codeList, didYouMean } from '../../lib/suggest';
import { toCsv } from '../../lib/csv';
import { RELIABILITIES } from '../../schemas/notes';
import { chartFileSchema } from '../schema';
import { chartCsvHeader, sourceCells, stateTexts, stateWords } from '../common';
import { FLAG_WORDS_IN, kindWords } from '../../i18n/ui-kinds';
import type { Locale } from '../../i18n/locale';
import { renderText } from '../../figures/words';
import type { Chart, ChartKind, ChartText, StateBase } from '../types';

/** A cell is flagged as the fact sheets flag facts: the same words as a plan point's reliability. */
export const FLAGS = RELIABILITIES;
export type Flag = (typeof FLAGS)[number];
/** How a flag reads on the page in an edition, as the fact sheets use them (src/i18n/ui-kinds.ts). */
export const flagWords = (flag: Flag, locale: Locale): string => FLAG_WORDS_IN[flag][locale];
/** The English words of each flag. */
export const FLAG_WORDS: Record<Flag, string> = {
  confirmed: flagWords('confirmed', 'en'),
  single: flagWords('single', 'en'),
  weak: flagWords('weak', 'en'),
};
export const NOT_REPORTED = 'not-reported';

const cellSchema = z.union([
  z.literal(NOT_REPORTED),
  z.strictObject({
    text: z.string().min(1),
    /** One source, or `sources: [a, b]` when the cell rests on more than one (a confirmed fact, two outlets). */
    source: idSchema.optional(),
    sources: z.array(idSchema).min(1).optional(),
    /**
     * The other outlet(s) behind a `confirmed` flag when the cell cites one page (`confirmed_by: "BBC, Kronen Zeitung"`):
     * a confirmed flag always names both outlets, on the page and in the CSV.
     */
    confirmed_by: z.string().min(1).optional(),
    flag: z.enum(FLAGS),
    note: z.string().min(1).optional(),
  }),
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

/** The sources a cell names, in the order written: its `source`, or each of its `sources`. */
export function cellSources(cell: MatrixCellSpec): string[] {
  if (cell === NOT_REPORTED) return [];
  return cell.sources ?? (cell.source ? [cell.source] : []);
}

/** The body cells ("row/column") a state names, in table order: its rows, its columns and its single cells. */
export function namedCells(spec: Pick<MatrixChartFile, 'rows' | 'columns'>, state: Pick<MatrixState, 'rows' | 'columns' | 'cells'>): string[] {
  return spec.rows.flatMap((r) =>
    spec.columns
      .filter((c) => state.rows.includes(r.id) || state.columns.includes(c.id) || state.cells.includes(`${r.id}/${c.id}`))
      .map((c) => `${r.id}/${c.id}`),
  );
}

export const matrix: ChartKind<MatrixChartFile, MatrixState> = {
  name: 'matrix',
  description: 'rows × columns of short, sourced text cells; a state highlights rows, columns or cells',
  schema: schema as z.ZodType<MatrixChartFile>,
  canvas: false,
  values: () => [],
  texts(spec) {
    const out: ChartText[] = stateTexts(spec);
    spec.rows.forEach((r, i) =>
      Object.entries(r.cells).forEach(([col, c]) => {
        if (c !== NOT_REPORTED)
          out.push(
            { text: c.text, path: ['rows', i, 'cells', col, 'text'] },
            ...(c.note ? [{ text: c.note, path: ['rows', i, 'cells', col, 'note'] }] : []),
          );
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
          problems.push({
            path: ['rows', i, 'cells'],
            field: `rows[${i}] (${r.id}).cells`,
            message: `no cell for the column \`${col}\`.`,
            hint: `add \`${col}: not-reported\` if the sources say nothing; every row has a cell for every column.`,
          });
      for (const [col, c] of Object.entries(r.cells)) {
        if (!cols.includes(col))
          problems.push({
            path: ['rows', i, 'cells', col],
            key: true,
            field: `rows[${i}] (${r.id}).cells.${col}`,
            message: `unknown column \`${col}\`.`,
            hint: `columns are ${codeList(cols)}.${didYouMean(col, cols)}`,
          });
        if (c === NOT_REPORTED) continue;
        const field = `rows[${i}] (${r.id}).cells.${col}`;
        if (c.source && c.sources)
          problems.push({
            path: ['rows', i, 'cells', col, 'sources'],
            key: true,
            field,
            message: 'a cell names `source` or `sources`, not both.',
            hint: 'put every source in `sources: [a, b]`, or keep one in `source`.',
          });
        else if (!c.source && !c.sources)
          problems.push({
            path: ['rows', i, 'cells', col],
            field,
            message: 'a cell needs a `source` (or `sources: [a, b]`).',
            hint: 'name the source the cell rests on, or write the cell as `not-reported`.',
          });
        if (c.source && !catalog.sources.has(c.source))
          problems.push({
            path: ['rows', i, 'cells', col, 'source'],
            field: `${field}.source`,
            message: `unknown source \`${c.source}\`.`,
            hint: `add it to ${DATA_FILES.sources} or use an existing id.${didYouMean(c.source, catalog.sources.keys())}`,
          });
        c.sources?.forEach((id, j) => {
          if (!catalog.sources.has(id))
            problems.push({
              path: ['rows', i, 'cells', col, 'sources', j],
              field: `${field}.sources[${j}]`,
              message: `unknown source \`${id}\`.`,
              hint: `add it to ${DATA_FILES.sources} or use an existing id.${didYouMean(id, catalog.sources.keys())}`,
            });
        });
        if (c.flag === 'confirmed' && cellSources(c).length < 2 && !c.confirmed_by)
          problems.push({
            path: ['rows', i, 'cells', col, 'flag'],
            field: `${field}.flag`,
            message: '`confirmed` means two outlets, and this cell names one.',
            hint: 'add the second page to `sources: [a, b]`, or name the other outlet in `confirmed_by: "…"`, or flag the cell `single`.',
          });
        if (c.confirmed_by && c.flag !== 'confirmed')
          problems.push({
            path: ['rows', i, 'cells', col, 'confirmed_by'],
            key: true,
            field: `${field}.confirmed_by`,
            message: `\`confirmed_by\` names the second outlet of a \`confirmed\` cell, and this cell is flagged \`${c.flag}\`.`,
            hint: 'flag the cell `confirmed`, or remove `confirmed_by`.',
          });
        if (c.sources && new Set(c.sources).size !== c.sources.length)
          problems.push({
            path: ['rows', i, 'cells', col, 'sources'],
            field: `${field}.sources`,
            message: 'a source is named twice.',
            hint: 'name each source once.',
          });
      }
    });
    for (const [sid, s] of Object.entries(spec.states)) {
      const bad = (list: string, id: string, known: string[], i: number) =>
        problems.push({
          path: ['states', sid, 'highlight', list, i],
          field: `states.${sid}.highlight.${list}[${i}]`,
          message: `unknown ${list.slice(0, -1)} \`${id}\`.`,
          hint: `${list} are ${codeList(known)}.${didYouMean(id, known)}`,
        });
      s.highlight?.rows?.forEach((id, i) => rows.includes(id) || bad('rows', id, rows, i));
      s.highlight?.columns?.forEach((id, i) => cols.includes(id) || bad('columns', id, cols, i));
      s.highlight?.cells?.forEach((rc, i) => {
        const [r, c] = rc.split('/') as [string, string];
        if (!rows.includes(r))
          bad(
            'cells',
            rc,
            rows.flatMap((x) => cols.map((y) => `${x}/${y}`)),
            i,
          );
        else if (!cols.includes(c))
          bad(
            'cells',
            rc,
            cols.map((y) => `${r}/${y}`),
            i,
          );
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
          ...stateWords(chart.id, id, s, catalog),
          rows: s.highlight?.rows ?? [],
          columns: s.highlight?.columns ?? [],
          cells: s.highlight?.cells ?? [],
        },
      ]),
    );
  },
  csv(chart: Chart<MatrixChartFile>, catalog) {
    const spec = chart.spec;
    const { notReportedCsv } = kindWords(catalog.locale);
    return toCsv(
      chartCsvHeader(['row_id', 'row', 'column_id', 'column', 'column_date', 'text', 'note', 'flag', 'confirmed_by'], catalog),
      spec.rows.flatMap((r) =>
        spec.columns.map((c) => {
          const cell = r.cells[c.id];
          if (!cell || cell === NOT_REPORTED) return [r.id, r.label, c.id, c.label, c.date, notReportedCsv, '', '', '', '', '', '', '', ''];
          return [
            r.id,
            r.label,
            c.id,
            c.label,
            c.date,
            renderText(cell.text, catalog),
            cell.note && renderText(cell.note, catalog),
            cell.flag,
            cell.confirmed_by,
            // Several sources: each field's entries joined by " | ", in the order the cell names them.
            ...sourceCells(
              cellSources(cell).map((id) => catalog.sources.get(id)!),
              catalog.locale,
            ),
          ];
        }),
      ),
    );
  },
  sources(chart, catalog) {
    return chart.spec.rows.flatMap((r) =>
      Object.values(r.cells).flatMap((c) =>
        c === NOT_REPORTED ? [] : [...cellSources(c), ...placeholdersIn(`${c.text} ${c.note ?? ''}`).flatMap((p) => valueSources(catalog, p.id))],
      ),
    );
  },
};
