// The contract between build time and the browser: a chart state is plain, serialisable data.
// Pure functions in this folder compute it from the catalog; src/client/ only draws it.
import type { Kind, Unit } from '../schemas/common';
import type { Theme } from '../schemas/notes';
import type { Catalog } from '../data/catalog';

/** Palette tokens: each maps to a CSS custom property (--ex-color-<token>) shared by page and charts. */
export type ColorToken = 'claim' | 'estimate' | 'count' | 'reported' | 'reference' | 'drones' | 'missiles' | 'muted';
/** A series coloured bar by bar after each value's kind (claims and estimates side by side). */
export type SeriesColor = ColorToken | 'by-kind';

export interface Bar {
  valueId: string;
  value: number;
  /** What the label on the bar says: "4,714 km² · claim". */
  display: string;
  kind: Kind;
}

export interface BarSeries {
  name: string;
  token: SeriesColor;
  /** One entry per category; null leaves the slot empty. */
  bars: (Bar | null)[];
}

interface StateBase {
  chart: string;
  state: string;
  /** Shown above the graphic; says what is plotted. */
  heading: string;
  /** Shown under the graphic; says what this step says. */
  caption: string;
  /** One or two plain sentences: the canvas label and the live-region announcement. */
  summary: string;
}

export interface BarChartState extends StateBase {
  type: 'bar';
  stacked: boolean;
  categories: string[];
  series: BarSeries[];
  /** Indexes of categories drawn with emphasis (the rest are dimmed). Empty: none dimmed. */
  highlight: number[];
  axis: { unit: Unit; title: string; max?: number };
}

export interface PlanState extends StateBase {
  type: 'plan';
  /** Themes brought forward; empty means every reported point is shown alike. */
  highlight: Theme[];
}

export type ChartState = BarChartState | PlanState;

export interface ChartDefinition<S extends string = string> {
  id: string;
  /** Accessible name of the graphic as a whole. */
  title: string;
  type: ChartState['type'];
  /** State names in their natural order, each a pure function of the catalog. */
  states: Record<S, (catalog: Catalog) => ChartState>;
  /** Every value the chart can show: its data table, its CSV and its sources. */
  valueIds: readonly string[];
}
