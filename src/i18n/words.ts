// How interface words are written: each entry gives every edition's words side by side, so a translator sees the
// English beside the Ukrainian and a missing translation is a type error. Words that take values are functions.
import type { Locale } from './locale';

export type Words = Record<string, Record<Locale, string | ((...args: never[]) => string)>>;

/** The words of one edition: words(UI, 'uk').skipLink. */
export function wordsIn<W extends Words>(table: W, locale: Locale): { [K in keyof W]: W[K]['en'] } {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[locale]])) as { [K in keyof W]: W[K]['en'] };
}
