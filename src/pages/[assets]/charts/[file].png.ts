// The pictures of every bar-chart state (src/kinds/bar/pictures.ts), in every edition, written to
// dist/_assets/charts/ with content-hashed names (a Ukrainian picture's name ends `.uk.<hash>.png`). The folder is a
// parameter because Astro does not route pages under an `_` folder; its one value is `_assets`, Vite's assets folder
// (astro.config.mjs build.assets), where nothing else uses charts/.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../integration/load';
import { LOCALES } from '../../../i18n/locale';
import { PICTURE_DIR, pictureFiles, type Picture } from '../../../kinds/bar/pictures';

export const getStaticPaths = (async () => {
  const [assets] = PICTURE_DIR.split('/');
  return LOCALES.flatMap((locale) => pictureFiles(loadSite(locale))).map((picture) => ({
    params: { assets, file: picture.file.replace(/\.png$/, '') },
    props: { picture },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ picture: Picture }> = ({ props }) =>
  new Response(new Uint8Array(props.picture.png), { headers: { 'content-type': 'image/png' } });
