// The plan's points in number order, for the grid, its table and its CSV.
import type { Catalog } from '../../reader/catalog';
import type { PlanPoint } from '../../schemas/notes';
import { renderText } from '../../figures/words';

/** The points in number order. */
export function pointsInOrder(catalog: Catalog): PlanPoint[] {
  return [...catalog.planPoints].sort((a, b) => a.point - b.point);
}

/** A point's summary with its figures written out (for the CSV and the aria-hidden focus list). */
export function plainSummary(catalog: Catalog, p: PlanPoint): string {
  return renderText(p.summary, catalog);
}
