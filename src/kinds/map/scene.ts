// The SVG and HTML of a map, as strings: the geometry of its extent, in a file of its own that every view of it
// refers to with <use> (geometryFile), the patterns in a hidden <svg> on the page, and each state's view: its
// highlighted regions, dots, names and scale bar. View.astro (the live map), StepPicture.astro (a step's own map,
// without JavaScript and in print), the geometry endpoint (src/pages/[assets]/maps/) and the tests draw from these.
import { createHash } from 'node:crypto';
import type { Catalog } from '../../reader/catalog';
import { href } from '../../site';
import type { ChartSet } from '../types';
import type { MapChartFile } from './index';
import { mapLayouts } from './index';
import { GAP_PX, LABEL_LINE_PX, LABEL_PX, mapGeometry, scaleText, type Extent, type Label, type StateLayout } from './layout';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS = 'vector-effect="non-scaling-stroke"';

/** The id prefix of one chart's patterns on a page (each chart is shown once per page). */
export const defsId = (chart: string) => `exm-${chart}`;

/** Where the geometry files are written: Vite's assets folder (astro.config.mjs build.assets), under maps/. */
export const GEOMETRY_DIR = '_assets/maps';

export interface GeometryFile {
  /** File name in GEOMETRY_DIR, content-hashed (the assets folder is cached for a year): `ukraine.1a2b3c4d.svg`. */
  file: string;
  /** Its path inside the site, for href(). */
  path: string;
  svg: string;
}

/** The id prefix of an extent's paths in its geometry file. */
const geoId = (extent: Extent) => `exg-${extent}`;

const files = new Map<Extent, GeometryFile>();

/**
 * An extent's geometry as a file of its own: every path a map of it may draw (its land, outline, borders and each
 * region a state may highlight), by id, and nothing else. The geometry is most of a map's weight and every map
 * draws it several times (the live map, each step's own map): kept out of the page, the HTML a reader waits for
 * before the first paint does not grow with every map, and the browser fetches one file per extent, whatever the
 * number of maps (each file is a document of its own to the browser, so there are as few as there are extents).
 * Its paths carry no class: the page's styles do not reach into another file, so a path's fill and stroke are
 * inherited from the <use> that shows it (sceneHtml gives each use its class).
 */
export function geometryFile(extent: Extent): GeometryFile {
  const hit = files.get(extent);
  if (hit) return hit;
  const g = mapGeometry(extent);
  const p = geoId(extent);
  const regions = [...g.regions].map(([id, d]) => `<path id="${p}-r-${id}" d="${d}"/>`).join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg"><defs>${regions}` +
    `<path id="${p}-others" d="${g.others}"/>` +
    `<path id="${p}-ukraine" ${NS} d="${g.outline}"/>` +
    `<path id="${p}-borders" ${NS} d="${g.countryBorders}"/>` +
    (g.regionBorders ? `<path id="${p}-region-borders" ${NS} d="${g.regionBorders}"/>` : '') +
    `</defs></svg>\n`;
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 8);
  const file = `${extent}.${hash}.svg`;
  const made = { file, path: `${GEOMETRY_DIR}/${file}`, svg };
  files.set(extent, made);
  return made;
}

/** The geometry file of every extent the site's maps draw, for the endpoint that writes them. */
export function geometryFiles(site: ChartSet): GeometryFile[] {
  const extents = new Set(
    [...site.charts.values()].filter((c) => c.kind.name === 'map').map((c) => (c.chart.spec as unknown as MapChartFile).extent),
  );
  return [...extents].map(geometryFile);
}

/** The zoom levels a chart's states use, 1 first (the key's swatches): patterns keep their spacing at each. */
function zooms(layouts: Map<string, StateLayout>): number[] {
  return [...new Set([1, ...[...layouts.values()].map((l) => l.view.k)])];
}

const patternId = (p: string, cat: string, zoom: number) => `${p}-pat-${cat}-${zoom}`;

/** The chart's patterns, in a hidden <svg> on the page (a fill cannot refer to a pattern in another file). */
export function defsSvg(chart: string, spec: MapChartFile, catalog: Catalog): string {
  const p = defsId(chart);
  const layouts = mapLayouts(spec, catalog);
  const patterns = zooms(layouts).flatMap((k, zi) =>
    spec.categories.map((c) => {
      const t = `patternTransform="scale(${(1 / k).toFixed(4)}) rotate(45)"`;
      const ink = `ex-map__ink ex-map__ink--${c.color}`;
      const body =
        c.style === 'hatch'
          ? `<rect width="8" height="8" class="ex-map__pat-bg"/><rect width="2.6" height="8" class="${ink}"/>`
          : c.style === 'dots'
            ? `<rect width="8" height="8" class="ex-map__pat-bg"/><circle cx="4" cy="4" r="1.7" class="${ink}"/>`
            : `<rect width="8" height="8" class="${ink} ex-map__ink--solid"/>`;
      return `<pattern id="${patternId(p, c.id, zi)}" patternUnits="userSpaceOnUse" width="8" height="8" ${t}>${body}</pattern>`;
    }),
  );
  return `<svg class="ex-map__defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>${patterns.join('')}</defs></svg>`;
}

/** A category's swatch for the key, at the map's own scale. */
export function swatchSvg(chart: string, cat: string): string {
  return `<svg class="ex-map__swatch" width="18" height="12" viewBox="0 0 18 12" aria-hidden="true"><rect width="18" height="12" fill="url(#${patternId(defsId(chart), cat, 0)})"/></svg>`;
}

export interface SceneState {
  state: string;
  summary: string;
  regions: Record<string, string>;
}

