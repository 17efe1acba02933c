// Interprets the chart files of content/charts/ with their kinds: the kind is known, the file matches the kind's
// schema, every value id and {placeholder} names a value, and the kind's own checks pass. Never throws: the problems
// come back, with lines, beside the charts that were read cleanly.
import { DATASETS_DIR } from '../content-paths';
import type { Catalog } from '../reader/catalog';
import { placeholderProblems } from '../reader/catalog';
import type { ContentProblem } from '../reader/errors';
import { withExcerpts } from '../reader/errors';
import type { ChartFileRead } from '../reader/read-content';
import { checkWithSchema } from '../reader/teach';
import { placeProblems } from '../reader/yaml';
import { didYouMean } from '../lib/suggest';
import { KINDS } from '../kinds/registry';
import type { Chart, ChartKind } from '../kinds/types';

export interface CheckedChart {
  chart: Chart;
  kind: ChartKind;
}

const kindNames = () => Object.keys(KINDS);

function checkOne(read: ChartFileRead, catalog: Catalog | undefined): { checked?: CheckedChart; problems: ContentProblem[] } {
  const file = read.file;
  if (read.yaml.problems.length) return { problems: read.yaml.problems };
  const raw = read.yaml.data as { kind?: unknown } | null;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          field: '(the whole file)',
          message: 'expected `kind`, `title` and `states` at the top of the file.',
          hint: 'see docs/editing.md, "A chart file", for an example.',
        },
      ],
    };
  const kind = typeof raw.kind === 'string' ? KINDS[raw.kind] : undefined;
  if (!kind) {
    const found = raw.kind === undefined ? 'missing' : `\`${String(raw.kind)}\``;
    return {
      problems: [
        {
          file,
          path: ['kind'],
          field: 'kind',
          message:
            raw.kind === undefined
              ? `missing; expected one of ${kindNames()
                  .map((k) => `\`${k}\``)
                  .join(', ')}.`
              : `expected one of ${kindNames()
                  .map((k) => `\`${k}\``)
                  .join(', ')}, found ${found}.`,
          hint:
            raw.kind === undefined
              ? 'add a line such as `kind: bar` at the top.'
              : `the kinds are ${kindNames()
                  .map((k) => `\`${k}\`: ${KINDS[k]!.description}`)
                  .join('; ')}.${didYouMean(String(raw.kind), kindNames())}`,
        },
      ],
    };
  }
  const result = checkWithSchema(kind.schema, raw, file);
  if (!result.ok) return { problems: result.problems };
  const spec = result.data;
  const problems: ContentProblem[] = [];
  if (catalog) {
    for (const ref of kind.values(spec))
      if (!catalog.values.has(ref.id))
        problems.push({
          file,
          path: ref.path,
          field: ref.path.join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]'),
          message: `no value has the id \`${ref.id}\`.`,
          hint: `value ids live in ${DATASETS_DIR}/.${didYouMean(ref.id, catalog.values.keys())}`,
        });
    const extra = Object.keys(kind.figures?.(catalog) ?? {});
    for (const t of kind.texts(spec))
      problems.push(
        ...placeholderProblems(t.text, catalog.values, { file, path: t.path, field: t.path.join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]') }, extra),
      );
    problems.push(...(kind.check?.(spec, catalog) ?? []).map((p) => ({ ...p, file })));
  }
  return { checked: problems.length ? undefined : { chart: { id: read.id, file, spec }, kind }, problems };
}

/** Every chart file checked; the charts that passed, keyed by id, and every problem with its line. */
export function checkCharts(reads: ChartFileRead[], catalog: Catalog | undefined): { charts: Map<string, CheckedChart>; problems: ContentProblem[] } {
  const charts = new Map<string, CheckedChart>();
  const problems: ContentProblem[] = [];
  for (const read of reads) {
    const { checked, problems: found } = checkOne(read, catalog);
    if (checked) charts.set(read.id, checked);
    problems.push(...withExcerpts(placeProblems(found, read.yaml), read.file, read.text));
  }
  return { charts, problems };
}
