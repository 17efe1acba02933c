// A bar chart's state as the browser and the build-time pictures draw it (src/kinds/bar/config.ts maps it to Chart.js).
import type { Kind, Unit } from '../../schemas/common';
import type { StateBase } from '../types';
import type { Locale } from '../../i18n/locale';

/** Palette tokens: each maps to a CSS custom property (--ex-color-<token>) shared by page and charts. */
export const COLOR_TOKENS = ['claim', 'estimate', 'count', 'reported', 'reference', 'drones', 'missiles', 'muted'] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number];
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

export interface BarChartState extends StateBase {
  type: 'bar';
  stacked: boolean;
  categories: string[];
  series: BarSeries[];
  /** Indexes of categories drawn with emphasis (the rest are dimmed). Empty: none dimmed. */
  highlight: number[];
  axis: { unit: Unit; title: string; max?: number };
  /** The key's words for a hatched bar, in the page's edition ("Hatched: a claim"): the browser redraws the key. */
  claimKey: string;
  /** The page's edition: the axis's numbers are written in its style ("2,000", "2 000"). */
  locale: Locale;
}
