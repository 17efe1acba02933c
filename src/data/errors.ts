// One error type for every mistake an editor can make, so the build prints the same shape each time:
// where (file, line, column when known), what (the field or prop), what was expected, and a hint.

export interface ContentProblem {
  file: string;
  line?: number;
  column?: number;
  field: string;
  message: string;
  hint?: string;
}

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  return `${where} — ${p.field}: ${p.message}${p.hint ? `\n  hint: ${p.hint}` : ''}`;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `${problems.length === 1 ? 'A content mistake stops the build' : `${problems.length} content mistakes stop the build`}:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
