// Checks everything an editor writes, all at once, before Astro reads any of it: every data file (schemas and
// cross-file checks), every chapter's frontmatter and MDX, and what only the whole site shows (two chapters with
// one slug or one order, a chart used twice, a source cited nowhere, an update dated before the story's "now").
// Throws one ContentError listing every problem, each with file, line, column, field, what was expected and a hint.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { chapterSchema, type ChapterMeta } from '../schemas/chapter';
import { checkChapterTree, type Node } from '../mdx/remark-explainer';
import { assertNoUnusedSources, sourcesCitedByChapters, sourcesCitedByUpdates } from './citations';
import { DATA_FILES, type Catalog } from './catalog';
import type { Update } from '../schemas/notes';
import { ContentError, withExcerpts, type ContentProblem } from './errors';
import { placeAll, readData } from './read-content';
import { checkWithSchema } from './teach';
import { placeProblems, readYaml, type YamlText } from './yaml';
import { SITE } from '../site';
import { CHARTS } from '../charts/registry';
import { didYouMean } from '../lib/suggest';

export const CHAPTERS_DIR = 'content/chapters';
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface ChapterRead {
  /** Project-relative path: content/chapters/03-battlefield-claims.mdx */
  file: string;
  text: string;
  meta?: ChapterMeta;
  frontmatter?: YamlText;
  /** The MDX body with the frontmatter blanked out, so its lines are the file's lines. */
  body: string;
  tree?: Node;
}

const MDX_HINTS: Record<string, string> = {
  'end-tag-mismatch': 'every <Tag> needs its </Tag>; leave a blank line between a tag and the paragraphs inside it.',
  'unexpected-eof': 'a `{` starts JavaScript, which chapters do not hold; write `\\{` for a curly brace.',
  'unexpected-character': 'write props as name="value", and close the tag with > or />.',
  'unexpected-lazy': 'leave a blank line before and after each <Tag> and </Tag>.',
};

/** Reads one chapter: frontmatter checked against the chapter schema, body parsed as MDX. */
export function readChapter(file: string, text: string): { chapter: ChapterRead; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const chapter: ChapterRead = { file, text, body: text };
  const fm = text.match(FRONTMATTER);
  if (!fm) {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: 'frontmatter',
      message: 'missing; a chapter starts with `---`, then its title, order, slug and standfirst, then `---`.',
      hint: 'copy the top of another chapter, or start a new one with `npm run new:chapter -- "Title"`.',
    });
  } else {
    chapter.body = '\n'.repeat(fm[0].split('\n').length - 1) + text.slice(fm[0].length);
    const yaml = readYaml(fm[1]!, file, 1);
    chapter.frontmatter = yaml;
    if (yaml.problems.length) problems.push(...yaml.problems);
    else {
      const result = checkWithSchema(chapterSchema, yaml.data ?? {}, file, 'frontmatter');
      if (result.ok) chapter.meta = result.data;
      else problems.push(...placeProblems(result.problems, yaml));
    }
  }
  try {
    chapter.tree = unified().use(remarkParse).use(remarkMdx).parse(chapter.body) as Node;
  } catch (e) {
    const m = e as { reason?: string; message: string; line?: number; column?: number; ruleId?: string; place?: { line?: number; column?: number; start?: { line: number; column: number } } };
    const at = m.place && 'start' in m.place && m.place.start ? m.place.start : (m.place as { line?: number; column?: number } | undefined);
    problems.push({
      file,
      line: m.line ?? at?.line,
      column: m.column ?? at?.column,
      field: 'MDX',
      message: `${(m.reason ?? m.message).replace(/ \((\d+):\d+-\d+:\d+\)$/, ' (line $1)')}.`.replace(/\.\.$/, '.'),
      hint: MDX_HINTS[m.ruleId ?? ''] ?? 'check the tags near this line: every <Tag> needs </Tag>, or ends with />.',
    });
  }
  return { chapter, problems };
}

function listChapters(root: string): string[] {
  const dir = path.join(root, CHAPTERS_DIR);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : [];
}

