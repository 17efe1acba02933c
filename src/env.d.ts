// What a page tells the components it renders, for the length of its render (Astro.locals).
declare namespace App {
  interface Locals {
    /**
     * The page that holds the sources list, when it is not the page being rendered: the one-page story keeps its
     * list on a page of its own (src/pages/sources.astro), so its citations link there (src/lib/source-href.ts).
     */
    sourcesPage?: string;
  }
}
