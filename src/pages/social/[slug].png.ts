// Each chapter's social card, dist/social/<slug>.png (1200×630): named by the chapter page's og:image.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog, loadChapters } from '../../data/load';
import { cardGraphic, type ChapterCardInput } from '../../social/cards';
import { renderChapterCard } from '../../social/card-picture';

export const getStaticPaths = (async () =>
  (await loadChapters()).map((entry) => ({
    params: { slug: entry.data.slug },
    props: { chapter: { ...entry.data, body: entry.body ?? '' } satisfies ChapterCardInput },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: ChapterCardInput }> = async ({ props }) => {
  const catalog = await loadCatalog();
  const png = await renderChapterCard(catalog, props.chapter, cardGraphic(catalog, props.chapter));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
