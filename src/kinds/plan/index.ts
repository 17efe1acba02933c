// kind: plan — the plan's points as a grid in number order, coloured by theme; a state brings themes forward.
// Its points come from content/data/plan-points.yaml; its texts may count them: {plan-points}, {plan-points-<theme>}.
import { z } from 'astro/zod';
import type { Catalog } from '../../reader/catalog';
import { valueSources } from '../../reader/catalog';
import { placeholdersIn } from '../../reader/placeholders';
import { THEMES, type Theme } from '../../schemas/notes';
import { formatWithUnit } from '../../lib/format';
import { toCsv } from '../../lib/csv';
import { chartFileSchema } from '../schema';
import { renderText } from '../../figures/words';
import type { ChartKind, StateBase } from '../types';
import { plainSummary } from './points';

export interface PlanState extends StateBase {
  type: 'plan';
  /** Themes brought forward; empty means every point is shown alike. */
  highlight: Theme[];
}

const schema = chartFileSchema('plan', { highlight: z.array(z.enum(THEMES)).default([]) }, {});
export type PlanChartFile = z.infer<typeof schema>;

/** The counts a plan chart's texts may use: "{plan-points-territory} on territory" → "5 points on territory". */
function figures(catalog: Catalog): Record<string, string> {
  const count = (n: number) => formatWithUnit(n, 'points');
  return {
    'plan-points': count(catalog.planPoints.length),
    ...Object.fromEntries(THEMES.map((t) => [`plan-points-${t}`, count(catalog.planPoints.filter((p) => p.theme === t).length)])),
  };
}

export const plan: ChartKind<PlanChartFile, PlanState> = {
  name: 'plan',
  description: "the plan's points as a grid in number order, coloured by theme (content/data/plan-points.yaml)",
  schema: schema as z.ZodType<PlanChartFile>,
  canvas: false,
  values: () => [],
  texts: (spec) => Object.entries(spec.states).flatMap(([sid, s]) => (['heading', 'caption', 'summary'] as const).map((f) => ({ text: s[f], path: ['states', sid, f] }))),
  figures,
  states(chart, catalog) {
    const f = figures(catalog);
    return Object.fromEntries(
      Object.entries(chart.spec.states).map(([id, s]) => [
        id,
        { type: 'plan', chart: chart.id, state: id, heading: renderText(s.heading, catalog, f), caption: renderText(s.caption, catalog, f), summary: renderText(s.summary, catalog, f), highlight: s.highlight },
      ]),
    );
  },
  csv(_chart, catalog) {
    return toCsv(
      ['point', 'id', 'theme', 'summary', 'kind', 'reported_by', 'verified', 'source_id', 'source_publisher', 'source_title', 'source_url', 'source_published'],
      [...catalog.planPoints]
        .sort((a, b) => (a.point ?? 99) - (b.point ?? 99))
        .map((p) => {
          const s = catalog.sources.get(p.source)!;
          return [p.point, p.id, p.theme, plainSummary(catalog, p), 'reported', p.reported_by, p.verified, s.id, s.publisher, s.title, s.url, s.published];
        }),
    );
  },
  sources(_chart, catalog) {
    return catalog.planPoints.flatMap((p) => [p.source, ...placeholdersIn(p.summary).flatMap((ph) => valueSources(catalog, ph.id))]);
  },
};
