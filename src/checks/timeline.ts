// Which entries of content/data/timeline.yaml a <Timeline from to> shows: one rule for the page and its citations.
import type { Catalog } from '../reader/catalog';
import type { TimelineEntry } from '../schemas/notes';

export function timelineEntries(catalog: Pick<Catalog, 'timeline'>, from: string | undefined, to: string): TimelineEntry[] {
  return catalog.timeline.filter((t) => (!from || t.date >= from) && t.date <= to);
}
