// Checks everything an editor writes, all at once, before Astro reads any of it: every data file (schemas and
// cross-file checks), every chart file (with its kind), every chapter's frontmatter and MDX, and what only the whole
// site shows (two chapters with one slug or one order, a chart used twice, a source cited nowhere, an update dated
// before the story's "now" or naming no chapter, a correction dated in the future or naming no chapter, a chart
// state no step shows). Throws one ContentError listing every problem, each with
// file, line, column, field, what was expected and a hint; returns the warnings beside what it read.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { chapterSchema, translatedChapterSchema, type ChapterMeta } from '../schemas/chapter';
import { DEFAULT_LOCALE, LOCALES, translationFile, type Locale } from '../i18n/locale';
import { structureProblems } from './translation';
import type { Update } from '../schemas/notes';
import type { Correction } from '../schemas/correction';
import type { SiteFacts } from '../schemas/site';
import type { Catalog } from '../reader/catalog';
import { ContentError, formatProblem, withExcerpts, type ContentProblem } from '../reader/errors';
import { DATA_FILES } from '../content-paths';
import { placeAll, readContent, type ChartFileRead } from '../reader/read-content';
import { checkWithSchema } from '../reader/teach';
import { placeProblems, readYaml, type YamlText } from '../reader/yaml';
import { codeList, didYouMean } from '../lib/suggest';
import { checkChapterTree, attr, propWhere, walkComponents, type Node } from './chapter';
import { checkCharts, type CheckedChart } from './charts';
import { assertNoUnusedSources, sourcesCitedByChapter, sourcesCitedByCorrections, sourcesCitedByUpdates } from './citations';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface ChapterRead {
  /** Project-relative path: content/chapters/03-battlefield-claims.mdx */
  file: string;
  text: string;
  meta?: ChapterMeta;
  /** The sources the chapter cites, in order of first citation (set once the whole site has been checked). */
  sources?: string[];
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

/**
 * Reads one chapter: frontmatter checked against the chapter schema, body parsed as MDX. A translation (with its
 * English original's frontmatter, `english`) gives only its title and standfirst; the rest is the original's.
 */
export function readChapter(file: string, text: string, english?: ChapterMeta): { chapter: ChapterRead; problems: ContentProblem[] } {
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
      if (english) {
        const result = checkWithSchema(translatedChapterSchema, yaml.data ?? {}, file, 'frontmatter');
        if (result.ok) chapter.meta = { ...english, ...result.data };
        else problems.push(...placeProblems(result.problems, yaml));
      } else {
        const result = checkWithSchema(chapterSchema, yaml.data ?? {}, file, 'frontmatter');
        if (result.ok) chapter.meta = result.data;
        else problems.push(...placeProblems(result.problems, yaml));
      }
    }
  }
  try {
    chapter.tree = unified().use(remarkParse).use(remarkMdx).parse(chapter.body) as Node;
  } catch (e) {
    const m = e as {
      reason?: string;
      message: string;
      line?: number;
      column?: number;
      ruleId?: string;
      place?: { line?: number; column?: number; start?: { line: number; column: number } };
    };
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

/** Every <Scrolly chart> in the chapters, with where its chart prop was written (for messages that point at it). */
function scrollyTags(chapters: ChapterRead[]): { file: string; chart: string; place: ReturnType<typeof propWhere> }[] {
  const tags: { file: string; chart: string; place: ReturnType<typeof propWhere> }[] = [];
  for (const c of chapters)
    if (c.tree)
      walkComponents(c.tree, (node) => {
        const chart = node.name === 'Scrolly' ? attr(node, 'chart') : undefined;
        if (chart) tags.push({ file: c.file, chart, place: propWhere(node, 'chart', c.file) });
      });
  return tags;
}

/** A chart drawn by two <Scrolly> sections would give the page two graphics and steps with one id. */
function chartsUsedTwice(chapters: ChapterRead[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const { file, chart, place } of scrollyTags(chapters)) {
    const first = seen.get(chart);
    if (first)
      problems.push({
        ...place,
        field: '<Scrolly chart>',
        message: `the chart \`${chart}\` already has a scrolly section, at ${first}.`,
        hint: 'each chart appears once on the page; add steps to that section, or pick another chart.',
      });
    else seen.set(chart, `${file}:${place.line}:${place.column}`);
  }
  return problems;
}

/** A state that no <Step> shows is never seen by a reader: a warning, placed at the state in its chart file. */
function unusedStates(
  chapters: ChapterRead[],
  charts: ReadonlyMap<string, CheckedChart>,
  files: ReadonlyMap<string, ChartFileRead>,
): ContentProblem[] {
  const shown = new Set<string>();
  const used = new Set<string>();
  for (const c of chapters)
    if (c.tree)
      walkComponents(c.tree, (node, scrolly) => {
        const chart = scrolly && attr(scrolly, 'chart');
        if (node.name === 'Scrolly' && attr(node, 'chart')) used.add(attr(node, 'chart')!);
        if (node.name === 'Step' && chart) shown.add(`${chart}/${attr(node, 'state')}`);
      });
  const warnings: ContentProblem[] = [];
  for (const [id, { chart }] of charts) {
    if (!used.has(id)) continue; // a chart no chapter shows yet is work in progress
    for (const state of Object.keys(chart.spec.states))
      if (!shown.has(`${id}/${state}`)) {
        const p: ContentProblem = {
          file: chart.file,
          path: ['states', state],
          key: true,
          field: `states.${state}`,
          message: `no <Step state="${state}"> shows this state, so no reader sees it.`,
          hint: `add a step for it inside <Scrolly chart="${id}">, or remove the state.`,
        };
        const read = files.get(chart.file);
        warnings.push(...(read ? withExcerpts(placeProblems([p], read.yaml), chart.file, read.text) : [p]));
      }
  }
  return warnings;
}

/** "What happened next" records what came after the story's "now" (the dateline in content/site.yaml). */
function updatesBeforeNow(updates: Update[], story: string): ContentProblem[] {
  return updates.flatMap((u, i) => {
    if (u.date > story) return [];
    return [
      {
        file: DATA_FILES.updates,
        path: [i, 'date'],
        field: `[${i}] (${u.id}).date`,
        message: `expected a date after ${story}, the day the story stops (${DATA_FILES.site}), found \`${u.date}\`.`,
        hint: 'an update records what happened after the story; put earlier events in a chapter or in content/data/timeline.yaml.',
      },
    ];
  });
}

/**
 * An update's or a correction's `chapter` names a chapter's slug (an update may name none). `use` says what to
 * name, before the list of slugs.
 */
function namingNoChapter(
  file: string,
  entries: { id: string; chapter?: string | undefined }[],
  chapters: ChapterRead[],
  use: string,
): ContentProblem[] {
  const slugs = chapters.flatMap((c) => (c.meta ? [c.meta.slug] : []));
  return entries.flatMap((e, i) =>
    !e.chapter || slugs.includes(e.chapter)
      ? []
      : [
          {
            file,
            path: [i, 'chapter'],
            field: `[${i}] (${e.id}).chapter`,
            message: `no chapter has the slug \`${e.chapter}\`.`,
            hint: `${use}${slugs.length ? `: ${codeList(slugs)}` : ''}.${didYouMean(e.chapter, slugs)}`,
          },
        ],
  );
}

/** A correction is dated the day it was published, so never after today. */
function correctionsInFuture(corrections: Correction[], today: string): ContentProblem[] {
  return corrections.flatMap((c, i) =>
    c.date <= today
      ? []
      : [
          {
            file: DATA_FILES.corrections,
            path: [i, 'date'],
            field: `[${i}] (${c.id}).date`,
            // Today's date stays out of the words, so the message is the same whichever day the build runs.
            message: `expected the day the correction was published, which is not in the future, found \`${c.date}\`.`,
            hint: 'a correction is dated the day it goes out: write that day, YYYY-MM-DD.',
          },
        ],
  );
}

export type CheckedChapter = ChapterRead & { meta: ChapterMeta; tree: Node; dateline: string; sources: string[] };

export interface SiteRead {
  /** The publication's own facts: title, description, the story's dateline, language (content/site.yaml). */
  site: SiteFacts;
  catalog: Catalog;
  charts: Map<string, CheckedChart>;
  chapters: CheckedChapter[];
  /** Problems that do not stop the build (a state no step shows), each formatted as a message. */
  warnings: string[];
  /** The signature of content/ when it was checked. */
  signature: string;
}

/** A chapter's "as of" date: its own `dateline`, or the story's (content/site.yaml). */
const datelineOf = (meta: ChapterMeta | undefined, site: SiteFacts | undefined) => meta?.dateline ?? site?.dateline;

/** The sources the chapters' translations cite (an outlet of original words), so the English check keeps them. */
function sourcesCitedByTranslations(root: string, locale: Locale): string[] {
  const ids: string[] = [];
  for (const other of LOCALES.filter((l) => l !== locale && l !== DEFAULT_LOCALE))
    for (const f of readContent(root, other).chapters) {
      if (!f.translation) continue;
      const { chapter } = readChapter(f.translation.file, f.translation.text);
      if (chapter.tree)
        walkComponents(chapter.tree, (node) => {
          const id = node.name === 'Cite' ? attr(node, 'id') : node.name === 'Quote' ? attr(node, 'original-source') : undefined;
          if (id) ids.push(id);
        });
    }
  return ids;
}

/**
 * Checks the project at `root` in an edition (English, or a translation laid over it); returns what it read, or
 * throws one ContentError listing every mistake.
 */
export function checkSite(root: string, locale: Locale = DEFAULT_LOCALE): SiteRead {
  const content = readContent(root, locale);
  const data = content.data;
  const problems = [...data.problems];
  const { charts, problems: chartProblems } = checkCharts(content.charts, data.catalog);
  problems.push(...chartProblems);
  // A chart file with a mistake is reported there; its states, as far as they could be read, still check the steps.
  // A file that could not be read at all (broken YAML, no `states:` map) has no states to check against: its steps
  // are not checked, rather than each called unknown.
  const rawStates = (data: unknown) => {
    const states = (data as { states?: unknown } | null | undefined)?.states;
    return states && typeof states === 'object' && !Array.isArray(states) && Object.keys(states).length ? Object.keys(states) : undefined;
  };
  const known = data.catalog && {
    values: data.catalog.values,
    sources: data.catalog.sources,
    charts: new Map(content.charts.map((c) => [c.id, charts.has(c.id) ? Object.keys(charts.get(c.id)!.chart.spec.states) : rawStates(c.yaml.data)])),
  };
  const chapters: ChapterRead[] = [];
  for (const { file, text, translation } of content.chapters) {
    const { chapter, problems: found } = readChapter(file, text);
    if (chapter.tree) found.push(...checkChapterTree(chapter.tree, file, known, datelineOf(chapter.meta, data.site)));
    problems.push(...withExcerpts(found, file, text));
    if (locale === DEFAULT_LOCALE) {
      chapters.push(chapter);
      continue;
    }
    // A draft is translated when it is ready to publish: until then its translation may be missing.
    if (!translation && chapter.meta?.draft) continue;
    if (!translation) {
      problems.push({
        file: translationFile(file, locale),
        field: '(file)',
        message: `the translation of ${file} is missing: every chapter has its translation beside it.`,
        hint: `run \`npm run translation:new -- ${file}\` and translate the copy it writes block by block (docs/editing.md, "Translate a chapter").`,
      });
      continue;
    }
    const { chapter: translated, problems: own } = readChapter(translation.file, translation.text, chapter.meta);
    if (translated.tree) {
      own.push(...checkChapterTree(translated.tree, translation.file, known, datelineOf(translated.meta, data.site)));
      if (chapter.tree) own.push(...structureProblems({ file, tree: chapter.tree }, { file: translation.file, tree: translated.tree }));
    }
    problems.push(...withExcerpts(own, translation.file, translation.text));
    chapters.push(translated);
  }
  const excerpt = (p: ContentProblem) => withExcerpts([p], p.file, chapters.find((c) => c.file === p.file)!.text)[0]!;
  problems.push(...chartsUsedTwice(chapters).map(excerpt));
  problems.push(...duplicateMeta(chapters).map(excerpt));

  const catalog = data.catalog;
  let warnings: string[] = [];
  if (catalog && data.site && !problems.length) {
    const late: ContentProblem[] = [
      ...updatesBeforeNow(data.input?.updates ?? [], data.site.dateline),
      ...namingNoChapter(DATA_FILES.updates, data.input?.updates ?? [], chapters, 'use the `slug:` of a chapter in content/chapters/'),
      ...namingNoChapter(DATA_FILES.corrections, data.input?.corrections ?? [], chapters, 'use the `slug:` of the chapter the correction changed'),
      ...correctionsInFuture(data.input?.corrections ?? [], new Date().toISOString().slice(0, 10)),
    ];
    // A chapter's sources: what it cites, then what its corrections cite (listed on its page, below them).
    for (const c of chapters)
      c.sources = [
        ...new Set([
          ...sourcesCitedByChapter(c.tree!, catalog, charts, datelineOf(c.meta, data.site)!),
          ...(c.meta ? sourcesCitedByCorrections(catalog, c.meta.slug) : []),
        ]),
      ];
    try {
      // Drafts count: a source cited only by a draft is kept for it. Checked once, with the English edition, which
      // counts what the translations cite too (a translation may cite an outlet in place of an English source).
      if (locale === DEFAULT_LOCALE)
        assertNoUnusedSources(catalog, [
          ...chapters.flatMap((c) => c.sources ?? []),
          ...sourcesCitedByUpdates(catalog),
          ...sourcesCitedByCorrections(catalog),
          ...sourcesCitedByTranslations(root, locale),
        ]);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      late.push(...e.problems);
    }
    problems.push(...placeAll(late, data));
    warnings = unusedStates(chapters, charts, new Map(content.charts.map((c) => [c.file, c]))).map(formatProblem);
  }
  if (problems.length || !catalog || !data.site) throw new ContentError(problems);
  const checked = chapters.map((c) => ({ ...c, dateline: datelineOf(c.meta, data.site) })) as CheckedChapter[];
  return { site: data.site, catalog, charts, chapters: checked, warnings, signature: content.signature };
}

const checked = new Map<string, SiteRead>();

/** checkSite, run again only when a file under content/ has changed since it last passed (the dev server, the pages). */
export function checkSiteCached(root: string, locale: Locale = DEFAULT_LOCALE): SiteRead {
  const key = `${root}\0${locale}`;
  const hit = checked.get(key);
  if (hit && hit.signature === readContent(root, locale).signature) return hit;
  const site = checkSite(root, locale);
  checked.set(key, site);
  return site;
}
