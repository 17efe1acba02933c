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

/** One cell per point of the plan, numbered 1..total; a cell is empty when that number was not reported. */
export function planCells(catalog: Catalog): PlanCell[] {
  const total = chartValue(catalog, ID, PLAN_TOTAL_ID).value;
  const byNumber = new Map(catalog.planPoints.filter((p) => p.point !== undefined).map((p) => [p.point!, p]));
  return Array.from({ length: total }, (_, i) => {
    const p = byNumber.get(i + 1);
    return p ? { number: i + 1, pointId: p.id, theme: p.theme } : { number: i + 1 };
  });
}

function countByTheme(catalog: Catalog, theme: Theme): number {
  return catalog.planPoints.filter((p) => p.theme === theme).length;
}

function focus(state: string, themes: Theme[]) {
  return (catalog: Catalog): PlanState => {
    const n = themes.reduce((sum, t) => sum + countByTheme(catalog, t), 0);
    const names = themes.map((t) => THEME_LABELS[t].toLowerCase()).join(', and on ');
    return {
      type: 'plan',
      chart: ID,
      state,
      heading: `The plan's points on ${names}`,
      caption: `${n} reported point${n === 1 ? '' : 's'} on ${names}, as reported, not officially published.`,
      summary: `Highlighted: ${n} reported point${n === 1 ? '' : 's'} on ${names}.`,
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
      const reported = cells.filter((c) => c.pointId).length;
      const unnumbered = catalog.planPoints.filter((p) => p.point === undefined).length;
      return {
        type: 'plan',
        chart: ID,
        state: 'overview',
        heading: `The ${cells.length} points, as reported`,
        caption: `${reported} of ${cells.length} points were reported by number; ${unnumbered} more were described without one. The rest: not reported.`,
        summary: `${reported} of the plan's ${cells.length} points were reported by number, ${cells.length - reported} were not reported.`,
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
