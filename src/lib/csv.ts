// CSV writing for the downloads under each chart (src/pages/data/[chart].csv.ts); each kind says what its rows hold.
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string | number | boolean | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Where a chart's CSV lives in an edition, a path inside the site shared by both editions (give it to href() without
 * a locale): `data/territory.csv`; the Ukrainian file (its labels and column names in Ukrainian) `data/territory.uk.csv`.
 */
export function csvPath(chart: string, locale: Locale = DEFAULT_LOCALE): string {
  return `data/${chart}${locale === DEFAULT_LOCALE ? '' : `.${locale}`}.csv`;
}
