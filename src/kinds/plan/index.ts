// kind: plan — the plan's points as a grid in number order, coloured by theme; a state brings themes forward.
// Its points come from content/data/plan-points.yaml; its texts may count them (figures, below).
import { z } from 'astro/zod';
import type { Catalog } from '../../reader/catalog';
import { valueSources } from '../../reader/catalog';
import { placeholdersIn } from '../../reader/placeholders';
import { RELIABILITIES, THEMES, type Theme } from '../../schemas/notes';
import { toCsv } from '../../lib/csv';
import { chartFileSchema } from '../schema';
import { chartCsvHeader, sourceCells, stateTexts, stateWords } from '../common';
import { KIND_WORDS } from '../../lib/format';
import { kindWords } from '../../i18n/ui-kinds';
import { drawPlanCard } from './card';
import type { ChartKind, StateBase } from '../types';
import { plainSummary, pointsInOrder } from './points';

export interface PlanState extends StateBase {
  type: 'plan';
  /** Themes brought forward; empty means every point is shown alike. */
  highlight: Theme[];
}

const schema = chartFileSchema('plan', { highlight: z.array(z.enum(THEMES)).default([]) }, {});
export type PlanChartFile = z.infer<typeof schema>;

/** "1, 21 and 22" ("1, 21 і 22"): `and` is the edition's word. */
const listNumbers = (ns: number[], and: string) => (ns.length < 2 ? ns.join('') : `${ns.slice(0, -1).join(', ')} ${and} ${ns.at(-1)}`);

/**
 * The figures a plan chart's texts may use, all counted from plan-points.yaml: {plan-points} (how many),
 * {plan-points-<theme>} and {plan-points-<theme>-numbers} ("1, 21 and 22"), {plan-points-<reliability>} and
 * {plan-points-mirror-numbers} (numbered only by pro-Kremlin mirrors).
 */
function figures(catalog: Catalog): Record<string, string> {
  const points = pointsInOrder(catalog);
  const { and } = kindWords(catalog.locale);
  const count = (keep: (p: (typeof points)[number]) => boolean) => String(points.filter(keep).length);
  return {
    'plan-points': String(points.length),
    ...Object.fromEntries(
      THEMES.flatMap((t) => [
        [`plan-points-${t}`, count((p) => p.theme === t)],
        [
          `plan-points-${t}-numbers`,
          listNumbers(
            points.filter((p) => p.theme === t).map((p) => p.point),
            and,
          ),
        ],
      ]),
    ),
    ...Object.fromEntries(RELIABILITIES.map((r) => [`plan-points-${r}`, count((p) => p.reliability === r)])),
    'plan-points-mirror-numbers': count((p) => !!p.number_from_mirrors),
  };
}

export const plan: ChartKind<PlanChartFile, PlanState> = {
  name: 'plan',
  description: "the plan's points as a grid in number order, coloured by theme (content/data/plan-points.yaml)",
  schema: schema as z.ZodType<PlanChartFile>,
  canvas: false,
  values: () => [],
  texts: stateTexts,
  figures,
  states(chart, catalog) {
    const f = figures(catalog);
    return Object.fromEntries(
      Object.entries(chart.spec.states).map(([id, s]) => [id, { type: 'plan', ...stateWords(chart.id, id, s, catalog, f), highlight: s.highlight }]),
    );
  },
  drawCard: async (area, _state, _chart, catalog) => drawPlanCard(area, catalog),
  csv(_chart, catalog) {
    return toCsv(
      chartCsvHeader(['point', 'id', 'theme', 'summary', 'kind', 'reported_by', 'reliability', 'number_from_mirrors', 'note'], catalog),
      pointsInOrder(catalog).map((p) => {
        const s = catalog.sources.get(p.source)!;
        return [
          p.point,
          p.id,
          p.theme,
          plainSummary(catalog, p),
          KIND_WORDS[catalog.locale].reported,
          p.reported_by,
          p.reliability,
          p.number_from_mirrors ?? false,
          p.note,
          ...sourceCells([s], catalog.locale),
        ];
      }),
    );
  },
  sources(_chart, catalog) {
    return catalog.planPoints.flatMap((p) => [p.source, ...placeholdersIn(p.summary).flatMap((ph) => valueSources(catalog, ph.id))]);
  },
};