/**
 * A map showing `states` (the live map: all of a chart's states, the first active; a step's picture: one state).
 * The geometry moves by one transform; each state's marks and names are a layer that is shown when active.
 * With `geometryOnWake` (the live map of a part of the one-page story), each <use> names its path in `data-ex-href`,
 * not `href`: the browser builds a <use>'s copy of its path, at a cost in style work, from the moment it has an
 * address, even far below the reader. The map's script gives the addresses when its section nears (client.ts).
 */
export function sceneHtml(
  chart: string,
  spec: MapChartFile,
  catalog: Catalog,
  states: SceneState[],
  opts: { live: boolean; geometryOnWake?: boolean },
): string {
  const g = mapGeometry(spec.extent);
  const p = defsId(chart);
  const layouts = mapLayouts(spec, catalog);
  const zs = zooms(layouts);
  const first = states[0]!;
  const v = layouts.get(first.state)!.view;
  const on = (sid: string) => (sid === first.state ? ' data-active' : '');
  // A path of the chart's geometry file, shown with the class that gives it its fill and stroke.
  const file = href(geometryFile(spec.extent).path);
  const address = opts.geometryOnWake ? 'data-ex-href' : 'href';
  const use = (id: string, attrs: string) => `<use ${address}="${file}#${geoId(spec.extent)}-${id}" ${attrs}/>`;
  const base = use('others', 'class="ex-map__others"') + (spec.extent === 'ukraine' ? use('ukraine', 'class="ex-map__regions"') : '');
  const top =
    use('borders', 'class="ex-map__borders"') +
    (g.regionBorders ? use('region-borders', 'class="ex-map__region-borders"') : '') +
    use('ukraine', 'class="ex-map__outline"');
  const marks = states
    .map((s) => {
      const k = layouts.get(s.state)!.view.k;
      const uses = Object.entries(s.regions)
        .map(([rid, cat]) => use(`r-${rid}`, `fill="url(#${patternId(p, cat, zs.indexOf(k))})"`))
        .join('');
      return `<g class="ex-map__marks" data-state="${s.state}"${on(s.state)}>${uses}</g>`;
    })
    .join('');
  const pctX = (x: number) => `${((x / g.width) * 100).toFixed(2)}%`;
  const pctY = (y: number) => `${((y / g.height) * 100).toFixed(2)}%`;
  // Names and dots in an SVG without a viewBox over the map: its units are CSS pixels, so text keeps its size while
  // the map scales; points are placed in % of the map (attributes only: the pages allow no inline style).
  const layers = states
    .map((s) => {
      const l = layouts.get(s.state)!;
      const dots = l.dots.map((d) => `<circle class="ex-map__dot" cx="${pctX(d.x)}" cy="${pctY(d.y)}" r="3.5"/>`).join('');
      const labels = l.labels
        .map((lb) => {
          const a = labelOffset(lb);
          return `<text class="ex-map__label ex-map__label--${lb.kind}" x="${pctX(lb.x)}" y="${pctY(lb.y)}" dx="${a.dx}" dy="${a.dy}" text-anchor="${a.anchor}">${esc(lb.text)}</text>`;
        })
        .join('');
      const bar = pctX(l.scale.length);
      const scale =
        `<text class="ex-map__scale-text" x="6" y="100%" dy="-12">${scaleText(l.scale.km, catalog.locale)}</text>` +
        `<rect class="ex-map__scale-bar" x="6" y="100%" transform="translate(0 -8)" width="${bar}" height="1.5"/>` +
        `<rect class="ex-map__scale-bar" x="6" y="100%" transform="translate(0 -11)" width="1.5" height="4.5"/>` +
        `<svg x="6" y="100%" overflow="visible"><rect class="ex-map__scale-bar" x="${bar}" transform="translate(-1.5 -11)" width="1.5" height="4.5"/></svg>`;
      return `<g class="ex-map__layer" data-state="${s.state}"${on(s.state)}>${dots}${labels}${scale}</g>`;
    })
    .join('');
  const transform = `translate(${v.x.toFixed(2)} ${v.y.toFixed(2)}) scale(${v.k.toFixed(4)})`;
  return (
    `<div class="ex-map ex-map--${spec.extent}${opts.live ? '' : ' ex-map--static'}"${opts.live ? ' data-ex-map' : ''}>` +
    `<svg class="ex-map__svg" viewBox="0 0 ${g.width} ${g.height}" role="img" aria-label="${esc(first.summary)}"${opts.live ? ' data-ex-map-svg' : ''}>` +
    `<rect class="ex-map__sea" width="${g.width}" height="${g.height}"/>` +
    `<g class="ex-map__view"${opts.live ? ' data-ex-map-view' : ''} transform="${transform}">${base}${marks}${top}</g></svg>` +
    `<svg class="ex-map__layers" aria-hidden="true">${layers}</svg></div>`
  );
}

/** How a name sits around its point, in pixels: beside a dot (east, west, above, below) or centred on it. */
export function labelOffset(label: Label): { dx: number; dy: string; anchor: 'start' | 'end' | 'middle' } {
  const a = label.anchor;
  const anchor = a.includes('e') ? 'start' : a.includes('w') ? 'end' : 'middle';
  const dx = a.includes('e') ? GAP_PX : a.includes('w') ? -GAP_PX : 0;
  // dy moves the baseline from the point to where layout.ts put the line's box: a baseline 0.35 em under a line's
  // middle puts a mixed-case name in the middle of its box.
  const fs = LABEL_PX[label.kind];
  const h = LABEL_LINE_PX[label.kind];
  const middle = a === 'n' ? -GAP_PX - h / 2 : a === 's' ? GAP_PX + h / 2 : a.includes('n') ? -GAP_PX : a.includes('s') ? GAP_PX : 0;
  const dy = (middle + 0.35 * fs).toFixed(1);
  return { dx, dy, anchor };
}
