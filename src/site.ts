// Where the site lives: every internal link goes through href(). The publication's own facts (title, description,
// dateline, language) are content, in content/site.yaml, read with the rest (src/integration/load.ts: loadSite().site).
import { DEFAULT_LOCALE, editionPrefix, localeOfPath, type Locale } from './i18n/locale';

const base = () => import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * A path inside the site, honouring the base path the site is built for ("/explainer/chapters/x/"), in an
 * edition: href('chapters/x/', 'uk') → "/explainer/uk/chapters/x/". Files shared by both editions (fonts, the
 * favicon, CSV files) take no locale.
 */
export function href(path: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${base()}/${editionPrefix(locale)}${path.replace(/^\//, '')}`;
}

/** A page's path inside the site, its base path removed: "/explainer/uk/chapters/x/" → "/uk/chapters/x/". */
export function pathInSite(url: URL): string {
  return url.pathname.startsWith(base()) ? url.pathname.slice(base().length) : url.pathname;
}

/** The edition of the page being rendered, from its URL (components call localeOf(Astro.url)). */
export function localeOf(url: URL): Locale {
  return localeOfPath(pathInSite(url));
}
