// Helpers shared by the bar charts: turn catalog values into labelled bars.
import type { Catalog, CatalogValue } from '../data/catalog';
import { getValue } from '../data/catalog';
import { formatFigure, formatNumber, KIND_LABELS } from '../lib/format';
import type { Bar } from './types';

/** Look a value up for a chart; a missing id is an error that names the chart module. */
export function chartValue(catalog: Catalog, chart: string, id: string): CatalogValue {
  return getValue(catalog, id, { file: `src/charts/${chart}.ts`, field: 'value id' });
}

/** A bar labelled with its figure and its kind: "4,714 km² · claim". */
export function barFor(v: CatalogValue, display = `${formatFigure(v)} · ${KIND_LABELS[v.kind]}`): Bar {
  return { valueId: v.id, value: v.value, display, kind: v.kind };
}

/** A bar of a derived number (a share, a difference): labelled with the number and the kind it inherits. */
export function derivedBar(from: CatalogValue, value: number, display: string): Bar {
  return { valueId: from.id, value, display, kind: from.kind };
}

export function signedDifference(a: number, b: number): string {
  return formatNumber(Math.abs(a - b));
}
