// Every HTML page of the built site, as URL paths ("/", "/chapters/peace-plan/"), and the pages of each edition:
// English at the root, Ukrainian under /uk/ (issue 18).
import { listFiles } from './links';

/**
 * The parts of the one-page story (src/pages/parts/, under /parts/ in each edition): fragments the story lays into
 * its first document, not pages. Tests read them there, and whole in /one-page/.
 */
export const isStoryPart = (rel: string) => /(^|\/)parts\//.test(rel);

/** The whole story in one document (/one-page/ in each edition): for readers without JavaScript, out of search results. */
export const isWholeStoryPage = (rel: string) => /(^|\/)one-page\//.test(rel);

export function builtPages(distDir: string): string[] {
  return listFiles(distDir)
    .filter((f) => f.endsWith('.html') && !isStoryPart(f))
    .map((rel) => (rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`))
    .sort();
}

/** The Ukrainian edition's pages live under this path; every other page is English. */
export const UK_PREFIX = '/uk/';

export const isUkrainianPage = (pathname: string) => pathname.startsWith(UK_PREFIX);

/** The Ukrainian counterpart of an English page: "/chapters/x/" → "/uk/chapters/x/", "/404.html" → "/uk/404.html". */
export const ukrainianPageOf = (englishPath: string) => `${UK_PREFIX}${englishPath.slice(1)}`;

/** Every English page of the build with the path its Ukrainian counterpart should have (whether or not it exists). */
export function editionPairs(distDir: string): { en: string; uk: string }[] {
  return builtPages(distDir)
    .filter((p) => !isUkrainianPage(p))
    .map((en) => ({ en, uk: ukrainianPageOf(en) }));
}
