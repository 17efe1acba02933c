// The catalog joins every data file into one index and checks what a schema alone cannot:
// ids unique across files, every source id known, every {value-id} placeholder resolvable.
// Pure: it takes parsed data and either returns the index or throws a ContentError listing every problem.
import type { Source } from '../schemas/source';
import type { Dataset, Value } from '../schemas/value';
import type { PlanPoint, TimelineEntry, Update } from '../schemas/notes';
import { ContentError, type ContentProblem } from './errors';
import { didYouMean } from '../lib/suggest';

export interface CatalogValue extends Value {
  dataset: string;
}

export interface CatalogInput {
  sources: Source[];
  datasets: Dataset[];
  planPoints: PlanPoint[];
  timeline: TimelineEntry[];
  updates: Update[];
}

export interface Catalog {
  sources: Map<string, Source>;
  values: Map<string, CatalogValue>;
  planPoints: PlanPoint[];
  timeline: TimelineEntry[];
  updates: Update[];
}

export const DATA_FILES = {
  sources: 'content/data/sources.yaml',
  dataset: (id: string) => `content/data/datasets/${id}.yaml`,
  planPoints: 'content/data/plan-points.yaml',
  timeline: 'content/data/timeline.yaml',
  updates: 'content/data/updates.yaml',
} as const;

const PLACEHOLDER = /\{([a-z0-9-]+)\}/g;

/** The value ids named by `{value-id}` placeholders in a text field. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export function buildCatalog(input: CatalogInput): Catalog {
  const problems: ContentProblem[] = [];
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const values = new Map<string, CatalogValue>();

  const checkSource = (file: string, field: string, id: string, path: ContentProblem['path']) => {
    if (!sources.has(id))
      problems.push({
        file,
        field,
        path,
        message: `unknown source \`${id}\`.`,
        hint: `add it to ${DATA_FILES.sources} or use an existing id.${didYouMean(id, sources.keys())}`,
      });
  };

  for (const dataset of input.datasets) {
    const file = DATA_FILES.dataset(dataset.id);
    dataset.values.forEach((v, i) => {
      const field = `values[${i}] (${v.id})`;
      const twin = values.get(v.id);
      if (twin)
        problems.push({
          file,
          field: `${field}.id`,
          path: ['values', i, 'id'],
          message: `the id \`${v.id}\` is already used in ${DATA_FILES.dataset(twin.dataset)}.`,
          hint: 'every value id must be unique across all datasets; rename one of them.',
        });
      values.set(v.id, { ...v, dataset: dataset.id });
      checkSource(file, `${field}.source`, v.source, ['values', i, 'source']);
      if (v.denial) checkSource(file, `${field}.denial.source`, v.denial.source, ['values', i, 'denial', 'source']);
    });
  }

  const checkText = (file: string, field: string, text: string, path: ContentProblem['path']) => {
    for (const id of placeholdersIn(text))
      if (!values.has(id))
        problems.push({
          file,
          field,
          path,
          message: `the placeholder {${id}} names no value.`,
          hint: `use the id of a value in content/data/datasets/.${didYouMean(id, values.keys())}`,
        });
  };

  input.planPoints.forEach((p, i) => {
    checkSource(DATA_FILES.planPoints, `[${i}] (${p.id}).source`, p.source, [i, 'source']);
    checkText(DATA_FILES.planPoints, `[${i}] (${p.id}).summary`, p.summary, [i, 'summary']);
  });
  input.timeline.forEach((t, i) => {
    checkSource(DATA_FILES.timeline, `[${i}] (${t.id}).source`, t.source, [i, 'source']);
    checkText(DATA_FILES.timeline, `[${i}] (${t.id}).text`, t.text, [i, 'text']);
  });
  input.updates.forEach((u, i) => {
    checkSource(DATA_FILES.updates, `[${i}] (${u.id}).source`, u.source, [i, 'source']);
    checkText(DATA_FILES.updates, `[${i}] (${u.id}).text`, u.text, [i, 'text']);
  });

  if (problems.length) throw new ContentError(problems);
  return {
    sources,
    values,
    planPoints: input.planPoints,
    timeline: [...input.timeline].sort((a, b) => a.date.localeCompare(b.date)),
    updates: [...input.updates].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/** The value with this id, or a ContentError naming where it was asked for and the closest id. */
export function getValue(catalog: Catalog, id: string, where: { file: string; field: string }): CatalogValue {
  const v = catalog.values.get(id);
  if (v) return v;
  throw new ContentError([
    { ...where, message: `no value has the id \`${id}\`.`, hint: `ids live in content/data/datasets/.${didYouMean(id, catalog.values.keys())}` },
  ]);
}

/** The source with this id, or a ContentError naming where it was asked for and the closest id. */
export function getSource(catalog: Catalog, id: string, where: { file: string; field: string }): Source {
  const s = catalog.sources.get(id);
  if (s) return s;
  throw new ContentError([
    { ...where, message: `no source has the id \`${id}\`.`, hint: `sources live in ${DATA_FILES.sources}.${didYouMean(id, catalog.sources.keys())}` },
  ]);
}
