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
import { readCsvDataset } from './csv-text';
import { CHAPTERS_DIR, CHARTS_DIR, CONTENT_DIR, DATA_FILES, DATASET_EXTENSIONS, DATASETS_DIR } from '../content-paths';
import { sourceSchema } from '../schemas/source';
import { siteSchema, type SiteFacts } from '../schemas/site';
import { datasetSchema } from '../schemas/value';
import { planPointSchema, timelineEntrySchema, updateSchema } from '../schemas/notes';
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
        .filter((f) => extensions.some((e) => f.endsWith(e)))
        .sort()
    : [];
}

const datasetFiles = (root: string) => filesIn(root, DATASETS_DIR, DATASET_EXTENSIONS);

/** Reads and checks every data file. Never throws: the problems come back with the data that could be read. */
export function readData(root: string): DataRead {
  const problems: ContentProblem[] = [];
  const yaml = new Map<string, Located>();
  const texts = new Map<string, string>();

  function read<T extends z.ZodType>(file: string, schema: T, parse: (text: string) => Located = (t) => readYaml(t, file)): z.infer<T> | undefined {
    const abs = path.join(root, file);
    if (!existsSync(abs)) {
      problems.push({ file, field: '(file)', message: 'this file is missing.', hint: 'see docs/data-model.md for what it holds.' });
      return undefined;
    }
    const text = readFileSync(abs, 'utf8');
    texts.set(file, text);
    const doc = parse(text);
    yaml.set(file, doc);
    if (doc.problems.length) {
      problems.push(...doc.problems);
      return undefined;
    }
    const list = schema instanceof z.ZodArray;
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
  // Places are optional: a site without maps has no places file.
  const places = existsSync(path.join(root, DATA_FILES.places)) ? read(DATA_FILES.places, z.array(placeSchema)) : [];

  const result: DataRead = { problems, yaml, texts, ...(site ? { site } : {}) };
  if (!problems.length && sources && planPoints && timeline && updates && places && datasets.every((d) => d)) {
    const input: CatalogInput = { sources, datasets: datasets.filter((d) => d !== undefined), planPoints, timeline, updates, places };
    result.input = input;
    try {
      result.catalog = buildCatalog(input);
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

export interface ContentRead {
  data: DataRead;
  charts: ChartFileRead[];
  chapters: ContentFile[];
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

/** Everything in content/ at `root`, read again only when a file there changes. Never throws for a content mistake. */
export function readContent(root: string): ContentRead {
  const signature = contentSignature(root);
  const hit = cache.get(root);
  if (hit?.signature === signature) return hit;
  const charts = readAll(root, CHARTS_DIR, '.yaml').map((f) => ({ ...f, id: path.basename(f.file, '.yaml'), yaml: readYaml(f.text, f.file) }));
  const read: ContentRead = { data: readData(root), charts, chapters: readAll(root, CHAPTERS_DIR, '.mdx'), signature };
  cache.set(root, read);
  return read;
}
