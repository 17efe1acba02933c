// The one reader of content/: every data file (YAML, or CSV for datasets) with the schemas of src/schemas/ and the
// cross-file checks of the catalog, every chart file and every chapter as text — each with its lines and columns,
// so a mistake is reported where it was written. It knows nothing of charts or MDX: chart files and chapters are
// handed on as read, for the checks (src/checks/) to interpret. Used by the build's checks (src/integration/integration.ts),
// by the pages (src/integration/load.ts), by the chapter checker and by the tests: one reader, one cache.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { buildCatalog, type Catalog, type CatalogInput, type DatasetInput } from './catalog';
import { ContentError, withExcerpts, type ContentProblem } from './errors';
import { checkWithSchema } from './teach';
import { placeProblems, readYaml, type Located, type YamlText } from './yaml';
import { applyTranslation } from './translation';
import { DEFAULT_LOCALE, isTranslationFile, translationFile, type Locale } from '../i18n/locale';
import { readCsvDataset } from './csv-text';
import { CHAPTERS_DIR, CHARTS_DIR, CONTENT_DIR, DATA_FILES, DATASET_EXTENSIONS, DATASETS_DIR } from '../content-paths';
import { sourceSchema } from '../schemas/source';
import { siteSchema, type SiteFacts } from '../schemas/site';
import { datasetSchema } from '../schemas/value';
import { planPointSchema, timelineEntrySchema, updateSchema } from '../schemas/notes';
import { correctionSchema } from '../schemas/correction';
import { placeSchema } from '../schemas/places';

export interface DataRead {
  /** The publication's own facts (content/site.yaml), when that file matched its schema. */
  site?: SiteFacts;
  /** The checked input to buildCatalog, when every file matched its schema. */
  input?: CatalogInput;
  catalog?: Catalog;
  /** Every problem found, with lines and the text of each line. */
  problems: ContentProblem[];
  /** Each file as read (YAML or CSV), by project-relative path, for placing later problems (unused sources…). */
  yaml: Map<string, Located>;
  texts: Map<string, string>;
  /** In a translated edition: each translated file and where each of its texts sits in both files. */
  translations: TranslatedFile[];
}

/** A translation laid over its English file, with the lines of each text in both (for the translation status). */
export interface TranslatedFile {
  english: string;
  translation: string;
  /** Line of each text in the English file and in the translation. */
  lines: { english: number; translation: number }[];
}

/** Files an edition never translates: source titles stay as their publishers wrote them. */
const UNTRANSLATED: ReadonlySet<string> = new Set([DATA_FILES.sources]);

/**
 * Lays the translation beside `english` (plan.uk.yaml beside plan.yaml) over its data, for an edition other than
 * English. Problems go to `problems`; the translation's text and positions join `yaml` and `texts` for placing them.
 */
export function translateFile(
  root: string,
  english: Located,
  locale: Locale,
  sink: { problems: ContentProblem[]; yaml: Map<string, Located>; texts: Map<string, string>; translations: TranslatedFile[] },
): Located {
  if (locale === DEFAULT_LOCALE || UNTRANSLATED.has(english.file) || english.data === undefined) return english;
  const file = translationFile(english.file, locale);
  const abs = path.join(root, file);
  if (!existsSync(abs)) {
    sink.problems.push({
      file,
      field: '(file)',
      message: `this translation of ${english.file} is missing: every file of content/ has its translation beside it.`,
      hint: `create it with \`npm run translation:new -- ${english.file}\`, then translate each empty text (docs/editing.md, "Translate a chart or a data file").`,
    });
    return english;
  }
  const text = readFileSync(abs, 'utf8');
  const doc = readYaml(text, file);
  sink.texts.set(file, text);
  sink.yaml.set(file, doc);
  if (doc.problems.length) {
    sink.problems.push(...doc.problems);
    return english;
  }
  const result = applyTranslation(english.data, doc.data, { english: english.file, translation: file });
  sink.problems.push(...result.problems);
  sink.translations.push({
    english: english.file,
    translation: file,
    lines: result.pairs.flatMap((p) => {
      const e = english.locate(p.english);
      const t = doc.locate(p.translation);
      return e && t ? [{ english: e.line, translation: t.line }] : [];
    }),
  });
  return { ...english, data: result.data };
}

