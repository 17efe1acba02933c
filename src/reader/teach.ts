// Turns a schema's verdict on one data file (or a chapter's frontmatter) into messages an editor can act on:
// the field by name and item id (`values[2] (isw-2025-09-25).kind`), what was expected, what was found, and a hint.
// The schemas in src/schemas/ decide what is valid; this file only explains their answer.
import type { z } from 'astro/zod';
import type { ContentProblem } from './errors';
import { closest } from '../lib/suggest';
import { helpFor } from '../schemas/fields';

type Path = (string | number)[];
type Issue = z.core.$ZodIssue;

/** `values[2] (isw-2025-09-25).kind`, `[4] (reuters-x).url`, `frontmatter.order`. */
export function fieldLabel(raw: unknown, path: Path, prefix = ''): string {
  let label = prefix;
  let node: unknown = raw;
  for (const seg of path) {
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
    if (typeof seg === 'number') {
      const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      label += `[${seg}]${typeof id === 'string' && id ? ` (${id})` : ''}`;
    } else label += label ? `.${seg}` : seg;
  }
  return label || '(the whole file)';
}

const tick = (s: string) => `\`${s}\``;

/** "`a`, `b` or `c`" */
export function orList(items: readonly string[]): string {
  const t = items.map(tick);
  return t.length > 1 ? `${t.slice(0, -1).join(', ')} or ${t.at(-1)}` : (t[0] ?? '');
}

function shown(input: unknown): string {
  const s = typeof input === 'string' ? input : (JSON.stringify(input) ?? String(input));
  return tick(s.length > 60 ? `${s.slice(0, 57)}…` : s);
}

function valueAt(raw: unknown, path: Path): { present: boolean; value: unknown } {
  let node: unknown = raw;
  for (const seg of path) {
    if (!node || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, seg)) return { present: false, value: undefined };
    node = (node as Record<string | number, unknown>)[seg];
  }
  return { present: node !== undefined && node !== null, value: node };
}

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  valueType?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
  innerType?: { _zod: { def: Def } };
  out?: { _zod: { def: Def } };
  entries?: Record<string, string>;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema's definition at a path, looking through optional, default and preprocess wrappers. */
function defAt(schema: z.ZodType, path: Path): Def | undefined {
  let def: Def | undefined = defOf(schema);
  const unwrap = () => {
    while (def && (def.innerType || def.type === 'pipe' || def.type === 'union')) {
      // A union (a matrix cell): the shape with fields, which is the one a path can run into.
      if (def.type === 'union') def = def.options?.map((o) => o._zod.def).find((d) => d.shape);
      else def = (def.innerType ?? def.out)?._zod.def;
    }
  };
  unwrap();
  for (const seg of path) {
    if (!def) return undefined;
    // A record (chart states, matrix cells) has one schema for the value at every key.
    def = typeof seg === 'number' ? def.element?._zod.def : (def.shape?.[seg] ?? def.valueType)?._zod.def;
    unwrap();
  }
  return def;
}

// Zod's own wording starts like this; anything else is a message written in src/schemas/ and worth showing.
const DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

type Found = ContentProblem & { near?: string };

