// Attack sizes: the night of 19 November, then among 2025's largest attacks, then missiles alone.
import type { Catalog, CatalogValue } from '../data/catalog';
import { formatDate, formatNumber, formatWithUnit } from '../lib/format';
import { barFor, chartValue } from './bars';
import type { BarChartState, ChartDefinition } from './types';

const ID = 'attacks';
/** The seven largest combined attacks of 2025 counted by Ukraine's Air Force (facts.md §B), in date order. */
export const ATTACK_DATES = ['2025-06-29', '2025-07-04', '2025-07-09', '2025-09-07', '2025-09-28', '2025-11-08', '2025-11-19'] as const;
const FOCUS = '2025-11-19';

interface Attack {
  date: string;
  drones: CatalogValue;
  missiles: CatalogValue;
}

function attack(catalog: Catalog, date: string): Attack {
  return {
    date,
    drones: chartValue(catalog, ID, `attack-${date}-drones`),
    missiles: chartValue(catalog, ID, `attack-${date}-missiles`),
  };
}

const total = (a: Attack) => a.drones.value + a.missiles.value;
const countLabel = (v: CatalogValue) => formatWithUnit(v.value, v.unit);

function stacked(state: string, attacks: Attack[], highlightDates: string[], text: Pick<BarChartState, 'heading' | 'caption' | 'summary'>): BarChartState {
  return {
    type: 'bar',
    chart: ID,
    state,
    ...text,
    stacked: true,
    categories: attacks.map((a) => formatDate(a.date)),
    series: [
      { name: 'Drones', token: 'drones', bars: attacks.map((a) => barFor(a.drones, formatNumber(a.drones.value))) },
      { name: 'Missiles', token: 'missiles', bars: attacks.map((a) => barFor(a.missiles, formatNumber(a.missiles.value))) },
    ],
    highlight: highlightDates.map((d) => attacks.findIndex((a) => a.date === d)).filter((i) => i >= 0),
    axis: { unit: 'drones', title: 'Drones and missiles launched in one attack (Ukrainian Air Force count)' },
  };
}

export const attacks: ChartDefinition<'nov-19' | 'largest-2025' | 'missiles'> = {
  id: ID,
  title: 'Size of Russian combined drone-and-missile attacks, 2025',
  type: 'bar',
  valueIds: ATTACK_DATES.flatMap((d) => [`attack-${d}-drones`, `attack-${d}-missiles`]),
  states: {
    'nov-19': (c) => {
      const a = attack(c, FOCUS);
      return stacked('nov-19', [a], [], {
        heading: `The attack of ${formatDate(a.date)}`,
        caption: `${countLabel(a.drones)} and ${countLabel(a.missiles)}: ${formatNumber(total(a))} in one night, by the Air Force's count.`,
        summary: `On ${formatDate(a.date)} Russia launched ${countLabel(a.drones)} and ${countLabel(a.missiles)} (${a.drones.by} count).`,
      });
    },
    'largest-2025': (c) => {
      const all = ATTACK_DATES.map((d) => attack(c, d));
      const record = all.reduce((best, a) => (total(a) > total(best) ? a : best));
      const focus = all.find((a) => a.date === FOCUS)!;
      const rank = [...all].sort((x, y) => total(y) - total(x)).indexOf(focus) + 1;
      return stacked('largest-2025', all, [record.date, FOCUS], {
        heading: "Seven of 2025's largest attacks",
        caption: `The largest of these: ${formatDate(record.date)}, ${countLabel(record.drones)} and ${countLabel(record.missiles)}. By total, ${formatDate(FOCUS)} ranks ${ordinal(rank)} of these ${all.length}.`,
        summary:
          `Seven large attacks in 2025, drones and missiles by date: ` +
          all.map((a) => `${formatDate(a.date)}: ${formatNumber(a.drones.value)} drones, ${formatNumber(a.missiles.value)} missiles`).join('; ') +
          `. The largest was ${formatDate(record.date)}.`,
      });
    },
    missiles: (c) => {
      const all = ATTACK_DATES.map((d) => attack(c, d)).sort((x, y) => y.missiles.value - x.missiles.value || x.date.localeCompare(y.date));
      const focusIndex = all.findIndex((a) => a.date === FOCUS);
      const focus = all[focusIndex]!;
      // Rank counts attacks with strictly more missiles, so ties share a rank ("joint 2nd").
      const rank = all.filter((a) => a.missiles.value > focus.missiles.value).length + 1;
      const tied = all.filter((a) => a.missiles.value === focus.missiles.value).length > 1;
      return {
        type: 'bar',
        chart: ID,
        state: 'missiles',
        heading: 'Missiles alone, the same seven attacks',
        caption: `Count missiles only and ${formatDate(FOCUS)} ranks ${tied ? 'joint ' : ''}${ordinal(rank)} of the ${all.length} attacks charted here: ${countLabel(focus.missiles)}, against ${countLabel(all[0]!.missiles)} on ${formatDate(all[0]!.date)}.`,
        summary:
          'Missiles per attack, largest first: ' +
          all.map((a) => `${formatDate(a.date)}: ${formatNumber(a.missiles.value)}`).join('; ') +
          '.',
        stacked: false,
        categories: all.map((a) => formatDate(a.date)),
        series: [{ name: 'Missiles', token: 'missiles', bars: all.map((a) => barFor(a.missiles, formatNumber(a.missiles.value))) }],
        highlight: [focusIndex],
        axis: { unit: 'missiles', title: 'Missiles launched in one attack (Ukrainian Air Force count)' },
      };
    },
  },
};

export function ordinal(n: number): string {
  const rem100 = n % 100;
  const suffix = rem100 >= 11 && rem100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
