// The catalog joins every data file into one index and checks what a schema alone cannot:
// ids unique across files, every source id known, every {value-id} placeholder resolvable, every derived value
// computable. Pure: it takes parsed data and either returns the index or throws a ContentError listing every problem.
// It knows nothing of charts or chapters.
import type { Locale } from '../i18n/locale';
import type { Source } from '../schemas/source';
import type { Dataset, Value } from '../schemas/value';
import type { Kind } from '../schemas/common';
import type { PlanPoint, TimelineEntry, Update } from '../schemas/notes';
import type { Correction } from '../schemas/correction';
import type { MapPlace } from '../schemas/places';
import { ContentError, type ContentProblem, type Place } from './errors';
import { didYouMean } from '../lib/suggest';
import { DATA_FILES, DATASETS_DIR } from '../content-paths';
import { isField, PLACEHOLDER_FIELDS, placeholdersIn } from './placeholders';
import { computeDerived, type Provenance } from './derived';

export interface CatalogValue extends Omit<Value, 'kind'> {
  /** A written kind, or one the build gives a derived value (`difference`). */
  kind: Kind;
  dataset: string;
  /** The dataset's file: content/data/datasets/<id>.yaml or .csv. */
  file: string;
  /** Set on a derived value: how it was computed, and from which values. */
  derived?: Provenance;
}

/** A dataset as read, with the file it came from (YAML or CSV). */
export type DatasetInput = Dataset & { file: string };

export interface CatalogInput {
  sources: Source[];
  datasets: DatasetInput[];
  planPoints: PlanPoint[];
  timeline: TimelineEntry[];
  updates: Update[];
  /** The corrections log; absent when content/data/corrections.yaml is. */
  corrections?: Correction[];
  /** The places maps show (content/data/places.yaml); none when the file is absent. */
  places?: MapPlace[];
}

export interface Catalog {
  /** The edition these words are in: every text of the catalog is in its language, and figures render in its style. */
  locale: Locale;
  sources: Map<string, Source>;
  values: Map<string, CatalogValue>;
  planPoints: PlanPoint[];
  timeline: TimelineEntry[];
  updates: Update[];
  /** In date order, oldest first. */
  corrections: Correction[];
  /** The places maps show, by id. */
  places: Map<string, MapPlace>;
}

