// When a YAML file does not parse, finds the one slip an editor made and says it in their words, at its line: a tab
// in the indentation, a field indented too deep or too shallow, a field written twice, a missing colon, a quote
// never closed, a second `: ` in unquoted text. The YAML library reports where the parse broke, which is often a
// line or two after the slip, in its own words, and one slip can break it several times; this reads the lines as an
// editor writes them (block mappings and lists, two spaces per level) to find the line that is out of place.
// Only called on text the library rejected, so it may assume that something is wrong.

export interface Slip {
  /** 1-based line of the text (the caller adds any offset), and 1-based column. */
  line: number;
  column: number;
  length: number;
  /** The field the line holds, when it holds one: `caption`. */
  field?: string;
  message: string;
  hint: string;
}

interface Level {
  indent: number;
  kind: 'map' | 'seq';
  /** Keys seen in this mapping, with their lines (duplicates). */
  keys: Map<string, number>;
  /** The last key written at this level, and its line: what a moved line should line up under. */
  last?: { key: string; line: number };
}

interface Parsed {
  dash: boolean;
  /** Column (0-based) where the key or the content after `- ` starts. */
  at: number;
  key?: string;
  /** The text after `key:` (or after `- ` when there is no key), trimmed. */
  value: string;
}

const tick = (s: string) => `\`${s}\``;
/** What a moved line should line up under: a field (`heading:`), or the dash of a list item. */
const underWords = (under: { key: string; line: number }) =>
  under.key === '-' ? `the \`-\` of line ${under.line}` : `${tick(`${under.key}:`)} (line ${under.line})`;
/** A line as the hint names it: its field (`caption:`), or its text. */
const lineWords = (key: string | undefined, text: string) => tick(key ? `${text.trimStart().startsWith('-') ? '- ' : ''}${key}:` : text.trim());

/** A line's key and value, after any `- `: `  - id: "x"` → { dash, at: 4, key: 'id', value: '"x"' }. */
function parseLine(raw: string, indent: number): Parsed {
  let at = indent;
  let dash = false;
  if (/^-(\s|$)/.test(raw.slice(at))) {
    dash = true;
    at += 1;
    while (raw[at] === ' ') at++;
  }
  const rest = raw.slice(at);
  const m = rest.match(/^("[^"]*"|'[^']*'|[^\s#'"{[][^:#{}[\]"]*?)\s*:(\s|$)/);
  if (m) return { dash, at, key: m[1]!.replace(/^["']|["']$/g, ''), value: rest.slice(m[0].length).trim() };
  return { dash, at, value: rest.trim() };
}

/** Where an unclosed double quote starts in this text, if one does (a `\"` is not a quote). */
function openQuote(text: string): number | undefined {
  // A text in single quotes ends at a lone `'` (`''` is a quote inside it).
  if (text.startsWith("'")) return /^'(?:[^']|'')*'/.test(text) ? undefined : 0;
  let open: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open !== undefined) {
      if (ch === '\\') i++;
      else if (ch === '"') open = undefined;
    } else if (ch === '"') open = i;
    else if (ch === '#' && (i === 0 || text[i - 1] === ' ')) break; // a comment
  }
  return open;
}

/** Brackets of flow collections ({ } and [ ]) left open at the end of this text, outside quotes. */
function openBrackets(text: string): number {
  let depth = 0;
  let quote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === '"') quote = false;
    } else if (ch === '"') quote = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  return depth;
}