function issueProblems(issue: Issue, raw: unknown, schema: z.ZodType, file: string, prefix: string): Found[] {
  const path = issue.path as Path;
  // A value that may take one of several shapes (a matrix cell: `not-reported` or a sourced text): explain the
  // mistake against the shape the editor was writing, the one whose problems lie inside the value rather than at it.
  if (issue.code === 'invalid_union') {
    const branches = (issue as { errors?: Issue[][] }).errors ?? [];
    const inside = branches.find((b) => b.length > 0 && b.every((i) => i.path.length > 0));
    if (inside) return inside.flatMap((i) => issueProblems({ ...i, path: [...path, ...i.path] } as Issue, raw, schema, file, prefix));
  }
  const key = [...path].reverse().find((s): s is string => typeof s === 'string');
  const help = helpFor(key);
  const label = fieldLabel(raw, path, prefix);
  const base = { file, field: label, path };
  const def = defAt(schema, path);
  const options = def?.type === 'enum' && def.entries ? Object.values(def.entries) : undefined;
  const expected = options ? `one of ${orList(options)}` : help.expected;
  const example = help.example ? `\`${key}: ${help.example}\`` : '';
  const own = DEFAULT_MESSAGE.test(issue.message) ? undefined : issue.message.replace(/([^.?])$/, '$1.');

  if (issue.code === 'unrecognized_keys') {
    const allowed = Object.keys(defAt(schema, path)?.shape ?? {});
    return issue.keys.map((k) => {
      // `title "A: B"`, a field whose colon was left out, reads as a field named `title "A` when its text holds `: `.
      const colonless = k.match(/^([A-Za-z_]+)\s+\S/)?.[1];
      if (colonless && allowed.includes(colonless))
        return {
          file,
          field: fieldLabel(raw, [...path, colonless], prefix),
          path: [...path, k],
          key: true,
          message: 'this line has no colon after its field name.',
          hint: `write ${tick(`${colonless}: ${k.slice(colonless.length).trim()}: ${String(valueAt(raw, [...path, k]).value ?? '')}`.trim())}: the field's name, a colon and a space, then its value.`,
          near: colonless,
        };
      const near = closest(k, allowed);
      return {
        file,
        field: fieldLabel(raw, [...path, k], prefix),
        path: [...path, k],
        key: true,
        message: `unknown field ${tick(k)}.`,
        hint: allowed.length
          ? `${near ? `Did you mean ${tick(near)}? ` : ''}The fields here are ${orList(allowed).replace(/ or (?=[^ ]+$)/, ' and ')}.`
          : 'nothing more belongs here; remove it, or check the indentation of this line and the lines above it.',
        near,
      };
    });
  }

  const { present, value } = valueAt(raw, path);
  if (!present) {
    const hintFor = options ? `add a line such as \`${key}: ${closest('', options) ?? options[0]}\`` : example ? `add a line such as ${example}` : '';
    return [{ ...base, message: `missing; expected ${expected}.`, ...(hintFor ? { hint: `${hintFor}.` } : {}) }];
  }

  switch (issue.code) {
    case 'invalid_value': {
      const near = typeof value === 'string' ? closest(value, (issue.values as unknown[]).map(String)) : undefined;
      return [{ ...base, message: `expected ${expected}, found ${shown(value)}.`, ...(near ? { hint: `Did you mean ${tick(near)}?` } : {}) }];
    }
    case 'invalid_type': {
      let hint = own ?? (example ? `write it like ${example}.` : undefined);
      if (issue.expected === 'number' && typeof value === 'string') {
        const digits = value.replace(/[,\s_]/g, '');
        if (digits !== '' && !Number.isNaN(Number(digits)))
          hint = `write \`${key}: ${Number(digits)}\`: a plain number, with no commas, unit or quotes.`;
      }
      return [{ ...base, message: `expected ${expected}, found ${shown(value)}.`, ...(hint ? { hint } : {}) }];
    }
    case 'invalid_format': {
      let hint = own ?? (example ? `write it like ${example}.` : undefined);
      if (issue.format === 'url')
        hint =
          typeof value === 'string' && !/^[a-z]+:/i.test(value)
            ? `start it with https:// — \`${key}: https://${value.replace(/^\/+/, '')}\`.`
            : "copy the whole address from the browser's address bar; it starts with https://.";
      return [{ ...base, message: `expected ${expected}, found ${shown(value)}.`, ...(hint ? { hint } : {}) }];
    }
    case 'custom':
      return [{ ...base, message: `${shown(value)} is ${issue.message}.`, ...(example ? { hint: `expected ${expected}, e.g. ${example}.` } : {}) }];
    case 'too_small':
    case 'too_big': {
      const empty = (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
      return [
        {
          ...base,
          message: empty ? `empty; expected ${expected}.` : `expected ${expected}, found ${shown(value)}.`,
          ...(example ? { hint: `write it like ${example}.` } : {}),
        },
      ];
    }
    default:
      return [{ ...base, message: `expected ${expected}${value === undefined ? '' : `, found ${shown(value)}`}.`, ...(own ? { hint: own } : {}) }];
  }
}

/**
 * Checks parsed data against a schema. Returns the parsed value, or the problems (each with its YAML `path`,
 * so the caller can add lines with placeProblems).
 */
export function checkWithSchema<T extends z.ZodType>(
  schema: T,
  raw: unknown,
  file: string,
  prefix = '',
): { ok: true; data: z.infer<T> } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const found = result.error.issues.flatMap((i) => issueProblems(i, raw, schema, file, prefix));
  // One message per field: the first (a date that is not YYYY-MM-DD is not also "not a real date"), and none for a
  // field that is missing only because it was misspelt (`titel`): the unknown field's message says "Did you mean".
  const seen = new Set<string>();
  const misspelt = new Set(found.filter((p) => p.near).map((p) => JSON.stringify([...p.path!.slice(0, -1), p.near])));
  const problems = found.filter((p) => {
    const key = JSON.stringify(p.path);
    if (seen.has(key) || (!p.key && misspelt.has(key))) return false;
    seen.add(key);
    return true;
  });
  return { ok: false, problems: movedFields(problems, raw).map(({ near: _near, ...p }) => p) };
}

/**
 * A field moved one level out of its item, or into the field above it, still parses: the schema then finds it missing
 * where it belongs and out of place where it is. One slip, one message: at the line that moved, saying which way.
 */
function movedFields(problems: Found[], raw: unknown): Found[] {
  const same = (a: Path, b: Path) => a.length === b.length && a.every((s, i) => s === b[i]);
  const out = [...problems];
  for (const missing of problems) {
    if (!missing.path?.length || !missing.message.startsWith('missing')) continue;
    const field = missing.path.at(-1);
    const home = missing.path.slice(0, -1);
    const moved = out.find(
      (p) =>
        p !== missing &&
        p.path !== undefined &&
        p.path.at(-1) === field &&
        (same(p.path.slice(0, -1), home.slice(0, -1)) || (p.path.length === home.length + 2 && same(p.path.slice(0, home.length), home))),
    );
    if (!moved || typeof field !== 'string') continue;
    const out_ = moved.path!.length < missing.path.length;
    // What the line should line up under: the item's last field (it came out from under it), or the field it went into.
    const item = valueAt(raw, home).value;
    const keys = item && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item).filter((k) => k !== field) : [];
    const under = out_ ? keys.at(-1) : String(moved.path!.at(-2));
    const merged: Found = {
      file: moved.file,
      path: moved.path!,
      key: true,
      field: moved.field,
      message: out_ ? 'this line is indented less than the fields of its item above it.' : 'this line is indented more than the fields above it.',
      ...(under ? { hint: `line ${tick(`${field}:`)} up under ${tick(`${under}:`)}, with as many spaces before it.` } : {}),
    };
    out.splice(out.indexOf(moved), 1, merged);
    out.splice(out.indexOf(missing), 1);
  }
  return out;
}
