// Territory taken in 2025: claims set against estimates for the same dates, then against the size of Ukraine.
import type { Catalog } from '../data/catalog';
import { formatDate, formatFigure, formatNumber, formatPeriod } from '../lib/format';
import { km2ToSqMi, percentOf } from '../lib/units';
import { barFor, chartValue, derivedBar } from './bars';
import type { BarChartState, ChartDefinition } from './types';

const ID = 'territory';
const V = {
  mod: 'mod-2025-09-25',
  iswSep: 'isw-2025-09-25',
  putin: 'putin-2025-10-07',
  iswOct: 'isw-2025-10-07',
  occupied: 'occupied-share-2025-10-31',
  area: 'ukraine-area',
} as const;

const km2Axis = { unit: 'km2' as const, title: 'Square kilometres taken since 1 January 2025', max: 5500 };

/** Whole days from one ISO date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Claim against estimate for one date: the two bars and the sentences that go with them. */
function pair(catalog: Catalog, state: string, claimId: string, estimateId: string, note: string): BarChartState {
  const claim = chartValue(catalog, ID, claimId);
  const estimate = chartValue(catalog, ID, estimateId);
  const gap = claim.value - estimate.value;
  const sameDate = claim.date === estimate.date;
  const summary =
    `${claim.by} claims ${formatFigure(claim)} (${formatPeriod(claim.from, claim.date)}); ` +
    `${estimate.by} estimates ${formatFigure(estimate)} (${formatPeriod(estimate.from, estimate.date)}).`;
  return {
    type: 'bar',
    chart: ID,
    state,
    heading: sameDate ? `Territory taken, ${formatPeriod(claim.from, claim.date)}` : 'Territory taken in 2025: two different dates',
    caption: `${note} The claim is about ${formatNumber(gap)} km² (${formatNumber(km2ToSqMi(gap))} sq mi) larger than the estimate.`,
    summary,
    stacked: false,
    categories: [`${claim.by} (${formatDate(claim.date)})`, `${estimate.by} (${formatDate(estimate.date)})`],
    series: [{ name: 'Territory', token: 'by-kind', bars: [barFor(claim), barFor(estimate)] }],
    highlight: [],
    axis: km2Axis,
  };
}

export const territory: ChartDefinition<'mod-vs-isw' | 'putin-vs-isw' | 'article-pairing' | 'scale'> = {
  id: ID,
  title: 'Territory Russia took in 2025: claims and estimates',
  type: 'bar',
  valueIds: Object.values(V),
  states: {
    'mod-vs-isw': (c) => pair(c, 'mod-vs-isw', V.mod, V.iswSep, 'Like for like: the same period, measured two ways.'),
    'putin-vs-isw': (c) => {
      const days = daysBetween(chartValue(c, ID, V.iswSep).date, chartValue(c, ID, V.putin).date);
      return pair(c, 'putin-vs-isw', V.putin, V.iswOct, `Like for like again, ${days} days later.`);
    },
    'article-pairing': (c) => {
      const base = pair(c, 'article-pairing', V.putin, V.iswSep, '');
      const later = chartValue(c, ID, V.iswOct);
      return {
        ...base,
        caption:
          `These figures describe different dates. By ${formatDate(later.date)}, ISW's own estimate was ` +
          `${formatFigure(later)}, so this pairing makes the gap look larger than it was.`,
        highlight: [],
      };
    },
    scale: (c) => {
      const area = chartValue(c, ID, V.area);
      const putin = chartValue(c, ID, V.putin);
      const isw = chartValue(c, ID, V.iswOct);
      const occupied = chartValue(c, ID, V.occupied);
      const putinShare = percentOf(putin.value, area.value);
      const iswShare = percentOf(isw.value, area.value);
      return {
        type: 'bar',
        chart: ID,
        state: 'scale',
        heading: "Share of Ukraine's territory",
        caption:
          `Even Putin's claim comes to ${formatNumber(putinShare)}% of Ukraine's ${formatNumber(area.value)} km² (a reference figure). ` +
          `In all, Russia controls, or claims to control, about ${formatNumber(occupied.value)}% (${occupied.by}), most of it taken before 2025.`,
        summary:
          `Putin's claim for 2025 is ${formatNumber(putinShare)}% of Ukraine and ISW's estimate ${formatNumber(iswShare)}%; ` +
          `in all, Russia controls, or claims to control, about ${formatNumber(occupied.value)}% of Ukraine (${occupied.by}, ${formatDate(occupied.date)}).`,
        stacked: false,
        categories: [`Claimed taken in 2025 (${putin.by})`, `Taken in 2025 (${isw.by})`, `Controlled or claimed in all (${formatDate(occupied.date)})`],
        series: [
          {
            name: 'Share of Ukraine',
            token: 'by-kind',
            bars: [
              derivedBar(putin, putinShare, `${formatNumber(putinShare)}% · claim`),
              derivedBar(isw, iswShare, `${formatNumber(iswShare)}% · estimate`),
              barFor(occupied),
            ],
          },
        ],
        highlight: [],
        axis: { unit: 'percent', title: "Per cent of Ukraine's area", max: 100 },
      };
    },
  },
};
