// Each chart's data as a CSV file (dist/data/<chart>.csv), linked under the chart (src/components/Scrolly.astro).
import type { APIRoute } from 'astro';
import { CHARTS, chartNames } from '../../charts/registry';
import { chartCsv } from '../../data/csv';
import { loadCatalog } from '../../data/load';

export function getStaticPaths() {
  return chartNames().map((chart) => ({ params: { chart } }));
}

export const GET: APIRoute = async ({ params }) => {
  const chart = CHARTS[params.chart ?? '']!;
  return new Response(chartCsv(await loadCatalog(), chart), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
