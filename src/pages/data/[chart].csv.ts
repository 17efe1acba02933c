// Each chart's data as a CSV file (dist/data/<chart>.csv), linked under the chart (src/components/Scrolly.astro).
// What the rows hold is the chart kind's to say (src/kinds/<kind>/index.ts).
import type { APIRoute } from 'astro';
import { loadChart, loadCatalog, publishedCharts } from '../../integration/load';

export async function getStaticPaths() {
  return (await publishedCharts()).map((chart) => ({ params: { chart } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { chart, kind } = loadChart(params.chart ?? '');
  return new Response(kind.csv(chart, await loadCatalog()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
