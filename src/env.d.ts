// What a page tells the components it renders, for the length of its render (Astro.locals).
declare namespace App {
  interface Locals {
    /**
     * The page that holds the sources list, when it is not the page being rendered: the one-page story keeps its
     * list on a page of its own (src/pages/sources.astro), so its citations link there (src/lib/source-href.ts).
     */
    sourcesPage?: string;
    /**
     * The page is a part of the one-page story (src/editions/StoryPart.astro), read only with JavaScript. What such a
     * reader sees only later comes inert, as it would cost style work from the moment it arrived, however far down:
     * a step's HTML picture of its state, seen only in print, in a <template> until the page is printed (Step.astro,
     * src/client/print-pictures.ts); a live map's geometry until its section nears (src/kinds/map/scene.ts).
     */
    part?: boolean;
  }
}
