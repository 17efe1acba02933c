// How figures read on the page: thousands separators, units, hedges, kinds and dates, in one style per edition.
// English keeps its own house style (en-GB: "4,714 km²", "21 Nov 2025"); Ukrainian follows Ukrainian usage through
// Intl (uk-UA: "4 714 км²", "21 листопада 2025 р.", plural forms of units). Every function takes the edition's
// locale last, English by default.
import type { Kind, Qualifier, Unit } from '../schemas/common';
import { INTL_LOCALE, type Locale } from '../i18n/locale';
import { km2ToSqMi } from './units';

export function formatNumber(n: number, maxDecimals = 2, locale: Locale = 'en'): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: maxDecimals }).format(n);
}

type CountedUnit = Exclude<Unit, 'km2' | 'percent' | 'usd-bn' | 'eur-bn' | 'rank' | 'captured'>;

/** English: singular and plural. */
const UNIT_WORDS_EN: Record<CountedUnit, [singular: string, plural: string]> = {
  drones: ['drone', 'drones'],
  missiles: ['missile', 'missiles'],
  people: ['person', 'people'],
  // A count of people who are all children reads "3 children", not "3 people … were children".
  children: ['child', 'children'],
  points: ['point', 'points'],
  days: ['day', 'days'],
  years: ['year', 'years'],
  regions: ['region', 'regions'],
  troops: ['troop', 'troops'],
  weapons: ['drone or missile', 'drones and missiles'],
  countries: ['country', 'countries'],
  settlements: ['settlement', 'settlements'],
};

/** Ukrainian: the forms Intl.PluralRules('uk') picks: one (21), few (22), many (25), other (fractions, 1,5). */
const UNIT_WORDS_UK: Record<CountedUnit, Record<'one' | 'few' | 'many' | 'other', string>> = {
  drones: { one: 'дрон', few: 'дрони', many: 'дронів', other: 'дрона' },
  missiles: { one: 'ракета', few: 'ракети', many: 'ракет', other: 'ракети' },
  people: { one: 'людина', few: 'людини', many: 'людей', other: 'людини' },
  children: { one: 'дитина', few: 'дитини', many: 'дітей', other: 'дитини' },
  points: { one: 'пункт', few: 'пункти', many: 'пунктів', other: 'пункту' },
  days: { one: 'день', few: 'дні', many: 'днів', other: 'дня' },
  years: { one: 'рік', few: 'роки', many: 'років', other: 'року' },
  regions: { one: 'область', few: 'області', many: 'областей', other: 'області' },
  troops: { one: 'військовослужбовець', few: 'військовослужбовці', many: 'військовослужбовців', other: 'військовослужбовця' },
  weapons: { one: 'дрон або ракета', few: 'дрони та ракети', many: 'дронів і ракет', other: 'дрона чи ракети' },
  countries: { one: 'країна', few: 'країни', many: 'країн', other: 'країни' },
  settlements: { one: 'населений пункт', few: 'населені пункти', many: 'населених пунктів', other: 'населеного пункту' },
};

/** "3,434 km²", "19.2%", "476 drones", "$100bn"; "3 434 км²", "19,2%", "476 дронів", "100 млрд доларів". */
export function formatWithUnit(n: number, unit: Unit, locale: Locale = 'en'): string {
  const num = formatNumber(n, 2, locale);
  const uk = locale === 'uk';
  switch (unit) {
    case 'km2':
      return uk ? `${num}\u00a0км²` : `${num} km²`;
    case 'percent':
      return `${num}%`;
    case 'usd-bn':
      return uk ? `${num}\u00a0млрд доларів` : `$${num}bn`;
    case 'eur-bn':
      return uk ? `${num}\u00a0млрд євро` : `€${num}bn`;
    case 'rank':
      return ordinal(n, locale);
    case 'captured':
      // A claim that a place was taken, with no share given: 1 means "captured" (Gerasimov on Kupiansk).
      if (uk) return n === 1 ? 'захоплено' : `захоплено ${num} ${UNIT_WORDS_UK.settlements[plural(n, locale)]}`;
      return n === 1 ? 'captured' : `${num} places captured`;
    default: {
      if (uk) return `${num}\u00a0${UNIT_WORDS_UK[unit][plural(n, locale)]}`;
      const [one, many] = UNIT_WORDS_EN[unit];
      return `${num} ${n === 1 ? one : many}`;
    }
  }
}

const plural = (n: number, locale: Locale) => new Intl.PluralRules(INTL_LOCALE[locale]).select(n) as 'one' | 'few' | 'many' | 'other';

/**
 * The same figure in the other unit system, where there is one: "1,326 sq mi" for 3,434 km². The Ukrainian
 * edition gives none: its readers measure land in square kilometres.
 */
export function alternateUnit(n: number, unit: Unit, locale: Locale = 'en'): string | undefined {
  return unit === 'km2' && locale === 'en' ? `${formatNumber(km2ToSqMi(n))} sq mi` : undefined;
}

const QUALIFIER_WORDS: Record<Locale, Record<Qualifier, string>> = {
  en: { about: 'about', nearly: 'nearly', 'more-than': 'more than', 'at-least': 'at least' },
  uk: { about: 'близько', nearly: 'майже', 'more-than': 'понад', 'at-least': 'щонайменше' },
};

export function qualifierWords(q: Qualifier | undefined, locale: Locale = 'en'): string {
  return q ? `${QUALIFIER_WORDS[locale][q]} ` : '';
}

