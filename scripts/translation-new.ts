// npm run translation:new -- <English file> [--locale uk]
// Writes the translation to fill beside an English file of content/: for a chart or data file (YAML, or a CSV
// dataset), X.uk.yaml with each word field empty and its English beside it; for a chapter, X.uk.mdx with the
// chapter's text to translate block by block. Refuses to overwrite a translation that exists.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const locale = args[args.indexOf('--locale') + 1] && args.includes('--locale') ? args[args.indexOf('--locale') + 1]! : 'uk';
const fail = (m: string): never => {
  console.error(`translation:new: ${m}`);
  process.exit(1);
};
if (!file) fail('name the English file, e.g. `npm run translation:new -- content/charts/territory.yaml`.');
// The file as named from where the command runs (the project's root, under npm run), and the translation beside it.
const rel = path.relative(process.cwd(), path.resolve(file!)).split(path.sep).join('/');
if (!existsSync(rel)) fail(`there is no file ${rel}.`);

const load = async <T>(id: string) => (await runnerImport<T>(id, { root, configFile: false, logLevel: 'error' })).module;
const { translationFile, isTranslationFile } = await load<typeof import('../src/i18n/locale.ts')>('/src/i18n/locale.ts');
const { yamlSkeleton, chapterSkeleton } = await load<typeof import('../src/reader/translation-skeleton.ts')>('/src/reader/translation-skeleton.ts');
const { readCsvDataset } = await load<typeof import('../src/reader/csv-text.ts')>('/src/reader/csv-text.ts');
const { readYaml } = await load<typeof import('../src/reader/yaml.ts')>('/src/reader/yaml.ts');

if (isTranslationFile(rel)) fail(`${rel} is a translation already; name its English file.`);
const target = translationFile(rel, locale as 'uk');
if (existsSync(target)) fail(`${target} exists; edit it (npm run translations says what changed in English).`);
const text = readFileSync(rel, 'utf8');
let out: string;
if (rel.endsWith('.mdx')) out = chapterSkeleton(text);
else {
  const read = rel.endsWith('.csv') ? readCsvDataset(text, rel, path.basename(rel, '.csv')) : readYaml(text, rel);
  if (read.problems.length) fail(`${rel} has a mistake to fix first (npm run build names it).`);
  out = yamlSkeleton(read.data, rel);
}
writeFileSync(target, out);
console.log(`translation:new: wrote ${target}. Translate it, then run \`npm run build\`: it names every text still to translate.`);