/** Two chapters with one slug or one order: reported at the later file's field. */
function duplicateMeta(chapters: ChapterRead[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const withMeta = chapters.filter((c): c is ChapterRead & { meta: ChapterMeta } => !!c.meta);
  const nextOrder = Math.max(0, ...withMeta.map((c) => c.meta.order)) + 1;
  for (const field of ['slug', 'order'] as const) {
    const seen = new Map<string, ChapterRead>();
    for (const c of withMeta) {
      const value = String(c.meta[field]);
      const first = seen.get(value);
      if (!first) {
        seen.set(value, c);
        continue;
      }
      const problem: ContentProblem = {
        file: c.file,
        path: [field],
        field: `frontmatter.${field}`,
        message: `${field === 'slug' ? 'the slug' : 'the order'} \`${value}\` is already used by ${first.file}.`,
        hint:
          field === 'slug'
            ? "each chapter needs its own slug: it is the chapter's address (/chapters/<slug>/) and its link on the page."
            : `each chapter needs its own place in the explainer; the next free number is ${nextOrder}.`,
      };
      problems.push(...(c.frontmatter ? placeProblems([problem], c.frontmatter) : [problem]));
    }
  }
  return problems;
}

interface ScrollyTag {
  file: string;
  chart: string | undefined;
  place: Pick<ContentProblem, 'line' | 'column' | 'length'>;
}

/** Every <Scrolly> in the chapters, with where its chart prop was written (for messages that point at it). */
function scrollyTags(chapters: ChapterRead[]): ScrollyTag[] {
  const tags: ScrollyTag[] = [];
  const walk = (node: Node, file: string) => {
    if (node.type.startsWith('mdxJsx') && node.name === 'Scrolly') {
      const a = node.attributes?.find((x) => x.name === 'chart');
      const at = a?.position?.start ?? node.position?.start;
      const oneLine = a?.position && a.position.end.line === a.position.start.line;
      tags.push({
        file,
        chart: typeof a?.value === 'string' ? a.value : undefined,
        place: { line: at?.line, column: at?.column, length: oneLine ? a.position!.end.column - a.position!.start.column : 1 },
      });
    }
    for (const child of node.children ?? []) walk(child, file);
  };
  for (const c of chapters) if (c.tree) walk(c.tree, c.file);
  return tags;
}

/** A chart drawn by two <Scrolly> sections would give the page two graphics and steps with one id. */
function chartsUsedTwice(chapters: ChapterRead[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const { file, chart, place } of scrollyTags(chapters)) {
    if (!chart) continue;
    const first = seen.get(chart);
    if (first)
      problems.push({
        file,
        ...place,
        field: '<Scrolly chart>',
        message: `the chart \`${chart}\` already has a scrolly section, at ${first}.`,
        hint: 'each chart appears once on the page; add steps to that section, or pick another chart.',
      });
    else seen.set(chart, `${file}:${place.line}:${place.column}`);
  }
  return problems;
}

/** Every value a chart draws must be in a dataset: an editor may delete one the chart still needs. */
function chartValuesMissing(chapters: ChapterRead[], catalog: Catalog): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, chart: name, place } of scrollyTags(chapters)) {
    const chart = name ? CHARTS[name] : undefined;
    for (const id of chart?.valueIds ?? [])
      if (!catalog.values.has(id))
        problems.push({
          file,
          ...place,
          field: '<Scrolly chart>',
          message: `the chart \`${chart!.id}\` draws the value \`${id}\`, which no dataset in content/data/datasets/ holds.`,
          hint: `put the value back (see git log for its last version), or ask a developer to change src/charts/${chart!.id}.ts.${didYouMean(id, catalog.values.keys())}`,
        });
  }
  return problems;
}

/** "What happened next" records what came after the story's "now" (SITE.asOf). */
function updatesBeforeNow(updates: Update[]): ContentProblem[] {
  return updates.flatMap((u, i) => {
    if (u.date > SITE.asOf) return [];
    return [
      {
        file: DATA_FILES.updates,
        path: [i, 'date'],
        field: `[${i}] (${u.id}).date`,
        message: `expected a date after ${SITE.asOf}, the day the story stops, found \`${u.date}\`.`,
        hint: 'an update records what happened after the story; put earlier events in a chapter or in content/data/timeline.yaml.',
      },
    ];
  });
}

export interface SiteRead {
  catalog: Catalog;
  chapters: (ChapterRead & { meta: ChapterMeta })[];
}

/** Checks the project at `root`; returns the catalog and chapters, or throws one ContentError listing every mistake. */
export function checkSite(root: string): SiteRead {
  const data = readData(root);
  const problems = [...data.problems];
  const chapters: ChapterRead[] = [];
  for (const name of listChapters(root)) {
    const file = `${CHAPTERS_DIR}/${name}`;
    const text = readFileSync(path.join(root, file), 'utf8');
    const { chapter, problems: found } = readChapter(file, text);
    chapters.push(chapter);
    if (chapter.tree) found.push(...checkChapterTree(chapter.tree, file, data.catalog));
    problems.push(...withExcerpts(found, file, text));
  }
  problems.push(...chartsUsedTwice(chapters).map((p) => withExcerpts([p], p.file, chapters.find((c) => c.file === p.file)!.text)[0]!));
  problems.push(...duplicateMeta(chapters).map((p) => withExcerpts([p], p.file, chapters.find((c) => c.file === p.file)!.text)[0]!));

  const catalog = data.catalog;
  if (catalog && !problems.length) {
    for (const c of chapters) problems.push(...withExcerpts(chartValuesMissing([c], catalog), c.file, c.text));
    const late: ContentProblem[] = updatesBeforeNow(data.input?.updates ?? []);
    try {
      // Drafts count: a source cited only by a draft is kept for it.
      assertNoUnusedSources(catalog, [...sourcesCitedByChapters(catalog, chapters.map((c) => c.body)), ...sourcesCitedByUpdates(catalog)]);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      late.push(...e.problems);
    }
    problems.push(...placeAll(late, data));
  }
  if (problems.length || !catalog) throw new ContentError(problems);
  return { catalog, chapters: chapters as SiteRead['chapters'] };
}

const checked = new Map<string, string>();

/**
 * checkSite, skipped while no file under content/ has changed since it last passed (for the dev server).
 * Returns the signature of content/ (names, sizes, times), which also keys the dev server's catalog cache.
 */
export function checkSiteCached(root: string): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else {
        const s = statSync(abs);
        files.push(`${abs}:${s.size}:${s.mtimeMs}`);
      }
    }
  };
  walk(path.join(root, 'content'));
  const signature = files.sort().join('|');
  if (checked.get(root) === signature) return signature;
  checkSite(root);
  checked.set(root, signature);
  return signature;
}
