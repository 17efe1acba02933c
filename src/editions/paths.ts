// The pages each edition builds, for the getStaticPaths of src/pages/ and src/pages/uk/: one list per kind of page,
// so both editions build the same pages.
import { chartChapters, loadChapters, publishedCharts } from '../integration/load';
import type { Locale } from '../i18n/locale';

/** A page per published chapter, with its neighbours for the pager. */
export async function chapterPaths(locale: Locale) {
  const chapters = await loadChapters(undefined, locale);
  return chapters.map((entry, i) => ({ params: { slug: entry.data.slug }, props: { locale, entry, prev: chapters[i - 1], next: chapters[i + 1] } }));
}

/** An embed page per chart a published chapter shows, with the chapter that tells its story and its dateline. */
export async function embedPaths(locale: Locale) {
  const homes = await chartChapters(locale);
  const datelines = new Map((await loadChapters(false, locale)).map((c) => [c.data.slug, c.checked.dateline]));
  return (await publishedCharts()).map((chart) => {
    const chapter = homes.get(chart)!;
    return { params: { chart }, props: { locale, chapter, dateline: datelines.get(chapter)! } };
  });
}