/** "about 3,434 km²" */
export function formatFigure(v: { value: number; unit: Unit; qualifier?: Qualifier | undefined }, locale: Locale = 'en'): string {
  return `${qualifierWords(v.qualifier, locale)}${formatWithUnit(v.value, v.unit, locale)}`;
}

/** The kind of a figure in words, per edition (the Ukrainian terms are those of docs/research/uk-glossary.yaml). */
export const KIND_WORDS: Record<Locale, Record<Kind, string>> = {
  en: {
    claim: 'claim',
    estimate: 'estimate',
    'official-count': 'official count',
    reported: 'reported',
    statement: 'statement',
    reference: 'reference',
    difference: 'difference',
  },
  uk: {
    claim: 'твердження',
    estimate: 'оцінка',
    'official-count': 'офіційні дані',
    reported: 'за повідомленнями ЗМІ',
    statement: 'заява',
    reference: 'довідкова величина',
    difference: 'різниця',
  },
};
/** English kind words (the default edition). */
export const KIND_LABELS = KIND_WORDS.en;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ukDate = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(INTL_LOCALE.uk, { ...options, timeZone: 'UTC' });

/**
 * "2025-09-25" → "25 Sep 2025" (or "25 September 2025" with long=true); in Ukrainian "25 вер. 2025 р." (long:
 * "25 вересня 2025 р."). English is pure string work; Ukrainian reads the date at UTC, so no time zone shifts it.
 */
export function formatDate(iso: string, long = false, locale: Locale = 'en'): string {
  if (locale === 'uk') return ukDate({ day: 'numeric', month: long ? 'long' : 'short', year: 'numeric' }).format(utc(iso));
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${(long ? MONTHS_LONG : MONTHS)[m - 1]} ${y}`;
}

/**
 * The date a figure's tag shows: its date, or the month ("Dec 2025") when the value covers exactly one calendar month
 * (`from` the 1st, `date` the month's last day), so a figure given "for December" is not read as of the 31st.
 */
export function formatValueDate(v: { from?: string | undefined; date: string }, locale: Locale = 'en'): string {
  const [y, m, d] = v.date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (v.from === `${v.date.slice(0, 8)}01` && d === lastDay)
    return locale === 'uk' ? ukDate({ month: 'long', year: 'numeric' }).format(utc(v.date)) : `${MONTHS[m - 1]} ${y}`;
  return formatDate(v.date, false, locale);
}

/** A period "1 Jan–25 Sep 2025" ("1 січ. – 25 вер. 2025 р."), or a single date when there is no start. */
export function formatPeriod(from: string | undefined, to: string, locale: Locale = 'en'): string {
  if (!from) return formatDate(to, false, locale);
  if (locale === 'uk') return ukDate({ day: 'numeric', month: 'short', year: 'numeric' }).formatRange(utc(from), utc(to));
  const [fy] = from.split('-');
  const [ty] = to.split('-');
  const start = formatDate(from);
  return `${fy === ty ? start.slice(0, start.lastIndexOf(' ')) : start}–${formatDate(to)}`;
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd"; in Ukrainian "1-ше", "2-ге" (the place: "місце", neuter). */
export function ordinal(n: number, locale: Locale = 'en'): string {
  if (locale === 'uk') return `${n}-${ukNeuterOrdinalEnding(n)}`;
  const rem100 = n % 100;
  const suffix = rem100 >= 11 && rem100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The ending Ukrainian writes after the digits of a neuter ordinal: 1-ше, 2-ге, 3-тє, 4-те, 7-ме, 8-ме, 40-ве… */
function ukNeuterOrdinalEnding(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 10 && rem100 <= 20) return 'те';
  if (n % 100 === 40) return 'ве';
  return ({ 1: 'ше', 2: 'ге', 3: 'тє', 7: 'ме', 8: 'ме' } as Record<number, string>)[n % 10] ?? 'те';
}

/** A source's publication date in words, or "date not shown" for a page that gives none. */
export function formatPublished(published: string | undefined, locale: Locale = 'en'): string {
  if (published) return formatDate(published, false, locale);
  return locale === 'uk' ? 'дату не вказано' : 'date not shown';
}

/** A cited page's title as text: its headline, or our description marked as one (for CSV files and labels). */
export function sourceTitleText(s: { title: string; title_is_description?: boolean | undefined }, locale: Locale = 'en'): string {
  if (!s.title_is_description) return s.title;
  return `${locale === 'uk' ? '[опис, не заголовок]' : '[description, not a headline]'} ${s.title}`;
}

/**
 * The text that follows words ending in a full stop, without a second one: a Ukrainian date ends in "р." ("21
 * листопада 2025 р."), so "{x.date}." would read "2025 р..".
 */
export function afterStop(before: string, text: string): string {
  return before.endsWith('.') && text.startsWith('.') ? text.slice(1) : text;
}

/**
 * Typographic quotation marks and apostrophes for text typed in data files, so data text reads like the chapters
 * (which MDX already typesets): "a" → “a”, it's → it’s, 'a' → ‘a’. In Ukrainian "a" → «a», and the apostrophe of
 * a word (Куп'янськ) is ’, as MDX sets it in the chapters.
 */
export function curlyQuotes(text: string, locale: Locale = 'en'): string {
  if (locale === 'uk')
    return text
      .replace(/(^|[\s([{\u2014\u2013/-])"/g, '$1«')
      .replace(/"/g, '»')
      .replace(/'/g, '\u2019');
  return text
    .replace(/(^|[\s([{\u2014\u2013/-])"/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s([{\u2014\u2013/-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}
