// A translation of a data or chart file: only its words, in a file beside the English one (plan.uk.yaml beside
// plan.yaml), laid over the English data as it is read. Numbers, dates, ids and sources are never written twice:
// a translation may hold only the fields named in TRANSLATED_KEYS, mirrored on the English file's shape (lists of
// items with an `id` matched by id, other lists by position). Pure functions: the reader places the problems.
import type { ContentProblem } from './errors';
import { placeholdersIn } from './placeholders';
import { codeList, didYouMean } from '../lib/suggest';

/** The fields whose text is words, so a translation gives them; every other field comes from the English file. */
export const TRANSLATED_KEYS: ReadonlySet<string> = new Set([
  'title',
  'label',
  'note',
  'summary',
  'heading',
  'caption',
  'text',
  'name',
  'said',
  'right',
  'description',
  'standfirst',
  'by',
  'reported_by',
]);

type Path = (string | number)[];
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasIds = (list: unknown[]) => list.length > 0 && list.every((x) => isObj(x) && typeof x.id === 'string');
const pathText = (path: Path) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('');

/** Every text of the English data that a translation must give, with its path. */
export function translatableTexts(data: unknown, path: Path = []): { path: Path; text: string }[] {
  if (Array.isArray(data)) return data.flatMap((x, i) => translatableTexts(x, [...path, i]));
  if (!isObj(data)) return [];
  return Object.entries(data).flatMap(([k, v]) =>
    typeof v === 'string' ? (TRANSLATED_KEYS.has(k) ? [{ path: [...path, k], text: v }] : []) : translatableTexts(v, [...path, k]),
  );
}

export interface OverlayResult {
  /** The English data with the translated words in place (a copy: the English data is not changed). */
  data: unknown;
  /** Mistakes in the translation, placed in `translation` (or, for a missing text, at the English text in `english`). */
  problems: ContentProblem[];
  /** Each translated text: its path in the English data and in the translation (for the translation status). */
  pairs: { english: Path; translation: Path }[];
}

/**
 * Lays `translation` (the parsed translation file) over `english`. Everything the translation gives must be a
 * word field the English has; every word field the English has must be given, with the same placeholders.
 */
