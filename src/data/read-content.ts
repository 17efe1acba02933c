// Reads content/data/ from disk with the same schemas as the content collections (src/schemas/) and the same
// cross-file checks (buildCatalog), keeping every line and column, so a mistake is reported where it was written.
// Used before Astro reads anything (src/integration.ts), by the chapter checker (src/mdx/remark-explainer.ts)
// and by the tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { buildCatalog, DATA_FILES, type Catalog, type CatalogInput } from './catalog';
import { ContentError, withExcerpts, type ContentProblem } from './errors';
import { checkWithSchema } from './teach';
import { placeProblems, readYaml, type YamlText } from './yaml';
import { sourceSchema } from '../schemas/source';
import { datasetSchema } from '../schemas/value';
import { planPointSchema, timelineEntrySchema, updateSchema } from '../schemas/notes';

export const DATASETS_DIR = 'content/data/datasets';

export interface DataRead {
  /** The checked input to buildCatalog, when every file matched its schema. */
  input?: CatalogInput;
  catalog?: Catalog;
  /** Every problem found, with lines and the text of each line. */
  problems: ContentProblem[];
  /** Each file's YAML, by project-relative path, for placing later problems (unused sources…). */
  yaml: Map<string, YamlText>;
  texts: Map<string, string>;
}

/** Lines, columns and the line's text for every problem that has a YAML path in one of these files. */
export function placeAll(problems: ContentProblem[], read: Pick<DataRead, 'yaml' | 'texts'>): ContentProblem[] {
  let out = problems;
  for (const [file, yaml] of read.yaml) out = withExcerpts(placeProblems(out, yaml), file, read.texts.get(file) ?? '');
  return out;
}

function datasetFiles(root: string): string[] {
  const dir = path.join(root, DATASETS_DIR);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
}

/** Reads and checks every data file. Never throws: the problems come back with the data that could be read. */
export function readData(root: string): DataRead {
  const problems: ContentProblem[] = [];
  const yaml = new Map<string, YamlText>();
  const texts = new Map<string, string>();

  function read<T extends z.ZodType>(file: string, schema: T): z.infer<T> | undefined {
    const abs = path.join(root, file);
    if (!existsSync(abs)) {
      problems.push({ file, field: '(file)', message: 'this file is missing.', hint: 'see docs/data-model.md for what it holds.' });
      return undefined;
    }
    const text = readFileSync(abs, 'utf8');
    texts.set(file, text);
    const doc = readYaml(text, file);
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
        message: list ? 'expected a list, each item starting with `- id:`.' : 'expected `id`, `title` and `values` at the top of the file.',
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

  const sources = read(DATA_FILES.sources, z.array(sourceSchema));
  const datasets = datasetFiles(root).map((name) => {
    const file = `${DATASETS_DIR}/${name}`;
    const dataset = read(file, datasetSchema);
    const stem = name.replace(/\.yaml$/, '');
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
    return dataset;
  });
  const planPoints = read(DATA_FILES.planPoints, z.array(planPointSchema));
  const timeline = read(DATA_FILES.timeline, z.array(timelineEntrySchema));
  const updates = read(DATA_FILES.updates, z.array(updateSchema));

  const result: DataRead = { problems, yaml, texts };
  if (!problems.length && sources && planPoints && timeline && updates && datasets.every((d) => d)) {
    const input: CatalogInput = { sources, datasets: datasets.filter((d) => d !== undefined), planPoints, timeline, updates };
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

/** The data files' names, sizes and times: when this changes, the catalog is read again. */
function signature(root: string): string {
  const files = [DATA_FILES.sources, DATA_FILES.planPoints, DATA_FILES.timeline, DATA_FILES.updates, ...datasetFiles(root).map((f) => `${DATASETS_DIR}/${f}`)];
  return files
    .map((f) => {
      const abs = path.join(root, f);
      if (!existsSync(abs)) return `${f}:-`;
      const s = statSync(abs);
      return `${f}:${s.size}:${s.mtimeMs}`;
    })
    .join('|');
}

const cache = new Map<string, { signature: string; catalog: Catalog }>();

/** The checked catalog of the project at `root`, read again only when a data file changes. Throws a ContentError. */
export function readCatalog(root: string): Catalog {
  const sig = signature(root);
  const hit = cache.get(root);
  if (hit?.signature === sig) return hit.catalog;
  const read = readData(root);
  if (!read.catalog) throw new ContentError(read.problems);
  cache.set(root, { signature: sig, catalog: read.catalog });
  return read.catalog;
}