/** Lines, columns and the line's text for every problem that has a YAML path in one of these files. */
export function placeAll(problems: ContentProblem[], read: Pick<DataRead, 'yaml' | 'texts'>): ContentProblem[] {
  let out = problems;
  for (const [file, yaml] of read.yaml) out = withExcerpts(placeProblems(out, yaml), file, read.texts.get(file) ?? '');
  // One mistake, one message: a CSV header's unknown field is found in every row, but written once.
  const seen = new Set<string>();
  return out.filter((p) => {
    if (!p.line) return true;
    const key = `${p.file}:${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function filesIn(root: string, dir: string, extensions: readonly string[]): string[] {
  const abs = path.join(root, dir);
  return existsSync(abs)
    ? readdirSync(abs)
        // A translation (plan.uk.yaml, 01-x.uk.mdx) is read with its English file, never as a file of its own.
        .filter((f) => extensions.some((e) => f.endsWith(e)) && !isTranslationFile(f))
        .sort()
    : [];
}

const datasetFiles = (root: string) => filesIn(root, DATASETS_DIR, DATASET_EXTENSIONS);

/**
 * Reads and checks every data file, in an edition (English, or the English laid over with its translations).
 * Never throws: the problems come back with the data that could be read.
 */
export function readData(root: string, locale: Locale = DEFAULT_LOCALE): DataRead {
  const problems: ContentProblem[] = [];
  const yaml = new Map<string, Located>();
  const texts = new Map<string, string>();
  const translations: TranslatedFile[] = [];

  /** Reads one file against its schema. An `optional` list file may be absent or hold nothing (an empty list). */
  function read<T extends z.ZodType>(
    file: string,
    schema: T,
    parse: (text: string) => Located = (t) => readYaml(t, file),
    optional = false,
  ): z.infer<T> | undefined {
    const abs = path.join(root, file);
    if (optional && !existsSync(abs)) return [] as z.infer<T>;
    if (!existsSync(abs)) {
      problems.push({ file, field: '(file)', message: 'this file is missing.', hint: 'see docs/data-model.md for what it holds.' });
      return undefined;
    }
    const text = readFileSync(abs, 'utf8');
    texts.set(file, text);
    const english = parse(text);
    yaml.set(file, english);
    if (english.problems.length) {
      problems.push(...english.problems);
      return undefined;
    }
    const doc = translateFile(root, english, locale, { problems, yaml, texts, translations });
    const list = schema instanceof z.ZodArray;
    // A file of nothing but comments reads as null: for an optional list, no entries yet.
    if (optional && list && (doc.data === null || doc.data === undefined)) return [] as z.infer<T>;
    if (list !== Array.isArray(doc.data)) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '(the whole file)',
        message: list
          ? 'expected a list, each item starting with `- id:`.'
          : 'expected fields written `name: value` at the top of the file, not a list.',
        hint: 'see docs/data-model.md for an example.',
      });
      return undefined;
    }
    const result = checkWithSchema(schema, doc.data, file);
    if (!result.ok) {
      problems.push(...result.problems);
      return undefined;
    }
    if (list) problems.push(...duplicateIds(file, result.data as { id: string }[]));
    return result.data;
  }

  const site = read(DATA_FILES.site, siteSchema);
  const sources = read(DATA_FILES.sources, z.array(sourceSchema));
  const datasets = datasetFiles(root).map((name): DatasetInput | undefined => {
    const file = `${DATASETS_DIR}/${name}`;
    const stem = name.replace(/\.(yaml|csv)$/, '');
    const dataset = read(file, datasetSchema, name.endsWith('.csv') ? (t) => readCsvDataset(t, file, stem) : undefined);
    if (dataset && dataset.id !== stem) {
      problems.push({
        file,
        path: ['id'],
        field: 'id',
        message: `the dataset's id \`${dataset.id}\` differs from its file name \`${name}\`.`,
        hint: `use \`id: ${stem}\`, or rename the file to \`${dataset.id}.yaml\`.`,
      });
      return undefined;
    }
    return dataset && { ...dataset, file };
  });
  const planPoints = read(DATA_FILES.planPoints, z.array(planPointSchema));
  const timeline = read(DATA_FILES.timeline, z.array(timelineEntrySchema));
  const updates = read(DATA_FILES.updates, z.array(updateSchema));
  // Optional lists: a site with no corrections yet, or without maps, has no such file.
  const corrections = read(DATA_FILES.corrections, z.array(correctionSchema), undefined, true);
  const places = read(DATA_FILES.places, z.array(placeSchema), undefined, true);

  const result: DataRead = { problems, yaml, texts, translations, ...(site ? { site } : {}) };
  if (!problems.length && sources && planPoints && timeline && updates && corrections && places && datasets.every((d) => d)) {
    const input: CatalogInput = { sources, datasets: datasets.filter((d) => d !== undefined), planPoints, timeline, updates, corrections, places };
    result.input = input;
    try {
      result.catalog = buildCatalog(input, locale);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      problems.push(...e.problems);
    }
  }
  result.problems = placeAll(problems, result);
  return result;
}

