// Which social card a chapter page names, and what it shows: the chapter's title over its key graphic, the first
// <Scrolly> of the chapter in the state of its first <Step>. Pure: the drawing is in ./card-picture.ts.
import type { Catalog } from '../data/catalog';
import { CHARTS } from '../charts/registry';
import { allBarStates } from '../kinds/bar/pictures';
import type { BarChartState } from '../charts/types';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a chapter's card is made of (the frontmatter and body of the chapter). */
export interface ChapterCardInput {
  slug: string;
  title: string;
  order: number;
  standfirst: string;
  body: string;
}

/** The graphic under the title: a bar-chart state, the plan grid, or (a chapter without graphics) the standfirst. */
export type CardGraphic = { kind: 'bar'; state: BarChartState } | { kind: 'plan' } | { kind: 'text'; text: string };

/** The card's path inside the site (stable: crawlers cache cards by URL). */
export function cardPath(slug: string): string {
  return `social/${slug}.png`;
}

/** The first <Scrolly chart> of a chapter body and the state of the first <Step> inside it. */
export function keyGraphic(body: string): { chart: string; state?: string } | undefined {
  const scrolly = body.match(/<Scrolly\b[^>]*?\bchart="([^"]+)"/);
  if (!scrolly) return undefined;
  const rest = body.slice(scrolly.index! + scrolly[0].length);
  const end = rest.search(/<\/Scrolly>/);
  const step = (end < 0 ? rest : rest.slice(0, end)).match(/<Step\b[^>]*?\bstate="([^"]+)"/);
  return { chart: scrolly[1]!, ...(step ? { state: step[1]! } : {}) };
}

export function cardGraphic(catalog: Catalog, chapter: ChapterCardInput): CardGraphic {
  const key = keyGraphic(chapter.body);
  const chart = key && CHARTS[key.chart];
  if (chart?.type === 'plan') return { kind: 'plan' };
  if (chart?.type === 'bar') {
    const states = allBarStates(catalog).filter((s) => s.chart === chart.id);
    const state = states.find((s) => s.state === key!.state) ?? states[0];
    if (state) return { kind: 'bar', state };
  }
  return { kind: 'text', text: chapter.standfirst };
}

/** The card's alt text (og:image:alt): what it shows, in words. */
export function cardAlt(graphic: CardGraphic, title: string): string {
  if (graphic.kind === 'bar') return `${title}: ${graphic.state.heading}. ${graphic.state.summary}`;
  if (graphic.kind === 'plan') return `${title}: the 28 points of the plan as reported, coloured by theme`;
  return `${title}: ${graphic.text}`;
}
