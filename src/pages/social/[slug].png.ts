// Each chapter's social card in each edition (1200×630), named by the chapter page's og:image (src/social/cards.ts,
// cardPath(slug, locale)): dist/social/<slug>.png in English, dist/social/<slug>.uk.png in Ukrainian.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadChapters, loadSite } from '../../integration/load';
import { LOCALES, type Locale } from '../../i18n/locale';
import { cardGraphic, cardPath, type ChapterCardInput } from '../../social/cards';
import { renderChapterCard } from '../../social/card-picture';

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      LOCALES.map(async (locale) =>
        (await loadChapters(undefined, locale)).map((entry) => ({
          // The file's name without `social/` and `.png`: "battlefield-claims", "battlefield-claims.uk".
          params: {
            slug: cardPath(entry.data.slug, locale)
              .replace(/^social\//, '')
              .replace(/\.png$/, ''),
          },
          props: { locale, chapter: { ...entry.data, tree: entry.checked.tree } satisfies ChapterCardInput },
        })),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; chapter: ChapterCardInput }> = async ({ props }) => {
  const site = loadSite(props.locale);
  const png = await renderChapterCard(site.catalog, props.chapter, cardGraphic(site, props.chapter), site.site.title);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
