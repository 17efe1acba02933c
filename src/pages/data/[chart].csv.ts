// Each chart's data as a CSV file in each edition (dist/data/<chart>.csv, dist/data/<chart>.uk.csv: csvPath(chart,
// locale) in src/lib/csv.ts), linked under the chart (src/components/Scrolly.astro). What the rows hold is the chart
// kind's to say (src/kinds/<kind>/index.ts), in the words of the catalog it is given.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadChart, loadCatalog, publishedCharts } from '../../integration/load';
import { LOCALES, type Locale } from '../../i18n/locale';
import { csvPath } from '../../lib/csv';

export const getStaticPaths = (async () => {
  const charts = await publishedCharts();
  return LOCALES.flatMap((locale) =>
    charts.map((id) => ({
      // The file's name without `data/` and `.csv`: "territory", "territory.uk".
      params: {
        chart: csvPath(id, locale)
          .replace(/^data\//, '')
          .replace(/\.csv$/, ''),
      },
      props: { id, locale },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string; locale: Locale }> = async ({ props }) => {
  const { chart, kind } = loadChart(props.id, props.locale);
  return new Response(kind.csv(chart, await loadCatalog(props.locale)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
