// Which social card a chapter page names, and what it shows: the chapter's title over its key graphic, the first
// <Scrolly> of the chapter in the state of its first <Step>. Pure: the drawing is in ./card-picture.ts.
import type { Chart, ChartKind, ChartSet, StateBase } from '../kinds/types';
import { statesOf } from '../kinds/common';
import { attr, walkComponents, type Node } from '../checks/chapter';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a chapter's card is made of (the frontmatter and body of the chapter). */
export interface ChapterCardInput {
  slug: string;
  title: string;
  order: number;
  standfirst: string;
  /** The chapter's MDX tree, as checked (src/checks/site.ts). */
  tree: Node;
}

/** The graphic under the title: a chart in a state, drawn by its kind, or (no chart, or a kind that draws no card) the standfirst. */
export type CardGraphic = { kind: 'chart'; chart: Chart; chartKind: ChartKind; state: StateBase } | { kind: 'text'; text: string };

/** The part of a card's file name that says its edition: none for English, `.uk` for Ukrainian. */
const editionTag = (locale: Locale) => (locale === DEFAULT_LOCALE ? '' : `.${locale}`);

/**
 * A chapter's card, as a path inside the site shared by both editions (give it to href() without a locale; stable:
 * crawlers cache cards by URL): `social/<slug>.png` in English, `social/<slug>.uk.png` in Ukrainian, both written by
 * src/pages/social/[slug].png.ts.
 */
export function cardPath(slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return `social/${slug}${editionTag(locale)}.png`;
}

/**
 * The story's own card (the front page's, and the default of every page of an edition), a path inside the site:
 * English has the drawn `social-card.png` (public/, from scripts/social-card.html); Ukrainian `social-card.uk.png`,
 * drawn at build time with the same elements (src/social/story-card.ts, written by src/pages/social-card.uk.png.ts).
 */
export function storyCardPath(locale: Locale = DEFAULT_LOCALE): string {
  return `social-card${editionTag(locale)}.png`;
}

/** The first <Scrolly chart> of a chapter and the state of the first <Step> inside it. */
export function keyGraphic(tree: Node): { chart: string; state?: string } | undefined {
  let found: { chart: string; state?: string } | undefined;
  walkComponents(tree, (node, scrolly) => {
    if (!found && node.name === 'Scrolly' && attr(node, 'chart')) found = { chart: attr(node, 'chart')! };
    else if (found && !found.state && node.name === 'Step' && scrolly && attr(scrolly, 'chart') === found.chart) found.state = attr(node, 'state');
  });
  return found && (found.state ? found : { chart: found.chart });
}

export function cardGraphic(site: ChartSet, chapter: ChapterCardInput): CardGraphic {
  const key = keyGraphic(chapter.tree);
  const checked = key && site.charts.get(key.chart);
  if (checked?.kind.drawCard) {
    const states = statesOf(checked.chart, checked.kind, site.catalog);
    const state = (key!.state && states[key!.state]) || Object.values(states)[0];
    if (state) return { kind: 'chart', chart: checked.chart, chartKind: checked.kind, state };
  }
  return { kind: 'text', text: chapter.standfirst };
}

/** The card's alt text (og:image:alt): what it shows, in words. */
export function cardAlt(graphic: CardGraphic, title: string): string {
  if (graphic.kind === 'chart') return `${title}: ${graphic.state.heading}. ${graphic.state.summary}`;
  return `${title}: ${graphic.text}`;
}
