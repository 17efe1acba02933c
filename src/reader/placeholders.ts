// The one placeholder syntax of the project, in chapters' data texts and chart files alike:
//   {value-id}          the figure ("more than 4,714 km²")
//   {value-id.field}    one part of it: number, date, period, by, label
// Parsing lives here; what a placeholder renders to lives with whoever renders it (a <Fig>, a chart's text).
export const PLACEHOLDER_FIELDS = ['number', 'date', 'period', 'by', 'label'] as const;
export type PlaceholderField = (typeof PLACEHOLDER_FIELDS)[number];

export interface Placeholder {
  /** The whole placeholder as written: "{mod-2025-09-25.date}". */
  raw: string;
  id: string;
  field?: string;
  /** Offset of the `{` in the text. */
  index: number;
}

const PLACEHOLDER = /\{([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.([a-z]+))?\}/g;

export function placeholdersIn(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ raw: m[0], id: m[1]!, field: m[2], index: m.index }));
}

/** The text split into plain runs and placeholders, in order. */
export function splitPlaceholders(text: string): (string | Placeholder)[] {
  const out: (string | Placeholder)[] = [];
  let at = 0;
  for (const p of placeholdersIn(text)) {
    if (p.index > at) out.push(text.slice(at, p.index));
    out.push(p);
    at = p.index + p.raw.length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

export const isField = (f: string | undefined): f is PlaceholderField => f === undefined || (PLACEHOLDER_FIELDS as readonly string[]).includes(f);
