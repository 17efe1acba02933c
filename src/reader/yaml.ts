// Reads YAML the way an editor sees it: with lines and columns, so a mistake can be shown where it was written.
// Also used for chapter frontmatter, which sits a line below the top of its file.
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentProblem } from './errors';
import { findSlip } from './yaml-slips';

export type YamlPath = (string | number)[];

/** A file read with its positions (YAML here, CSV in csv-text.ts), so a problem's path can be given a line. */
export interface Located {
  /** Project-relative path, as printed in messages. */
  file: string;
  /** The parsed data (plain objects, arrays, strings, numbers, booleans). */
  data: unknown;
  /** Syntax mistakes, each with its line. */
  problems: ContentProblem[];
  locate(path: YamlPath, options?: { key?: boolean }): { line: number; column: number; length: number; quoted?: boolean } | undefined;
}

export interface YamlText extends Located {
  doc: Document;
}

// When the lines look right to findSlip but the library still rejects them: what its first complaint means, in an
// editor's words (never the library's own).
const SYNTAX_WORDS: Record<string, { message: string; hint: string }> = {
  DUPLICATE_KEY: { message: 'this field is written twice in one item.', hint: 'keep one of the two lines and delete the other.' },
  MISSING_CHAR: {
    message: 'a closing quote or bracket is missing.',
    hint: 'close every `"` and every `{` or `[` on the line where it opens.',
  },
  TAB_AS_INDENT: { message: 'this line is indented with a tab.', hint: 'indent with spaces only.' },
};
const SYNTAX_OTHER = {
  message: 'this line does not fit the lines around it.',
  hint: 'indent it with spaces like the fields above it, put a colon after its field name, and put text that holds `: ` or `#` in double quotes.',
};

/**
 * Parses YAML text. `lineOffset` is the number of lines above the text in its file (1 for frontmatter after `---`),
 * so every line reported is a line of the file.
 */
export function readYaml(text: string, file: string, lineOffset = 0): YamlText {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  // One slip, one message: the line the editor got wrong, found from the text, rather than every place where the
  // library's parse broke after it.
  const problems: ContentProblem[] = [];
  if (doc.errors.length) {
    const slip = findSlip(text, lineOffset);
    if (slip)
      problems.push({
        file,
        line: slip.line + lineOffset,
        column: slip.column,
        length: slip.length,
        field: slip.field ?? 'YAML',
        message: slip.message,
        hint: slip.hint,
      });
    else {
      const first = doc.errors[0]!;
      problems.push({ file, ...at(first.pos[0]), field: 'YAML', ...(SYNTAX_WORDS[first.code] ?? SYNTAX_OTHER) });
    }
  }
  const data = problems.length ? undefined : doc.toJS();

  const locate: YamlText['locate'] = (path, options = {}) => {
    // The deepest node that exists on the path: the field itself, or the item it is missing from.
    for (let depth = path.length; depth >= 0; depth--) {
      const sub = path.slice(0, depth);
      if (options.key && depth === path.length && depth > 0) {
        const parent = sub.length > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
        if (isMap(parent)) {
          const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === sub[sub.length - 1]);
          const key = pair && isNode(pair.key) ? pair.key : undefined;
          if (key?.range) return { ...at(key.range[0]), length: key.range[1] - key.range[0] };
        }
        continue;
      }
      const node = depth === 0 ? doc.contents : doc.getIn(sub, true);
      if (isNode(node) && node.range) {
        // A missing field is reported at its item: point at the item's first key rather than the whole block.
        if (depth < path.length && isMap(node)) {
          const first = node.items[0];
          if (first && isNode(first.key) && first.key.range) return { ...at(first.key.range[0]), length: first.key.range[1] - first.key.range[0] };
        }
        const end = isScalar(node) ? node.range[1] : node.range[0] + 1;
        const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
        return { ...at(node.range[0]), length: Math.max(1, end - node.range[0]), quoted };
      }
    }
    return undefined;
  };
  return { file, doc, data, problems, locate };
}

/** Gives each problem about this file that has a YAML `path` its line, column and underline length. */
export function placeProblems(problems: ContentProblem[], yaml: Located): ContentProblem[] {
  return problems.map((p) => {
    if (p.file !== yaml.file || p.line || !p.path) return p;
    const place = yaml.locate(p.path, { key: p.key });
    if (!place) return p;
    const { quoted, ...at } = place;
    // A placeholder inside a one-line text: point at the placeholder, not the whole text.
    if (p.within && at.length > p.within.offset)
      return { ...p, ...at, column: at.column + p.within.offset + (quoted ? 1 : 0), length: p.within.length };
    return { ...p, ...at };
  });
}
