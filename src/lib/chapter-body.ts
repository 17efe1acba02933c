// A chapter's body as the one-page story renders it (src/editions/StoryChapterContent.astro): its prose in
// <div class="ex-prose">, then its corrections. Read here as HTML, at build time, for two things: what it holds
// (so a block the browser skips, or a placeholder, can take a height estimated from it: src/styles/deferred.css), and
// where its lede ends (so the story's first document can hold the opening prose of its first chapter, and that
// chapter's part the rest: StoryChapter.astro, ChapterPart.astro).
// Scrolly.astro counts the text of its steps with the same bodyText.
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent } from 'hast';

/** The text a reader sees with JavaScript: not the states' JSON, nor the tables kept for screen readers. */
export function bodyText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<table[\s\S]*?<\/table>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ');
}

/** What a body holds, as the attributes the stylesheet reads for its estimated height. */
export function bodyCounts(html: string) {
  const count = (re: RegExp) => html.match(re)?.length ?? 0;
  return {
    'data-ex-graphics': count(/<ex-scrolly /g),
    'data-ex-steps': count(/data-ex-step=/g),
    'data-ex-entries': count(/class="ex-timeline__item"/g),
    'data-ex-chars': bodyText(html).length,
  };
}

/**
 * How much opening prose the first document may hold: about what a phone lays out at load below the chapter's
 * header (the first screen and the one and a half more that Chromium lays out ahead of the reader for
 * `content-visibility: auto`), at some 0.75 px of height a character at 390 px.
 */
export const LEDE_CHARS = 2500;

/** Prose an editor wrote in MDX: a paragraph, a heading, a list or a quotation. A component's block has a class. */
const PLAIN = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote']);
const isPlain = (node: Element) => PLAIN.has(node.tagName) && !node.properties.className;
const isHeading = (node: Element) => /^h[2-6]$/.test(node.tagName);

/**
 * Split a body into its lede (the opening plain prose, up to the first graphic or other component, at most
 * `budget` characters of text, never ending on a heading: its blocks, for a <div class="ex-prose"> of their own) and
 * the rest (a body of the same make: the same <div> with what follows, then the corrections). A module script among
 * the lede's blocks goes to the rest, with the graphics that need it. With no lede, the whole is the rest.
 */
export function splitLede(html: string, budget = LEDE_CHARS): { lede: string; rest: string } {
  const tree = fromHtml(html, { fragment: true });
  const prose = tree.children.find((n): n is Element => n.type === 'element' && String(n.properties.className) === 'ex-prose');
  if (!prose?.children.length) return { lede: '', rest: html };
  // Where a node starts and ends in `html` (the parser notes every node's place in the text it read).
  const start = (n: Element | ElementContent) => n.position!.start.offset!;
  const stop = (n: ElementContent) => n.position!.end.offset!;
  const slice = (n: ElementContent) => html.slice(start(n), stop(n));
  const openTag = html.slice(start(prose), start(prose.children[0]!));

  const lede: ElementContent[] = [];
  const scripts: ElementContent[] = [];
  let chars = 0;
  let end = start(prose.children[0]!);
  for (const node of prose.children) {
    if (node.type === 'element' && node.tagName === 'script') scripts.push(node);
    else if (node.type === 'element') {
      if (!isPlain(node)) break;
      chars += bodyText(slice(node)).length;
      if (chars > budget) break;
      lede.push(node);
    } else if (node.type !== 'text' || node.value.trim()) break;
    end = stop(node);
  }
  // A heading belongs with the text it introduces.
  while (lede.length && isHeading(lede.at(-1) as Element)) {
    const heading = lede.pop()!;
    end = start(heading);
  }
  if (!lede.length) return { lede: '', rest: html };
  // Scripts before the cut go to the rest; a script after the last block kept stays where it is, in the rest.
  const moved = scripts.filter((s) => stop(s) <= end);
  return {
    lede: lede.map(slice).join('\n'),
    rest: `${openTag}${moved.map(slice).join('')}${html.slice(end)}`,
  };
}