function duplicateIds(file: string, items: { id: string }[]): ContentProblem[] {
  const seen = new Map<string, number>();
  const problems: ContentProblem[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined)
      problems.push({
        file,
        path: [i, 'id'],
        field: `[${i}] (${item.id}).id`,
        message: `the id \`${item.id}\` is already used by item [${first}] of this file.`,
        hint: 'every item needs its own id; rename one of them.',
      });
    else seen.set(item.id, i);
  });
  return problems;
}

/** A file of content/ as written: its project-relative path and its text. */
export interface ContentFile {
  file: string;
  text: string;
}

/** A chart file, parsed as YAML but not yet interpreted (its kind's schema does that, in src/checks/charts.ts). */
export interface ChartFileRead extends ContentFile {
  /** The chart's id: its file name without `.yaml`. */
  id: string;
  yaml: YamlText;
}

/** A chapter file, and in a translated edition its translation beside it (absent when it has not been written). */
export interface ChapterFiles extends ContentFile {
  translation?: ContentFile;
}

export interface ContentRead {
  /** The edition read: English, or English laid over with one language's translations. */
  locale: Locale;
  data: DataRead;
  charts: ChartFileRead[];
  chapters: ChapterFiles[];
  /** Names, sizes and times of every file in content/: equal signatures, equal content. */
  signature: string;
}

/** Every file under content/, with its size and time: when this changes, content/ is read again. */
export function contentSignature(root: string): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else {
        const s = statSync(abs);
        files.push(`${path.relative(root, abs)}:${s.size}:${s.mtimeMs}`);
      }
    }
  };
  walk(path.join(root, CONTENT_DIR));
  return files.sort().join('|');
}

function readAll(root: string, dir: string, extension: string): ContentFile[] {
  return filesIn(root, dir, [extension]).map((name) => {
    const file = `${dir}/${name}`;
    return { file, text: readFileSync(path.join(root, file), 'utf8') };
  });
}

const cache = new Map<string, ContentRead>();

/**
 * Everything in content/ at `root`, in an edition, read again only when a file there changes. Never throws for a
 * content mistake: a translation's mistakes join the data's problems.
 */
export function readContent(root: string, locale: Locale = DEFAULT_LOCALE): ContentRead {
  const signature = contentSignature(root);
  const key = `${root}\0${locale}`;
  const hit = cache.get(key);
  if (hit?.signature === signature) return hit;
  const data = readData(root, locale);
  const sink = {
    problems: [] as ContentProblem[],
    yaml: new Map<string, Located>(),
    texts: new Map<string, string>(),
    translations: data.translations,
  };
  const charts = readAll(root, CHARTS_DIR, '.yaml').map((f) => {
    const english = readYaml(f.text, f.file);
    sink.yaml.set(f.file, english);
    sink.texts.set(f.file, f.text);
    const yaml = english.problems.length ? english : (translateFile(root, english, locale, sink) as YamlText);
    return { ...f, id: path.basename(f.file, '.yaml'), yaml };
  });
  data.problems.push(...placeAll(sink.problems, sink));
  const chapters: ChapterFiles[] = readAll(root, CHAPTERS_DIR, '.mdx').map((f) => {
    if (locale === DEFAULT_LOCALE) return f;
    const file = translationFile(f.file, locale);
    const abs = path.join(root, file);
    return existsSync(abs) ? { ...f, translation: { file, text: readFileSync(abs, 'utf8') } } : f;
  });
  const read: ContentRead = { locale, data, charts, chapters, signature };
  cache.set(key, read);
  return read;
}
