// How figures read on the page: thousands separators, units, hedges, kinds and dates, in one style.
import type { Kind, Qualifier, Unit } from '../schemas/common';
import { km2ToSqMi } from './units';

const LOCALE = 'en-GB';

export function formatNumber(n: number, maxDecimals = 2): string {
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: maxDecimals }).format(n);
}

const UNIT_WORDS: Record<Exclude<Unit, 'km2' | 'percent' | 'usd-bn' | 'eur-bn' | 'rank' | 'captured'>, [singular: string, plural: string]> = {
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

/** "3,434 km²", "19.2%", "476 drones", "$100bn" — the number with its unit, no hedge. */
export function formatWithUnit(n: number, unit: Unit): string {
  const num = formatNumber(n);
  switch (unit) {
    case 'km2':
      return `${num} km²`;
    case 'percent':
      return `${num}%`;
    case 'usd-bn':
      return `$${num}bn`;
    case 'eur-bn':
      return `€${num}bn`;
    case 'rank':
      return ordinal(n);
    case 'captured':
      // A claim that a place was taken, with no share given: 1 means "captured" (Gerasimov on Kupiansk).
      return n === 1 ? 'captured' : `${num} places captured`;
    default: {
      const [one, many] = UNIT_WORDS[unit];
      return `${num} ${n === 1 ? one : many}`;
    }
  }
}

/** The same figure in the other unit system, where there is one: "1,326 sq mi" for 3,434 km². */
export function alternateUnit(n: number, unit: Unit): string | undefined {
  return unit === 'km2' ? `${formatNumber(km2ToSqMi(n))} sq mi` : undefined;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  about: 'about',
  nearly: 'nearly',
  'more-than': 'more than',
  'at-least': 'at least',
};

export function qualifierWords(q: Qualifier | undefined): string {
  return q ? `${QUALIFIER_WORDS[q]} ` : '';
}

/** "about 3,434 km²" */
export function formatFigure(v: { value: number; unit: Unit; qualifier?: Qualifier | undefined }): string {
  return `${qualifierWords(v.qualifier)}${formatWithUnit(v.value, v.unit)}`;
}

export const KIND_LABELS: Record<Kind, string> = {
  claim: 'claim',
  estimate: 'estimate',
  'official-count': 'official count',
  reported: 'reported',
  statement: 'statement',
  reference: 'reference',
  difference: 'difference',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-09-25" → "25 Sep 2025" (or "25 September 2025" with long=true). Pure string work: no time zones. */
export function formatDate(iso: string, long = false): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${(long ? MONTHS_LONG : MONTHS)[m - 1]} ${y}`;
}

/**
 * The date a figure's tag shows: its date, or the month ("Dec 2025") when the value covers exactly one calendar month
 * (`from` the 1st, `date` the month's last day), so a figure given "for December" is not read as of the 31st.
 */
export function formatValueDate(v: { from?: string | undefined; date: string }): string {
  const [y, m, d] = v.date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (v.from === `${v.date.slice(0, 8)}01` && d === lastDay) return `${MONTHS[m - 1]} ${y}`;
  return formatDate(v.date);
}

/** A period "1 Jan–25 Sep 2025", or a single date when there is no start. */
export function formatPeriod(from: string | undefined, to: string): string {
  if (!from) return formatDate(to);
  const [fy] = from.split('-');
  const [ty] = to.split('-');
  const start = formatDate(from);
  return `${fy === ty ? start.slice(0, start.lastIndexOf(' ')) : start}–${formatDate(to)}`;
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function ordinal(n: number): string {
  const rem100 = n % 100;
  const suffix = rem100 >= 11 && rem100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A source's publication date in words, or "date not shown" for a page that gives none. */
export function formatPublished(published: string | undefined): string {
  return published ? formatDate(published) : 'date not shown';
}

/** A cited page's title as text: its headline, or our description marked as one (for CSV files and labels). */
export function sourceTitleText(s: { title: string; title_is_description?: boolean | undefined }): string {
  return s.title_is_description ? `[description, not a headline] ${s.title}` : s.title;
}

/**
 * Typographic quotation marks and apostrophes for text typed in data files, so data text reads like the chapters
 * (which MDX already typesets): "a" → “a”, it's → it’s, 'a' → ‘a’.
 */
export function curlyQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013/-])"/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s([{\u2014\u2013/-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}
