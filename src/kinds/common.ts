// What every kind shares when it turns a chart file into states and CSV rows: the words of a state, and the columns
// that name a row's source(s).
import type { Catalog } from '../reader/catalog';
import type { Source } from '../schemas/source';
import { renderText } from '../figures/words';
import { sourceTitleText } from '../lib/format';
import type { StateBase } from './types';

/** A state's chart, id, heading, caption and summary, its placeholders rendered. */
export function stateWords(
  chart: string,
  state: string,
  words: { heading: string; caption: string; summary: string },
  catalog: Catalog,
  figures: Record<string, string> = {},
): StateBase {
  const text = (t: string) => renderText(t, catalog, figures);
  return { chart, state, heading: text(words.heading), caption: text(words.caption), summary: text(words.summary) };
}

/** The last columns of every chart's CSV: where its figure or text was published. */
export const SOURCE_HEADER = ['source_id', 'source_publisher', 'source_title', 'source_url', 'source_published'] as const;

/** Those columns for one source, or for several (each field's entries joined by " | ", in the order given). */
export function sourceCells(sources: readonly Source[]): string[] {
  const join = (f: (s: Source) => string | undefined) => sources.map((s) => f(s) ?? '').join(' | ');
  return [join((s) => s.id), join((s) => s.publisher), join((s) => sourceTitleText(s)), join((s) => s.url), join((s) => s.published)];
}
