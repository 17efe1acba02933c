// Every kind of chart an editor can write in a chart file (`kind: …`). Registering a kind is one line here;
// its folder (src/kinds/<kind>/) holds everything else: schema, states, CSV, sources, view and browser renderer.
import type { ChartKind } from './types';
import { bar } from './bar';
import { plan } from './plan';
import { matrix } from './matrix';
import { map } from './map';

export const KINDS: Record<string, ChartKind> = Object.fromEntries([bar, plan, matrix, map].map((k) => [k.name, k as unknown as ChartKind]));

/** The anchor of a step: stable, readable and unique per page — `territory-mod-vs-isw`. */
export function stepId(chart: string, state: string): string {
  return `${chart}-${state}`;
}
