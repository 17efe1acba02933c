// The editions of the explainer: English at the site's root, Ukrainian under /uk/. The one home of the list of
// locales, their language tags and where each edition lives; the words themselves are in src/i18n/ui.ts (the
// interface) and in content/ (the story: `*.uk.mdx` and `*.uk.yaml` beside the English files).
export const LOCALES = ['en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The language tag for Intl (numbers, dates, plurals) and for `lang` attributes. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', uk: 'uk-UA' };
/** `lang` on the html element. */
export const HTML_LANG: Record<Locale, string> = { en: 'en-GB', uk: 'uk' };
/** Open Graph's form of the locale. */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', uk: 'uk_UA' };
/** Each edition's name in its own language: the language switch names the other edition this way. */
export const EDITION_NAME: Record<Locale, string> = { en: 'English', uk: 'Українська' };

/** Where an edition's pages live inside the site: '' for English (the root), 'uk/' for Ukrainian. */
export const editionPrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `${locale}/`);

/** The edition a path inside the site belongs to ("/uk/chapters/x/" → uk), the base path already removed. */
export function localeOfPath(path: string): Locale {
  const first = path.replace(/^\/+/, '').split('/')[0];
  return (LOCALES as readonly string[]).includes(first ?? '') && first !== DEFAULT_LOCALE ? (first as Locale) : DEFAULT_LOCALE;
}

/** The same page in another edition: "chapters/x/" in uk → "uk/chapters/x/" (paths inside the site, no base). */
export function pathIn(locale: Locale, path: string): string {
  const bare = path.replace(/^\/+/, '').replace(new RegExp(`^(${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join('|')})(/|$)`), '');
  return `${editionPrefix(locale)}${bare}`;
}

/** A file of content/ in an edition: the English file itself, or its translation beside it ("plan.yaml" → "plan.uk.yaml"). */
export function translationFile(file: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return file;
  return file.replace(/\.(yaml|csv|mdx)$/, (_, ext: string) => `.${locale}.${ext === 'csv' ? 'yaml' : ext}`);
}

/** True for a translation's file name ("01-peace-plan.uk.mdx", "plan.uk.yaml"), which is read with its English file. */
export const isTranslationFile = (name: string): boolean =>
  LOCALES.some((l) => l !== DEFAULT_LOCALE && new RegExp(`\\.${l}\\.(yaml|mdx)$`).test(name));