const isPlain = (value: string) => value !== '' && !/^["'{[|>&*!]/.test(value);

/** The one slip that broke this YAML, or undefined when the lines look right (the caller then says so in general). */
export function findSlip(text: string, lineOffset = 0): Slip | undefined {
  // Lines named in hints are lines of the file (frontmatter starts a line below the top); `line` is the text's.
  const lines = text.split(/\r?\n/);

  // A tab in the indentation: YAML counts only spaces, so the line seems to sit at no level at all.
  for (let n = 0; n < lines.length; n++) {
    const lead = lines[n]!.match(/^[ \t]*/)![0];
    const tab = lead.indexOf('\t');
    if (tab >= 0 && lines[n]!.trim() !== '') {
      const p = parseLine(lines[n]!.replace(/\t/g, ' '), lead.length);
      // The field above it, when that one holds a value (not an opener such as `states:`): the line's likely level.
      const above = lines
        .slice(0, n)
        .map((l, k) => ({ l, k }))
        .reverse()
        .find(({ l }) => l.trim() !== '' && !l.trim().startsWith('#'));
      const prev = above && parseLine(above.l, above.l.length - above.l.trimStart().length);
      const under =
        prev?.key && prev.value !== '' ? ` under ${tick(`${prev.key}:`)} (line ${above!.k + 1 + lineOffset})` : ' under the field above it';
      return {
        line: n + 1,
        column: tab + 1,
        length: lead.length - tab,
        ...(p.key ? { field: p.key } : {}),
        message: 'this line is indented with a tab.',
        hint: `indent with spaces only: replace the tab with spaces${
          p.dash ? ', so that its `-` lines up under the `-` of the items above it' : p.key ? `, so that ${tick(`${p.key}:`)} lines up${under}` : ''
        }.`,
      };
    }
  }

  const stack: Level[] = [];
  /** The previous line ended with `key:` or `-` and nothing after: the next line may go one level deeper. */
  let opener: { indent: number; dash: boolean } | undefined = { indent: -1, dash: false };
  /** Skip the lines of a block scalar (`key: |`) deeper than this. */
  let block: number | undefined;
  /** The value of the previous line is plain text, which may go on over the next, deeper lines. */
  let plainFrom: number | undefined;
  /** A flow collection ({ … } or [ … ]) left open: its lines go on until it closes. */
  let flow = 0;
  let flowStart: { line: number; column: number; indent: number; field?: string } | undefined;
  /** The level the previous line closed by going shallower, with that line: when the next line goes back to it, it was the previous line that moved. */
  let closed: { level: Level; line: number; column: number; key?: string } | undefined;

  /** A line out of step with the fields above it: `more` (indented too deep) or `less` (too shallow). */
  const misIndented =
    (more: boolean) =>
    (n: number, column: number, key: string | undefined, under: Level['last']): Slip => ({
      line: n,
      column,
      length: (key?.length ?? 0) + 1,
      field: key ?? 'list item',
      message: `this line is indented ${more ? 'more' : 'less'} than the fields above it.`,
      hint: under
        ? `line ${lineWords(key, lines[n - 1]!)} up under ${underWords(under)}, with as many spaces before it.`
        : more
          ? 'take out the extra spaces before it.'
          : 'add spaces before it, as many as the fields above it have.',
    });
  const tooDeep = misIndented(true);
  const tooShallow = misIndented(false);

  const unclosedFlow = (at: NonNullable<typeof flowStart>): Slip => ({
    line: at.line,
    column: at.column,
    length: 1,
    field: at.field ?? 'list item',
    message: 'the bracket that starts here is never closed.',
    hint: 'end the line with `}` for a `{` (or `]` for a `[`), after its last item.',
  });
  /** The nearest list (its last `-`) to a column, among the open levels and those this line closed. */
  const nearestDash = (indent: number, levels: Level[]) =>
    levels.filter((l) => l.kind === 'seq' && l.last).sort((a, b) => Math.abs(a.indent - indent) - Math.abs(b.indent - indent))[0]?.last;

  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i]!;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed === '---' || trimmed === '...') continue;
    const indent = raw.length - raw.trimStart().length;
    if (block !== undefined) {
      if (indent > block) continue;
      block = undefined;
    }
    if (flow > 0) {
      // A `{` or `[` still open when the next field starts: it was never closed.
      if (flowStart && indent <= flowStart.indent && /^(-\s|[^\s:]+:\s)/.test(trimmed)) return unclosedFlow(flowStart);
      flow += openBrackets(raw);
      continue;
    }
    const p = parseLine(raw, indent);
    const wasClosed = closed;
    closed = undefined;
    let popped: Level | undefined;
    const poppedAll: Level[] = [];

    // Where does this line sit? After an opener, one level deeper is a new level.
    if (opener && (indent > opener.indent || (p.dash && !opener.dash && indent === opener.indent && stack.length > 0))) {
      stack.push({ indent, kind: p.dash ? 'seq' : 'map', keys: new Map() });
    } else {
      // Plain text may go on over deeper lines that hold no `key:`.
      if (plainFrom !== undefined && indent > plainFrom && !p.key && !p.dash) continue;
      while (stack.length && stack.at(-1)!.indent > indent) poppedAll.push((popped = stack.pop()!));
      const top = stack.at(-1);
      // A list item that moved lines up with the other items' dashes, not with fields.
      const dashUnder = p.dash ? nearestDash(indent, [...stack, ...poppedAll]) : undefined;
      if (!top || top.indent < indent) {
        // Between two levels, or deeper than the fields above without an opener.
        if (wasClosed && indent === wasClosed.level.indent)
          // The line above went shallower and this one went back: the line above is the one that moved.
          return tooShallow(wasClosed.line, wasClosed.column, wasClosed.key, wasClosed.level.last);
        if (popped && (!top || popped.indent - indent <= indent - top.indent))
          return tooShallow(n, indent + 1, p.key, dashUnder ?? (popped.kind === 'map' ? popped.last : (stack.at(-1)?.last ?? popped.last)));
        return tooDeep(n, indent + 1, p.key, dashUnder ?? top?.last);
      }
      if (top.kind === 'seq' && !p.dash) {
        // A field at the column of the list's dashes: the list belongs to a field of the same column (`key:` then
        // `- …` under it), or this field belongs to the item above it.
        const under = stack.length > 1 && stack.at(-2)!.indent === indent ? stack.at(-2) : undefined;
        if (under) stack.pop();
        else return tooShallow(n, indent + 1, p.key, popped?.last);
      } else if (top.kind === 'map' && p.dash) {
        return {
          line: n,
          column: indent + 1,
          length: 1,
          message: 'a list item (`- `) where the fields above it have none.',
          hint: top.last
            ? `line it up under the list it belongs to, or remove the \`- \` to make it a field like ${tick(`${top.last.key}:`)}.`
            : 'remove the `- `, or line it up under the list it belongs to.',
        };
      }
    }
    const level = stack.at(-1)!;

    // A `- key: value` line opens a mapping inside the list item, at the column after the dash.
    let target = level;
    if (p.dash) {
      target.last = { key: '-', line: n + lineOffset };
      if (p.key || p.value === '') {
        if (p.key) {
          target = { indent: p.at, kind: 'map', keys: new Map() };
          stack.push(target);
        }
      }
    }

    if (p.key === undefined && !p.dash) {
      // Text with no `key:` at a level of fields: the colon is missing.
      const name = p.value.match(/^[^\s"':]+/)?.[0] ?? p.value;
      const rest = p.value.slice(name.length).trim();
      return {
        line: n,
        column: indent + 1,
        length: Math.max(1, name.length),
        field: name,
        message: 'this line has no colon after its field name.',
        hint: `write ${tick(`${name}: ${rest}`.trimEnd())}: the field's name, a colon and a space, then its value.`,
      };
    }
    if (p.key !== undefined) {
      const first = target.keys.get(p.key);
      if (first !== undefined)
        return {
          line: n,
          column: p.at + 1,
          length: p.key.length,
          field: p.key,
          message: `the field ${tick(p.key)} is written twice in this item (first at line ${first}).`,
          hint: 'keep one of the two lines and delete the other.',
        };
      target.keys.set(p.key, n + lineOffset);
      target.last = { key: p.key, line: n + lineOffset };
    }

    // The value: a quote never closed, a second `: ` in plain text, a block or flow that goes on.
    const valueAt = raw.length - raw.trimStart().length + raw.trimStart().indexOf(p.value);
    const quote = openQuote(p.value);
    if (quote !== undefined)
      return {
        line: n,
        column: valueAt + quote + 1,
        length: Math.max(1, p.value.length - quote),
        field: p.key ?? 'list item',
        message: 'the quote that starts here is never closed.',
        hint: `end the text with ${tick('"')} on this line${p.key ? `: ${tick(`${p.key}: ${p.value.trimEnd()}"`)}` : ''} (a quote inside the text is written \\").`,
      };
    if (p.key && isPlain(p.value) && /:\s/.test(p.value)) {
      const colon = p.value.search(/:\s/);
      return {
        line: n,
        column: valueAt + colon + 1,
        length: 1,
        field: p.key,
        message: 'this text holds a second `: `, which reads as the start of another field.',
        hint: `put the text in double quotes: ${tick(`${p.key}: "${p.value.replace(/"/g, '\\"')}"`)}.`,
      };
    }
    opener = p.value === '' ? { indent: p.key !== undefined ? (p.dash ? p.at : indent) : indent, dash: p.dash && p.key === undefined } : undefined;
    if (/^[|>][-+0-9]*$/.test(p.value)) block = p.key !== undefined && p.dash ? p.at : indent;
    flow = /^[{[]/.test(p.value) ? openBrackets(p.value) : 0;
    flowStart = flow > 0 ? { line: n, column: valueAt + 1, indent, ...(p.key ? { field: p.key } : {}) } : undefined;
    plainFrom = isPlain(p.value) ? (p.dash && p.key !== undefined ? p.at : indent) : undefined;
    // A field that went shallower than the line above it: if the next line goes back, this is the line that moved.
    if (popped && !p.dash && p.key !== undefined) closed = { level: popped, line: n, column: indent + 1, key: p.key };
  }
  return flow > 0 && flowStart ? unclosedFlow(flowStart) : undefined;
}
