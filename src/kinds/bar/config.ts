// Pure mapping from a bar-chart state to Chart.js data and options. No DOM here: the fills come from a
// palette the caller builds (solid colours, hatch patterns), so this file is unit-tested without a browser.
import type { Kind } from '../../schemas/common';
import type { Bar, BarChartState, BarSeries, ColorToken } from './types';
import { CHART_FONT_FAMILY } from '../font';
import { INTL_LOCALE } from '../../i18n/locale';

const KIND_TOKENS: Record<Kind, ColorToken> = {
  claim: 'claim',
  estimate: 'estimate',
  'official-count': 'count',
  reported: 'reported',
  statement: 'count',
  reference: 'reference',
  difference: 'muted',
};

/** The palette token a bar is drawn in: its series' colour, or its own kind's. */
export function tokenFor(series: BarSeries, bar: Bar | null): ColorToken {
  if (series.token !== 'by-kind') return series.token;
  return bar ? KIND_TOKENS[bar.kind] : 'muted';
}

export interface Palette<Fill> {
  /** Solid fill for estimates and counts; `dim` for bars outside the highlight. */
  solid(token: ColorToken, dim: boolean): Fill;
  /** Hatched fill: a claim is never drawn as a solid fact. */
  hatch(token: ColorToken, dim: boolean): Fill;
  line(token: ColorToken, dim: boolean): string;
  text: string;
  grid: string;
}

/** The drawing calls a hatch tile needs: the browser's 2D context and @napi-rs/canvas's both have them. */
export interface TileContext {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  fillRect(x: number, y: number, w: number, h: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
}

/** The side of the hatch tile: 8 px, doubled on screens (and pictures) above 1×. */
export const hatchTileSize = (pixelRatio: number) => 8 * (pixelRatio > 1 ? 2 : 1);

/** Draws the claim hatch on a square tile of side `s`: diagonal lines that tile seamlessly across the corners. */
export function drawHatchTile(ctx: TileContext, s: number, stroke: string, background: string): void {
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, s, s);
  ctx.strokeStyle = stroke;
  ctx.lineWidth = s / 4;
  ctx.beginPath();
  ctx.moveTo(-1, s + 1);
  ctx.lineTo(s + 1, -1);
  ctx.moveTo(-s / 2, s / 2);
  ctx.lineTo(s / 2, -s / 2);
  ctx.moveTo(s / 2, s + s / 2);
  ctx.lineTo(s + s / 2, s / 2);
  ctx.stroke();
}

/**
 * The palette from the page's colour tokens, however they are read (CSS custom properties in the browser, tokens.css
 * at build time) and however a hatch is made (a canvas pattern of either canvas): one palette, two canvases.
 */
export function paletteFrom<Fill>(token: (name: string) => string, hatchOf: (stroke: string, background: string) => Fill): Palette<Fill | string> {
  const color = (t: ColorToken) => token(`ex-color-${t}`);
  const dim = token('ex-color-dim');
  const background = token('ex-color-hatch-bg');
  const patterns = new Map<string, Fill>();
  return {
    solid: (t, dimmed) => (dimmed ? dim : color(t)),
    hatch: (t, dimmed) => {
      const stroke = dimmed ? dim : color(t);
      if (!patterns.has(stroke)) patterns.set(stroke, hatchOf(stroke, background));
      return patterns.get(stroke)!;
    },
    line: (t, dimmed) => (dimmed ? dim : color(t)),
    text: token('ex-color-text'),
    grid: token('ex-color-grid'),
  };
}

export interface BarDatasetConfig<Fill> {
  label: string;
  data: (number | null)[];
  backgroundColor: Fill[];
  borderColor: string[];
  borderWidth: number[];
  stack?: string;
  barPercentage: number;
  categoryPercentage: number;
  maxBarThickness: number;
}

/** The words written at the end of each category's bar: one series' label, or "476 drones + 48 missiles". */
export function valueLabels(state: BarChartState): string[] {
  return state.categories.map((_, i) => {
    const parts = state.series
      .map((s) => ({ s, bar: s.bars[i] }))
      .filter((x) => x.bar)
      .map(({ s, bar }) => (state.stacked ? `${bar!.display} ${s.name.toLowerCase()}` : bar!.display));
    return parts.join(' + ');
  });
}

export function toBarData<Fill>(state: BarChartState, palette: Palette<Fill>) {
  const dimmed = (i: number) => state.highlight.length > 0 && !state.highlight.includes(i);
  const datasets: BarDatasetConfig<Fill>[] = state.series.map((s) => ({
    label: s.name,
    data: s.bars.map((b) => b?.value ?? null),
    backgroundColor: s.bars.map((b, i) =>
      b?.kind === 'claim' ? palette.hatch(tokenFor(s, b), dimmed(i)) : palette.solid(tokenFor(s, b), dimmed(i)),
    ),
    borderColor: s.bars.map((b, i) => palette.line(tokenFor(s, b), dimmed(i))),
    borderWidth: s.bars.map((b) => (b?.kind === 'claim' ? 2 : 0)),
    ...(state.stacked ? { stack: 'all' } : {}),
    barPercentage: 0.9,
    categoryPercentage: 0.45,
    maxBarThickness: 32,
  }));
  return { labels: [...state.categories], datasets };
}

/** The locale of the axis's numbers: the edition's style, whatever the reader's browser is set to. */
export const axisLocale = (state: BarChartState): string => INTL_LOCALE[state.locale];

export function toBarOptions<Fill>(state: BarChartState, palette: Palette<Fill>, reducedMotion: boolean) {
  return {
    indexAxis: 'y' as const,
    locale: axisLocale(state),
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion ? (false as const) : { duration: 450 },
    layout: { padding: { top: 16, right: 4 } },
    plugins: { exLabels: { values: valueLabels(state), color: palette.text } },
    events: [] as string[], // nothing to hover: the labels are on the bars and the data is in the table
    scales: {
      x: {
        stacked: state.stacked,
        beginAtZero: true,
        ...(state.axis.max ? { max: state.axis.max } : {}),
        grid: { color: palette.grid },
        border: { display: false },
        ticks: { color: palette.text, maxTicksLimit: 6, font: { family: CHART_FONT_FAMILY } },
        title: { display: true, text: state.axis.title, color: palette.text, font: { family: CHART_FONT_FAMILY } },
      },
      y: {
        stacked: state.stacked,
        // Category names are drawn above each bar by the label plugin, which leaves the bars the full width.
        display: false,
      },
    },
  };
}
