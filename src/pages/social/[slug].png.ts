// Each chapter's social card, dist/social/<slug>.png (1200×630): named by the chapter page's og:image.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadChapters, loadSite } from '../../integration/load';
import { cardGraphic, type ChapterCardInput } from '../../social/cards';
import { renderChapterCard } from '../../social/card-picture';

export const getStaticPaths = (async () =>
  (await loadChapters()).map((entry) => ({
    params: { slug: entry.data.slug },
    props: { chapter: { ...entry.data, tree: entry.checked.tree } satisfies ChapterCardInput },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: ChapterCardInput }> = async ({ props }) => {
  const site = loadSite();
  const png = await renderChapterCard(site.catalog, props.chapter, cardGraphic(site, props.chapter), site.site.title);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
