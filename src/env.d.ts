// What a page tells the components it renders, for the length of its render (Astro.locals).
declare namespace App {
  interface Locals {
    /**
     * The page that holds the sources list, when it is not the page being rendered: the one-page story keeps its
     * list on a page of its own (src/pages/sources.astro), so its citations link there (src/lib/source-href.ts).
     */
    sourcesPage?: string;
    /**
     * The page is read only with JavaScript (a part of the one-page story, src/editions/StoryPart.astro): a step's
     * HTML picture of its state, which such a reader sees only in print, waits in a <template> until the page is
     * printed (Step.astro, src/client/print-pictures.ts).
     */
    picturesForPrint?: 'template';
  }
}