export function applyTranslation(english: unknown, translation: unknown, files: { english: string; translation: string }): OverlayResult {
  const problems: ContentProblem[] = [];
  const pairs: OverlayResult['pairs'] = [];
  const inTranslation = (path: Path, field: string, message: string, hint: string, key = false): void => {
    problems.push({ file: files.translation, path, field: field || '(the whole file)', message, hint, ...(key ? { key } : {}) });
  };
  const missing = (enPath: Path, text: string) =>
    problems.push({
      file: files.english,
      path: enPath,
      field: pathText(enPath),
      message: `this text has no translation in ${files.translation}: "${text.length > 60 ? `${text.slice(0, 57)}…` : text}".`,
      hint: `add it there at \`${pathText(enPath)}\`, in the same place as in this file (docs/editing.md, "Translate a chart or a data file").`,
    });

  function walk(en: unknown, tr: unknown, enPath: Path, trPath: Path): unknown {
    if (Array.isArray(en)) {
      if (!Array.isArray(tr)) {
        inTranslation(
          trPath,
          pathText(trPath),
          'expected a list, as in the English file.',
          `mirror the list at \`${pathText(enPath)}\` in ${files.english}.`,
        );
        translatableTexts(en, enPath).forEach((t) => missing(t.path, t.text));
        return en;
      }
      if (hasIds(en)) {
        const ids = en.map((x) => (x as Obj).id as string);
        const given = new Map<string, number>();
        tr.forEach((item, i) => {
          const id = isObj(item) ? item.id : undefined;
          if (typeof id !== 'string')
            inTranslation(
              [...trPath, i],
              `${pathText(trPath)}[${i}]`,
              'expected the `id` of the English item this item translates.',
              `start the item with \`- id: …\`, one of ${codeList(ids.slice(0, 6))}${ids.length > 6 ? '…' : ''}.`,
            );
          else if (!ids.includes(id))
            inTranslation(
              [...trPath, i, 'id'],
              `${pathText(trPath)}[${i}].id`,
              `the English file has no item \`${id}\` here.`,
              `use the id of an item of \`${pathText(enPath)}\` in ${files.english}.${didYouMean(id, ids)}`,
            );
          else given.set(id, i);
        });
        return en.map((item, i) => {
          const at = given.get((item as Obj).id as string);
          if (at === undefined) {
            translatableTexts(item, [...enPath, i]).forEach((t) => missing(t.path, t.text));
            return item;
          }
          return walk(item, tr[at], [...enPath, i], [...trPath, at]);
        });
      }
      tr.slice(en.length).forEach((_, j) =>
        inTranslation(
          [...trPath, en.length + j],
          `${pathText(trPath)}[${en.length + j}]`,
          `the English list has ${en.length} items; this is one more.`,
          'a list is translated item by item, in the English order; remove the extra item.',
        ),
      );
      return en.map((item, i) =>
        i < tr.length
          ? walk(item, tr[i], [...enPath, i], [...trPath, i])
          : (translatableTexts(item, [...enPath, i]).forEach((t) => missing(t.path, t.text)), item),
      );
    }
    if (isObj(en)) {
      if (tr === undefined || tr === null) {
        translatableTexts(en, enPath).forEach((t) => missing(t.path, t.text));
        return en;
      }
      if (!isObj(tr)) {
        inTranslation(
          trPath,
          pathText(trPath),
          'expected fields written `name: value`, as in the English file.',
          `mirror \`${pathText(enPath) || 'the file'}\` in ${files.english}.`,
        );
        translatableTexts(en, enPath).forEach((t) => missing(t.path, t.text));
        return en;
      }
      const out: Obj = { ...en };
      for (const [key, value] of Object.entries(tr)) {
        const field = pathText([...trPath, key]);
        if (!(key in en)) {
          inTranslation(
            [...trPath, key],
            field,
            `the English file has no field \`${key}\` here.`,
            `translate only what \`${pathText(enPath) || 'the file'}\` in ${files.english} holds.${didYouMean(key, Object.keys(en))}`,
            true,
          );
          continue;
        }
        const enValue = en[key];
        if (key === 'id' && typeof enValue === 'string') {
          continue; // the item's id says which English item this is (checked above)
        }
        if (typeof enValue === 'string' && TRANSLATED_KEYS.has(key)) {
          if (typeof value !== 'string' || !value.trim()) {
            inTranslation([...trPath, key], field, 'expected the translated text.', `translate "${enValue.slice(0, 60)}" (${files.english}).`);
            continue;
          }
          const want = new Set(placeholdersIn(enValue).map((p) => p.raw));
          const got = new Set(placeholdersIn(value).map((p) => p.raw));
          const lost = [...want].filter((p) => !got.has(p));
          const added = [...got].filter((p) => !want.has(p));
          if (lost.length || added.length)
            inTranslation(
              [...trPath, key],
              field,
              `the placeholders differ from the English text's: ${[lost.length ? `missing ${codeList(lost)}` : '', added.length ? `not in the English ${codeList(added)}` : ''].filter(Boolean).join('; ')}.`,
              'a translation keeps every {placeholder} of the English text, and adds none: the figures come from the data.',
            );
          out[key] = value;
          pairs.push({ english: [...enPath, key], translation: [...trPath, key] });
          continue;
        }
        if (typeof enValue === 'object' && enValue !== null) {
          out[key] = walk(enValue, value, [...enPath, key], [...trPath, key]);
          continue;
        }
        inTranslation(
          [...trPath, key],
          field,
          `\`${key}\` is not translated: it comes from ${files.english}.`,
          `remove it here. A translation holds only words (${codeList([...TRANSLATED_KEYS].slice(0, 5))}…); numbers, dates, ids and sources are written once, in the English file.`,
          true,
        );
      }
      for (const [key, enValue] of Object.entries(en))
        if (!(key in tr))
          translatableTexts(
            typeof enValue === 'string' ? { [key]: enValue } : enValue,
            typeof enValue === 'string' ? enPath : [...enPath, key],
          ).forEach((t) => missing(t.path, t.text));
      return out;
    }
    return en;
  }

  const data = walk(english, translation ?? {}, [], []);
  return { data, problems, pairs };
}

/** A word field of a skeleton: the English it translates, to be shown beside the empty translation. */
export interface ToTranslate {
  english: string;
}

/**
 * A skeleton translation of an English file: its shape (ids kept, so each item says which it is), with each word
 * field a ToTranslate holding the English, and nothing else (npm run translation:new writes it out).
 */
export function skeleton(english: unknown): unknown {
  if (Array.isArray(english)) {
    const items = english.map(skeleton);
    return hasIds(english) ? items.filter((x) => isObj(x) && Object.keys(x).length > 1) : items.map((x) => (isObj(x) ? x : {}));
  }
  if (!isObj(english)) return undefined;
  const out: Obj = {};
  for (const [k, v] of Object.entries(english)) {
    if (k === 'id' && typeof v === 'string') out[k] = v;
    else if (typeof v === 'string') {
      if (TRANSLATED_KEYS.has(k)) out[k] = { english: v } satisfies ToTranslate;
    } else if (typeof v === 'object' && v !== null) {
      const inner = skeleton(v);
      const empty = (Array.isArray(inner) && inner.every((x) => isObj(x) && !Object.keys(x).length)) || (isObj(inner) && !Object.keys(inner).length);
      if (!empty) out[k] = inner;
    }
  }
  return out;
}
