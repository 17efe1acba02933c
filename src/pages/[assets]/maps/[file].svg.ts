// The geometry of every map chart (src/kinds/map/scene.ts: geometryFile), written to dist/_assets/maps/ with
// content-hashed names; the maps on the pages refer to it with <use>. The folder is a parameter because Astro does
// not route pages under an `_` folder; its one value is `_assets`, Vite's assets folder (astro.config.mjs).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../integration/load';
import { GEOMETRY_DIR, geometryFiles, type GeometryFile } from '../../../kinds/map/scene';

export const getStaticPaths = (async () => {
  const [assets] = GEOMETRY_DIR.split('/');
  return geometryFiles(loadSite()).map((geometry) => ({ params: { assets, file: geometry.file.replace(/\.svg$/, '') }, props: { geometry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ geometry: GeometryFile }> = ({ props }) =>
  new Response(props.geometry.svg, { headers: { 'content-type': 'image/svg+xml' } });
