// Where a citation links: the source's entry in the sources list (`#source-<id>`). A chapter's own page and an embed
// hold their list; the one-page story keeps its list on a page of its own and says so in Astro.locals.sourcesPage.

/** What a page tells the components it renders about its sources list (Astro.locals). */
export interface SourcesPlace {
  sourcesPage?: string;
}

/** The link to source `id`'s entry: on this page, or on the page that holds the list. */
export function sourceHref(id: string, place: SourcesPlace = {}): string {
  return `${place.sourcesPage ?? ''}#source-${id}`;
}
