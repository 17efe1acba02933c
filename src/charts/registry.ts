// Every chart an editor can name in <Scrolly chart="…">, and the lookups that turn names into states.
import type { Catalog } from '../data/catalog';
import { ContentError } from '../data/errors';
import { didYouMean } from '../lib/suggest';
import { curlyQuotes } from '../lib/format';
import { attacks } from './attacks';
import { cities } from './cities';
import { plan } from './plan';
import { territory } from './territory';
import type { ChartDefinition, ChartState } from './types';

export const CHARTS: Record<string, ChartDefinition> = { territory, attacks, cities, plan };

export function chartNames(): string[] {
  return Object.keys(CHARTS);
}

export function stateNames(chart: string): string[] {
  return Object.keys(CHARTS[chart]?.states ?? {});
}

/** Where a chart or state name was written, for error messages. */
export interface Place {
  file: string;
  line?: number;
  column?: number;
}

export function getChart(name: string, where: Place): ChartDefinition {
  const chart = CHARTS[name];
  if (chart) return chart;
  throw new ContentError([
    { ...where, field: '<Scrolly chart>', message: `unknown chart \`${name}\`.`, hint: `charts are ${chartNames().map((n) => `\`${n}\``).join(', ')}.${didYouMean(name, chartNames())}` },
  ]);
}

export function computeState(chart: ChartDefinition, state: string, catalog: Catalog, where: Place): ChartState {
  const fn = chart.states[state];
  if (!fn)
    throw new ContentError([
      {
        ...where,
        field: '<Step state>',
        message: `unknown state \`${state}\` for chart \`${chart.id}\`.`,
        hint: `states of \`${chart.id}\` are ${stateNames(chart.id).map((n) => `\`${n}\``).join(', ')}.${didYouMean(state, stateNames(chart.id))}`,
      },
    ]);
  const computed = fn(catalog);
  // State texts are page text: typographic quotation marks and apostrophes, as in the chapters.
  return { ...computed, heading: curlyQuotes(computed.heading), caption: curlyQuotes(computed.caption), summary: curlyQuotes(computed.summary) };
}

/** The anchor of a step: stable, readable and unique per page — `territory-mod-vs-isw`. */
export function stepId(chart: string, state: string): string {
  return `${chart}-${state}`;
}