/** Problems with the placeholders of one text: a name that is no value (nor one of `extra`), a field that is none. */
export function placeholderProblems(
  text: string,
  known: { has(id: string): boolean; keys(): Iterable<string> },
  where: Omit<ContentProblem, 'message' | 'hint'>,
  extra: readonly string[] = [],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const p of placeholdersIn(text)) {
    const within = { offset: p.index, length: p.raw.length };
    if (!known.has(p.id) && !extra.includes(p.id))
      problems.push({
        ...where,
        within,
        message: `the placeholder ${p.raw} names no value.`,
        hint: `use the id of a value in ${DATASETS_DIR}/${extra.length ? ` or one of ${extra.map((e) => `{${e}}`).join(', ')}` : ''}.${didYouMean(p.id, [...known.keys(), ...extra])}`,
      });
    else if (!isField(p.field))
      problems.push({
        ...where,
        within,
        message: `the placeholder ${p.raw} asks for \`${p.field}\`, which a value does not have.`,
        hint: `write {${p.id}} for the figure, or {${p.id}.field} with one of ${PLACEHOLDER_FIELDS.map((f) => `\`${f}\``).join(', ')}.${didYouMean(p.field ?? '', PLACEHOLDER_FIELDS)}`,
      });
  }
  return problems;
}

export function buildCatalog(input: CatalogInput, locale: Locale = 'en'): Catalog {
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

  const claimId = (file: string, list: 'values' | 'derived', i: number, id: string) => {
    const twin = values.get(id);
    if (!twin) return true;
    problems.push({
      file,
      field: `${list}[${i}] (${id}).id`,
      path: [list, i, 'id'],
      message: `the id \`${id}\` is already used in ${twin.file}.`,
      hint: 'every value id must be unique across all datasets; rename one of them.',
    });
    return false;
  };

  for (const dataset of input.datasets) {
    const file = dataset.file;
    dataset.values.forEach((v, i) => {
      const field = `values[${i}] (${v.id})`;
      claimId(file, 'values', i, v.id);
      values.set(v.id, { ...v, dataset: dataset.id, file });
      checkSource(file, `${field}.source`, v.source, ['values', i, 'source']);
      if (v.denial) checkSource(file, `${field}.denial.source`, v.denial.source, ['values', i, 'denial', 'source']);
    });
  }
  computeAllDerived(input.datasets, values, problems, claimId);

  const checkText = (file: string, field: string, text: string, path: ContentProblem['path']) => {
    problems.push(...placeholderProblems(text, values, { file, field, path }));
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

  (input.corrections ?? []).forEach((c, i) => {
    c.sources.forEach((s, k) => checkSource(DATA_FILES.corrections, `[${i}] (${c.id}).sources[${k}]`, s, [i, 'sources', k]));
    checkText(DATA_FILES.corrections, `[${i}] (${c.id}).right`, c.right, [i, 'right']);
  });
  (input.places ?? []).forEach((p, i) => checkSource(DATA_FILES.places, `[${i}] (${p.id}).source`, p.source, [i, 'source']));

  if (problems.length) throw new ContentError(problems);
  return {
    locale,
    places: new Map((input.places ?? []).map((p) => [p.id, p])),
    sources,
    values,
    planPoints: input.planPoints,
    timeline: [...input.timeline].sort((a, b) => a.date.localeCompare(b.date)),
    updates: [...input.updates].sort((a, b) => a.date.localeCompare(b.date)),
    corrections: [...(input.corrections ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/**
 * Adds every derived value to `values`. A derived value may name another derived value, in any order: each pass
 * computes those whose inputs are all known, until a pass computes nothing new.
 */
function computeAllDerived(
  datasets: DatasetInput[],
  values: Map<string, CatalogValue>,
  problems: ContentProblem[],
  claimId: (file: string, list: 'derived', i: number, id: string) => boolean,
) {
  const pending = datasets.flatMap((ds) => ds.derived.map((d, i) => ({ d, i, ds })));
  const declared = new Set(pending.map((p) => p.d.id));
  pending.forEach(({ d, i, ds }) => claimId(ds.file, 'derived', i, d.id));
  let progress = true;
  while (pending.length && progress) {
    progress = false;
    for (let k = 0; k < pending.length; k++) {
      const { d, i, ds } = pending[k]!;
      const inputs = d.of.map((id) => values.get(id));
      if (inputs.some((v) => !v) && d.of.every((id) => values.has(id) || declared.has(id))) continue; // wait for a later pass
      pending.splice(k--, 1);
      progress = true;
      const field = `derived[${i}] (${d.id})`;
      const missing = d.of.findIndex((id) => !values.has(id));
      if (missing >= 0) {
        problems.push({
          file: ds.file,
          field: `${field}.of[${missing}]`,
          path: ['derived', i, 'of', missing],
          message: `no value has the id \`${d.of[missing]}\`.`,
          hint: `a derived value is computed from values in ${DATASETS_DIR}/.${didYouMean(d.of[missing]!, values.keys())}`,
        });
        continue;
      }
      const ins = inputs as CatalogValue[];
      const result = computeDerived(d, ins);
      if (typeof result === 'string') {
        problems.push({
          file: ds.file,
          field: `${field}.op`,
          path: ['derived', i, 'op'],
          message: result,
          hint: 'see docs/data-model.md, "Derived values".',
        });
        continue;
      }
      const first = ins[0]!;
      const bys = [...new Set(ins.map((v) => v.by))];
      // A difference of two kinds (a claim minus an estimate) is neither: it gets the kind `difference`.
      const kind = d.op === 'difference' && new Set(ins.map((v) => v.kind)).size > 1 ? 'difference' : first.kind;
      values.set(d.id, {
        id: d.id,
        label: d.label,
        value: result.value,
        unit: result.unit,
        kind,
        by: bys.length === 1 ? bys[0]! : bys.join(' and '),
        source: first.source,
        date: ins
          .map((v) => v.date)
          .sort()
          .at(-1)!,
        ...(first.from && ins.every((v) => v.from === first.from) ? { from: first.from } : {}),
        ...(d.note ? { note: d.note } : {}),
        dataset: ds.id,
        file: ds.file,
        derived: result.provenance,
      });
    }
  }
  for (const { d, i, ds } of pending)
    problems.push({
      file: ds.file,
      field: `derived[${i}] (${d.id}).of`,
      path: ['derived', i, 'of'],
      message: 'these derived values name each other in a circle, so none can be computed.',
      hint: 'compute each derived value from values, or from derived values that do not depend on it.',
    });
}

/** The value with this id, or a ContentError naming where it was asked for and the closest id. */
export function getValue(catalog: Catalog, id: string, where: Place & { field: string }): CatalogValue {
  const v = catalog.values.get(id);
  if (v) return v;
  throw new ContentError([
    { ...where, message: `no value has the id \`${id}\`.`, hint: `ids live in ${DATASETS_DIR}/.${didYouMean(id, catalog.values.keys())}` },
  ]);
}

/** The source with this id, or a ContentError naming where it was asked for and the closest id. */
export function getSource(catalog: Catalog, id: string, where: Place & { field: string }): Source {
  const s = catalog.sources.get(id);
  if (s) return s;
  throw new ContentError([
    { ...where, message: `no source has the id \`${id}\`.`, hint: `sources live in ${DATA_FILES.sources}.${didYouMean(id, catalog.sources.keys())}` },
  ]);
}

/** The sources behind a value: its own, its denial's, and for a derived value those of its inputs. */
export function valueSources(catalog: Pick<Catalog, 'values'>, id: string): string[] {
  const v = catalog.values.get(id);
  if (!v) return [];
  if (v.derived) return v.derived.of.flatMap((i) => valueSources(catalog, i));
  return [v.source, ...(v.denial ? [v.denial.source] : [])];
}
