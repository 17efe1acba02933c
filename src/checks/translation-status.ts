// The translation status: every translated text whose English original changed after it was translated, with
// both places. "Changed after" is read from the project's git history (as Lunaria does for Starlight), line by
// line: a text is out of date when a line of its English was last changed in a later commit than every line of
// its translation. A line not yet committed counts as changed now. An English edit that needs no change in the
// translation (a typo, a reflowed line) is named in content/translation-ignore-revs.txt, one commit per line,
// and git blame looks through it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readContent } from '../reader/read-content';
import { readYaml } from '../reader/yaml';
import { readChapter } from './site';
import { blocksOf } from './translation';
import { CONTENT_DIR } from '../content-paths';
import type { Locale } from '../i18n/locale';

/** A text of the English and the text of its translation: each a file and its lines (first to last, 1-based). */
export interface TextPair {
  english: { file: string; from: number; to: number };
  translation: { file: string; from: number; to: number };
}

/** When each line of a file was last changed (seconds since 1970, Infinity for a line not committed yet); index 0 is line 1. */
export type LineTimes = (file: string) => number[] | undefined;

export const IGNORE_REVS_FILE = `${CONTENT_DIR}/translation-ignore-revs.txt`;

/** Every translated text of an edition, paired with its English: data and chart fields, chapters block by block. */
export function translatedTexts(root: string, locale: Locale): TextPair[] {
  const content = readContent(root, locale);
  const pairs: TextPair[] = content.data.translations.flatMap((t) =>
    t.lines.map((l) => ({
      english: { file: t.english, from: l.english, to: l.english },
      translation: { file: t.translation, from: l.translation, to: l.translation },
    })),
  );
  for (const c of content.chapters) {
    if (!c.translation) continue;
    const english = readChapter(c.file, c.text).chapter;
    const translated = readChapter(c.translation.file, c.translation.text).chapter;
    // The frontmatter's words: title and standfirst.
    for (const field of ['title', 'standfirst']) {
      const e = english.frontmatter && readYaml(frontmatterText(c.text), c.file, 1).locate([field]);
      const t = translated.frontmatter && readYaml(frontmatterText(c.translation.text), c.translation.file, 1).locate([field]);
      if (e && t)
        pairs.push({ english: { file: c.file, from: e.line, to: e.line }, translation: { file: c.translation.file, from: t.line, to: t.line } });
    }
    if (!english.tree || !translated.tree) continue;
    const en = blocksOf(english.tree);
    const tr = blocksOf(translated.tree);
    // The structure check has matched the blocks one for one; if it has not, the build has stopped already.
    en.forEach((b, i) => {
      const t = tr[i];
      if (t) pairs.push({ english: { file: c.file, from: b.line, to: b.end }, translation: { file: c.translation!.file, from: t.line, to: t.end } });
    });
  }
  return pairs;
}

const frontmatterText = (text: string) => text.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';

export interface StaleText extends TextPair {
  /** When the English last changed, and when the translation did. */
  englishChanged: number;
  translated: number;
}

/** The pairs whose English changed after their translation. Pure: `times` says when each line changed. */
export function staleTexts(pairs: TextPair[], times: LineTimes): StaleText[] {
  const latest = (file: string, from: number, to: number) => {
    const t = times(file);
    return t ? Math.max(...t.slice(from - 1, to)) : undefined;
  };
  return pairs.flatMap((p) => {
    const englishChanged = latest(p.english.file, p.english.from, p.english.to);
    const translated = latest(p.translation.file, p.translation.from, p.translation.to);
    return englishChanged !== undefined && translated !== undefined && englishChanged > translated ? [{ ...p, englishChanged, translated }] : [];
  });
}

/** Line times from `git blame` at `root`; undefined when the project has no git history (a copy without .git). */
export function gitLineTimes(root: string): LineTimes | undefined {
  try {
    execFileSync('git', ['-C', root, 'rev-parse', '--git-dir'], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  const ignore = existsSync(path.join(root, IGNORE_REVS_FILE)) ? ['--ignore-revs-file', IGNORE_REVS_FILE] : [];
  const cache = new Map<string, number[] | undefined>();
  return (file) => {
    if (cache.has(file)) return cache.get(file);
    let times: number[] | undefined;
    try {
      const out = execFileSync('git', ['-C', root, 'blame', '--porcelain', ...ignore, '--', file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
      times = parseBlame(out);
    } catch {
      // A file git does not know yet: every line is new.
      times = undefined;
    }
    cache.set(file, times);
    return times;
  };
}

/** `git blame --porcelain` → the time of each line (a commit's details are given once, at its first line). */
export function parseBlame(porcelain: string): number[] {
  const commitTimes = new Map<string, number>();
  const lines: string[] = [];
  let current = '';
  for (const line of porcelain.split('\n')) {
    const head = line.match(/^([0-9a-f]{40}) \d+ \d+/);
    if (head) {
      current = head[1]!;
      lines.push(current);
    } else if (line.startsWith('committer-time ')) commitTimes.set(current, Number(line.slice('committer-time '.length)));
  }
  // A line not committed yet has the all-zero commit: changed now, later than anything committed.
  return lines.map((sha) => (/^0+$/.test(sha) ? Infinity : (commitTimes.get(sha) ?? Infinity)));
}

const when = (t: number) => (Number.isFinite(t) ? new Date(t * 1000).toISOString().slice(0, 10) : 'not committed yet');

/** The status as the build and `npm run translations` print it. */
export function formatStatus(locale: Locale, stale: StaleText[], total: number): string {
  if (!stale.length) return `Translation status (${locale}): all ${total} translated texts are up to date with their English.`;
  return [
    `Translation status (${locale}): ${stale.length} of ${total} translated texts have an English original that changed after they were translated:`,
    ...stale.map(
      (s) =>
        `  ${s.translation.file}:${s.translation.from} — translates ${s.english.file}:${s.english.from}, changed ${when(s.englishChanged)}; translated ${when(s.translated)}`,
    ),
    `  Update each translation (or, when the English change needs none, add its commit to ${IGNORE_REVS_FILE}); docs/editing.md, "The translation status".`,
  ].join('\n');
}

/** The status of an edition's translations at `root`, or why there is none. */
export function translationStatus(root: string, locale: Locale): { text: string; stale: StaleText[] } {
  const times = gitLineTimes(root);
  if (!times) return { text: `Translation status (${locale}): no git history here, so it cannot be read.`, stale: [] };
  const pairs = translatedTexts(root, locale);
  const stale = staleTexts(pairs, times);
  return { text: formatStatus(locale, stale, pairs.length), stale };
}
