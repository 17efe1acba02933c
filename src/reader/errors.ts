// One error type for every mistake an editor can make, so the build prints the same shape each time:
// where (file, line, column when known), what (the field or prop), what was expected, and a hint;
// and, when the line is known, the line itself with a caret under the mistake.

/** Where something was written: the one type for a place in content/, in messages and in props. */
export interface Place {
  file: string;
  line?: number;
  column?: number;
}

/** The `where` prop the chapter checker gives each component ("content/chapters/x.mdx:12:3"), as a Place. */
export function placeFrom(where: string | undefined): Place {
  const m = where?.match(/^(.*):(\d+):(\d+)$/);
  if (!m) return { file: where ?? 'a page template' };
  return { file: m[1]!, line: Number(m[2]) || undefined, column: Number(m[3]) || undefined };
}

export interface ContentProblem extends Place {
  field: string;
  message: string;
  hint?: string;
  /** The text of the line the problem is on, shown under the message with a caret. */
  excerpt?: string;
  /** How many characters the caret underlines (default 1). */
  length?: number;
  /** Where in the file's YAML the problem is (["values", 2, "source"]), for finding its line afterwards. */
  path?: (string | number)[];
  /** The path names a field's key (an unknown field), not its value. */
  key?: boolean;
  /** The mistake is this part of the field's text (a placeholder): where it starts in the text, and how long it is. */
  within?: { offset: number; length: number };
}

/** The line, and a caret under the column: "  18 |     kind: estimat\n     |           ^^^^^^^". */
function codeFrame(p: ContentProblem): string {
  if (!p.line || !p.column || p.excerpt === undefined) return '';
  const text = p.excerpt.replace(/\t/g, ' ').replace(/\s+$/, '');
  const gutter = String(p.line);
  const room = Math.max(1, text.length - (p.column - 1));
  const carets = '^'.repeat(Math.max(1, Math.min(p.length ?? 1, room)));
  return `\n  ${gutter} | ${text}\n  ${' '.repeat(gutter.length)} | ${' '.repeat(p.column - 1)}${carets}`;
}

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  return `${where} — ${p.field}: ${p.message}${codeFrame(p)}${p.hint ? `\n  hint: ${p.hint}` : ''}`;
}

/** Adds the text of each problem's line, for problems in `file` whose line is known. */
export function withExcerpts(problems: ContentProblem[], file: string, text: string): ContentProblem[] {
  const lines = text.split(/\r?\n/);
  return problems.map((p) =>
    p.file === file && p.line && p.excerpt === undefined && lines[p.line - 1] !== undefined ? { ...p, excerpt: lines[p.line - 1] } : p,
  );
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  /** Read by Astro's error overlay and terminal output: the first place that has a line. */
  readonly loc: { file: string; line?: number; column?: number } | undefined;
  constructor(problems: ContentProblem[]) {
    super(
      `${problems.length === 1 ? 'A content mistake stops the build' : `${problems.length} content mistakes stop the build`}:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    const first = problems.find((p) => p.line) ?? problems[0];
    this.loc = first && { file: first.file, line: first.line, column: first.column };
    // An editor's mistake, not a bug: a stack trace would only bury the message.
    this.stack = '';
  }
}
