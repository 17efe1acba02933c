// The 28-point plan as reported: a grid of points, each step bringing one theme forward.
import type { Catalog } from '../data/catalog';
import { THEMES, type Theme } from '../schemas/notes';
import { chartValue } from './bars';
import type { ChartDefinition, PlanState } from './types';

const ID = 'plan';
export const PLAN_TOTAL_ID = 'plan-points-total';

export const THEME_LABELS: Record<Theme, string> = {
  territory: 'Territory',
  military: 'Military limits',
  security: 'Security guarantees',
  economy: 'Economy and sanctions',
  politics: 'Politics',
};

export interface PlanCell {
  number: number;
  pointId?: string;
  theme?: Theme;
}

/** One cell per point of the plan, numbered 1..total, in number order (a number with no entry stays empty). */
export function planCells(catalog: Catalog): PlanCell[] {
  const total = chartValue(catalog, ID, PLAN_TOTAL_ID).value;
  const byNumber = new Map(catalog.planPoints.map((p) => [p.point, p]));
  return Array.from({ length: total }, (_, i) => {
    const p = byNumber.get(i + 1);
    return p ? { number: i + 1, pointId: p.id, theme: p.theme } : { number: i + 1 };
  });
}

/** "1, 2 and 5" */
function listNumbers(ns: number[]): string {
  return ns.length < 2 ? ns.join('') : `${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;
}

function focus(state: string, themes: Theme[]) {
  return (catalog: Catalog): PlanState => {
    const numbers = catalog.planPoints.filter((p) => themes.includes(p.theme)).map((p) => p.point).sort((a, b) => a - b);
    const n = numbers.length;
    const total = planCells(catalog).length;
    const names = themes.map((t) => THEME_LABELS[t].toLowerCase()).join(', and on ');
    return {
      type: 'plan',
      chart: ID,
      state,
      heading: `The plan's points on ${names}`,
      caption: `${n} of the ${total} points are on ${names}, as reported; the plan was never officially published.`,
      summary: `Highlighted: ${n} point${n === 1 ? '' : 's'} on ${names}, number${n === 1 ? '' : 's'} ${listNumbers(numbers)}.`,
      highlight: themes,
    };
  };
}

export const plan: ChartDefinition<'overview' | Theme | 'economy-politics'> = {
  id: ID,
  title: 'The 28-point plan, as reported',
  type: 'plan',
  valueIds: [PLAN_TOTAL_ID],
  states: {
    overview: (catalog) => {
      const cells = planCells(catalog);
      const points = catalog.planPoints;
      const count = (r: string) => points.filter((p) => p.reliability === r).length;
      const mirrors = points.filter((p) => p.number_from_mirrors).length;
      const weak = count('weak');
      const shown = cells.filter((c) => c.pointId).length;
      const sure = `${count('confirmed')} reported by two or more independent outlets, ${count('single')} by one${weak ? `, ${weak} only by pro-Kremlin mirrors (unverified)` : ''}`;
      return {
        type: 'plan',
        chart: ID,
        state: 'overview',
        heading: `The ${cells.length} points, as reported`,
        caption:
          `${shown === cells.length ? 'All' : `${shown} of`} ${cells.length} points, in number order: ${sure}. ` +
          `Starred (${mirrors}): numbered only by pro-Kremlin mirrors.`,
        summary: `${shown} of the plan's ${cells.length} points, in number order, as reported: ${sure}.`,
        highlight: [],
      };
    },
    territory: focus('territory', ['territory']),
    military: focus('military', ['military']),
    security: focus('security', ['security']),
    economy: focus('economy', ['economy']),
    politics: focus('politics', ['politics']),
    'economy-politics': focus('economy-politics', ['economy', 'politics']),
  },
};

export { THEMES };
