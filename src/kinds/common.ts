// What every kind shares when it turns a chart file into states and CSV rows: the words of a state (and where they
// were written), the states computed once per chart, and the columns that name a row's source(s).
import type { Catalog } from '../reader/catalog';
import type { Source } from '../schemas/source';
import { renderText } from '../figures/words';
import { sourceTitleText } from '../lib/format';
import type { Locale } from '../i18n/locale';
import { csvHeader } from '../i18n/ui-kinds';
import type { Chart, ChartFileBase, ChartKind, ChartText, StateBase } from './types';

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

/** A chart's CSV header in the catalog's edition: its English column names, then the source's (src/i18n/ui-kinds.ts). */
export function chartCsvHeader(columns: readonly string[], catalog: Pick<Catalog, 'locale'>): string[] {
  return csvHeader([...columns, ...SOURCE_HEADER], catalog.locale);
}

/** Those columns for one source, or for several (each field's entries joined by " | ", in the order given). */
export function sourceCells(sources: readonly Source[], locale: Locale = 'en'): string[] {
  const join = (f: (s: Source) => string | undefined) => sources.map((s) => f(s) ?? '').join(' | ');
  return [join((s) => s.id), join((s) => s.publisher), join((s) => sourceTitleText(s, locale)), join((s) => s.url), join((s) => s.published)];
}

/** Every state's heading, caption and summary, with where each was written: texts every kind's checks resolve. */
export function stateTexts(spec: ChartFileBase): ChartText[] {
  return Object.entries(spec.states).flatMap(([sid, s]) =>
    (['heading', 'caption', 'summary'] as const).map((f) => ({ text: s[f], path: ['states', sid, f] })),
  );
}

const computed = new WeakMap<Catalog, WeakMap<Chart, Record<string, StateBase>>>();

/**
 * A checked chart's states, computed once per catalog (each edition has its own, and its own words): the page, its
 * CSV, pictures, cards and embeds all read these.
 */
export function statesOf(chart: Chart, kind: ChartKind, catalog: Catalog): Record<string, StateBase> {
  let byChart = computed.get(catalog);
  if (!byChart) computed.set(catalog, (byChart = new WeakMap()));
  let states = byChart.get(chart);
  if (!states) byChart.set(chart, (states = kind.states(chart, catalog)));
  return states;
}
