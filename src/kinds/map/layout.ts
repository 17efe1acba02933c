// A map drawn at build time: the projection of its extent, the geometry as SVG paths (once per chart), and for each
// state the view (a scale and a shift of that geometry), the dots, the labels and the scale bar. Pure apart from
// reading the boundary files (geo.ts) and measuring text in the page's font (@napi-rs/canvas): the page, the step
// pictures, the social card and the tests all draw from what this returns.
import { geoConicConformal, geoContains, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPoint } from 'geojson';
import { createCanvas } from '@napi-rs/canvas';
import { CHART_FONT_FAMILY } from '../font';
import { registerChartFonts } from '../font-files';
import { isUkraineRegion, UKRAINE_REGIONS, type UkraineRegionId } from '../../schemas/places';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale';
import { kindWords, regionLabelIn, UI_KINDS } from '../../i18n/ui-kinds';
import type { MapPlace } from '../../schemas/places';
import { boundaries, type Shape } from './geo';

/** What a map may cover: Ukraine with its regions (and its neighbours), or Europe with its countries. */
export const EXTENTS = {
  ukraine: { width: 600, height: 400, rotate: -31.2, parallels: [45.5, 51.5], box: [22, 44.3, 40.3, 52.4] },
  europe: { width: 600, height: 520, rotate: -15, parallels: [40, 62], box: [-11, 35, 45, 71] },
} as const;
export type Extent = keyof typeof EXTENTS;

/**
 * The widths, in CSS pixels, a map is shown at: the graphic of a scrolly section on a 360- and a 390-pixel phone,
 * the phone layout at 768 and the desktop column at 1280 (src/styles/scrolly.css); the narrowest is a 360 x 740 phone's
 * map, which the height of the sticky graphic narrows below the column's width. Labels keep their size in pixels
 * (HTML over the SVG) while the map scales, so they are placed to fit at every one of these widths, the narrowest
 * being the hardest. tests/browser/maps.test.ts measures the real thing.
 */
export const DISPLAY_WIDTHS = [250, 320, 640, 700] as const;

/** Label type sizes in CSS pixels: never under 12 on a phone. */
export const LABEL_PX = { place: 13, region: 12, neighbour: 12, scale: 12 } as const;
const LINE = 1.25;
/** A line of each kind of name, in pixels. */
export const LABEL_LINE_PX = { place: LABEL_PX.place * LINE, region: LABEL_PX.region * LINE, neighbour: LABEL_PX.neighbour * LINE } as const;
const DOT_PX = 7;
export const GAP_PX = 5;
/** Pixels kept clear at the map's edges. */
const MARGIN_PX = 2;

/** Where a name may go around its point (place labels), or over it (regions, neighbours, the scale). */
export type Anchor = 'e' | 'w' | 'n' | 's' | 'ne' | 'se' | 'nw' | 'sw' | 'c';
const PLACE_ANCHORS: Anchor[] = ['e', 'w', 'ne', 'se', 'nw', 'sw', 'n', 's'];

export interface Label {
  text: string;
  kind: 'place' | 'region' | 'neighbour';
  /** The point, in the map's units (its viewBox), in the state's view. */
  x: number;
  y: number;
  anchor: Anchor;
}

export interface StateLayout {
  /** The view: geometry is drawn at `translate(x, y) scale(k)` of the whole extent. */
  view: { k: number; x: number; y: number };
  dots: { id: string; x: number; y: number }[];
  labels: Label[];
  scale: { km: number; length: number };
  /** What could not be placed (names of required labels): the checks turn these into messages. */
  unplaced: string[];
  /** Places the state names that its view does not show. */
  outside: string[];
}

export interface StateSpec {
  zoom?: string[];
  regions?: Record<string, string>;
  places?: string[];
}

export interface MapGeometry {
  extent: Extent;
  width: number;
  height: number;
  projection: GeoProjection;
  /** Path data, in the map's units at the whole extent. */
  /** The land around: Ukraine's neighbours on a map of Ukraine, all of it on a map of Europe (one path). */
  others: string;
  countryBorders: string;
  /** The regions a state may highlight, by id (Ukraine's regions, or Europe's countries). */
  regions: Map<string, string>;
  regionBorders: string;
  /** Ukraine's outline (drawn on top, so the country reads as one). */
  outline: string;
}

const cache = new Map<Extent, MapGeometry>();

/** The projected geometry of an extent, made once per build. */
export function mapGeometry(extent: Extent): MapGeometry {
  const hit = cache.get(extent);
  if (hit) return hit;
  const e = EXTENTS[extent];
  const b = boundaries();
  const [w, s, east, n] = e.box;
  const frame: Feature<MultiPoint> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [w, s],
        [east, s],
        [w, n],
        [east, n],
        [(w + east) / 2, n],
        [(w + east) / 2, s],
      ],
    },
  };
  const projection = geoConicConformal()
    .rotate([e.rotate, 0])
    .parallels([...e.parallels] as [number, number]);
  if (extent === 'ukraine')
    projection.fitExtent(
      [
        [36, 24],
        [e.width - 36, e.height - 24],
      ],
      b.ukraine,
    );
  else projection.fitSize([e.width, e.height], frame);
  projection.clipExtent([
    [-20, -20],
    [e.width + 20, e.height + 20],
  ]);
  const d = (f: Parameters<ReturnType<typeof geoPath>>[0]) => compactPath(projection, f);
  const countries = [...b.countries];
  const regions = new Map<string, string>();
  let others = '';
  if (extent === 'ukraine') {
    for (const [id, shape] of b.regions) regions.set(id, d(shape));
    others = countries
      .filter(([id]) => id !== 'ukraine')
      .map(([, f]) => d(f))
      .join('');
  } else for (const [id, shape] of countries) if (!/^[A-Z]/.test(id)) regions.set(id, d(shape));
  // On a map of Europe every country is land under the highlights, Ukraine (with Crimea) included.
  if (extent === 'europe') others = countries.map(([, f]) => d(f)).join('');
  const geometry: MapGeometry = {
    extent,
    width: e.width,
    height: e.height,
    projection,
    others,
    countryBorders: countries.map(([, f]) => d(f)).join(''),
    regions,
    regionBorders: extent === 'ukraine' ? d(b.regionBorders) : '',
    outline: d(extent === 'ukraine' ? b.ukraine : b.countries.get('ukraine')!),
  };
  cache.set(extent, geometry);
  return geometry;
}

/**
 * SVG path data, as short as it can be: coordinates to a tenth of a unit, each point written relative to the one
 * before (`l` once, then pairs), no point written twice, no space before a minus. A map's paths are most of its bytes.
 */
export function compactPath(projection: GeoProjection, f: Parameters<ReturnType<typeof geoPath>>[0]): string {
  let out = '';
  let px = 0;
  let py = 0;
  let inLine = false;
  const num = (v: number) => {
    const t = (v / 10).toString().replace(/^(-?)0\./, '$1.');
    return t;
  };
  const pair = (a: number, b: number) => {
    const x = num(a);
    const y = num(b);
    const sep = (next: string) => (next.startsWith('-') || out === '' || /[A-Za-z]$/.test(out) ? '' : ' ');
    out += sep(x) + x;
    out += sep(y) + y;
  };
  geoPath(projection, {
    moveTo(x: number, y: number) {
      const X = Math.round(x * 10);
      const Y = Math.round(y * 10);
      out += 'M';
      pair(X, Y);
      px = X;
      py = Y;
      inLine = false;
    },
    lineTo(x: number, y: number) {
      const X = Math.round(x * 10);
      const Y = Math.round(y * 10);
      if (X === px && Y === py) return;
      if (!inLine) out += 'l';
      inLine = true;
      pair(X - px, Y - py);
      px = X;
      py = Y;
    },
    closePath() {
      out += 'z';
      inLine = false;
    },
    arc() {},
    beginPath() {},
  } as unknown as CanvasRenderingContext2D)(f);
  return out;
}

/** Region ids a map of this extent can draw. */
export function regionIds(extent: Extent): string[] {
  return extent === 'ukraine' ? Object.keys(UKRAINE_REGIONS) : [...mapGeometry('europe').regions.keys()];
}

/** The shape of a region, for centroids and bounds. */
function shapeOf(extent: Extent, id: string): Shape | undefined {
  const b = boundaries();
  return extent === 'ukraine' && isUkraineRegion(id) ? b.regions.get(id as UkraineRegionId) : b.countries.get(id);
}

/** Neighbours named on a map of Ukraine, and the seas, each at a point that reads well (lon, lat); their names are in src/i18n/ui-kinds.ts. */
const NEIGHBOUR_NAMES: [keyof typeof UI_KINDS, number, number][] = [
  ['russia', 39.2, 51.7],
  ['belarus', 27.6, 52.1],
  ['poland', 22.9, 51.3],
  ['moldova', 28.6, 47.6],
  ['romania', 25.2, 46.2],
  ['blackSea', 32.2, 44.0],
  ['seaOfAzov', 36.7, 46.1],
];

/** The scale bar's words: "100 km", "100 км". */
export const scaleText = (km: number, locale: Locale = DEFAULT_LOCALE) => `${km} ${kindWords(locale).km}`;

let measure: ((text: string, px: number, weight: number) => number) | undefined;

/** The width of a text in the page's chart font, in CSS pixels. */
export function textWidth(text: string, px: number, weight = 600): number {
  if (!measure) {
    registerChartFonts();
    const ctx = createCanvas(10, 10).getContext('2d');
    measure = (t, size, w) => {
      ctx.font = `${w} ${size}px ${CHART_FONT_FAMILY}`;
      return ctx.measureText(t).width;
    };
  }
  return measure(text, px, weight);
}

/** A label's box in CSS pixels relative to its point, for one anchor. */
function boxPx(width: number, height: number, anchor: Anchor, gap: number): [number, number, number, number] {
  const dx = anchor.includes('e') ? gap : anchor.includes('w') ? -gap - width : -width / 2;
  const dy = anchor.includes('s')
    ? gap - (anchor === 's' ? 0 : height / 2)
    : anchor.includes('n')
      ? -gap - (anchor === 'n' ? height : height / 2)
      : -height / 2;
  // ne/se/nw/sw sit beside the dot, raised or lowered by half a line.
  return [dx, dy, dx + width, dy + height];
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Lays out one state: its view, which dots and labels show, and where each label goes. The names are those of the
 * edition (`locale`, the places' own names already being the catalog's): a longer name is placed as its own width.
 */
export function layoutState(
  geometry: MapGeometry,
  spec: StateSpec,
  places: ReadonlyMap<string, MapPlace>,
  locale: Locale = DEFAULT_LOCALE,
): StateLayout {
  const words = kindWords(locale);
  const { width: W, height: H, projection, extent } = geometry;
  // The view: the whole extent, or the box around what `zoom` names, with room around it.
  let view = { k: 1, x: 0, y: 0 };
  if (spec.zoom?.length) {
    const pts: [number, number][] = [];
    for (const id of spec.zoom) {
      const place = places.get(id);
      if (place) pts.push(projection([place.lon, place.lat])!);
      const shape = shapeOf(extent, id);
      if (shape) {
        const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(shape);
        pts.push([x0, y0], [x1, y1]);
      }
    }
    if (pts.length) {
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      const pad = 0.18;
      // A box at least a tenth of the map across, so a zoom to one town shows its surroundings.
      const bw = Math.max(W / 10, Math.max(...xs) - Math.min(...xs));
      const bh = Math.max(H / 10, Math.max(...ys) - Math.min(...ys));
      const k = Math.min(6, W / (bw * (1 + 2 * pad)), H / (bh * (1 + 2 * pad)));
      const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
      const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
      // Never show past the extent's edges: the geometry stops there.
      const x = Math.min(0, Math.max(W - W * k, W / 2 - cx * k));
      const y = Math.min(0, Math.max(H - H * k, H / 2 - cy * k));
      view = { k: Math.max(1, k), x, y };
    }
  }
  const toView = ([px, py]: [number, number]): [number, number] => [px * view.k + view.x, py * view.k + view.y];
  const inView = ([x, y]: [number, number], m = 0) => x >= m && x <= W - m && y >= m && y <= H - m;

  // Boxes are checked at every display width: each label's size is fixed in pixels, its point scales with the map.
  const scales = DISPLAY_WIDTHS.map((px) => px / W);
  const taken: Box[][] = scales.map(() => []);
  const fits = (x: number, y: number, wPx: number, hPx: number, anchor: Anchor, gapPx: number) =>
    scales.every((s, i) => {
      const [a, b, c, d] = boxPx(wPx, hPx, anchor, gapPx);
      const box: Box = [x * s + a, y * s + b, x * s + c, y * s + d];
      if (box[0] < MARGIN_PX || box[1] < MARGIN_PX || box[2] > W * s - MARGIN_PX || box[3] > H * s - MARGIN_PX) return false;
      return !taken[i]!.some((t) => overlaps(t, box));
    });
  const take = (x: number, y: number, wPx: number, hPx: number, anchor: Anchor, gapPx: number) =>
    scales.forEach((s, i) => {
      const [a, b, c, d] = boxPx(wPx, hPx, anchor, gapPx);
      taken[i]!.push([x * s + a, y * s + b, x * s + c, y * s + d]);
    });

  // The scale bar: a round distance about a sixth of the map wide, bottom left; its box is kept clear.
  const [cx, cy] = [(W / 2 - view.x) / view.k, (H / 2 - view.y) / view.k];
  const a = projection.invert!([cx - 50, cy])!;
  const b = projection.invert!([cx + 50, cy])!;
  const kmPerUnit = (geoDistance(a, b) * 6371) / 100 / view.k;
  const target = (W / 6) * kmPerUnit;
  const km = [5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].reduce((best, v) => (Math.abs(v - target) < Math.abs(best - target) ? v : best));
  const scale = { km, length: km / kmPerUnit };
  const scaleLabelPx = textWidth(scaleText(km, locale), LABEL_PX.scale, 400);
  scales.forEach((s, i) => taken[i]!.push([0, H * s - 26, Math.max(scale.length * s, scaleLabelPx) + 14, H * s]));

  const dots: StateLayout['dots'] = [];
  const labels: Label[] = [];
  const unplaced: string[] = [];
  const outside: string[] = [];
  const placeIds = spec.places ?? [];
  // Dots first: every label keeps clear of every dot.
  for (const id of placeIds) {
    const p = places.get(id);
    if (!p) continue;
    const at = toView(projection([p.lon, p.lat])!);
    if (!inView(at, 4 / scales[0]!)) {
      outside.push(id);
      continue;
    }
    dots.push({ id, x: at[0], y: at[1] });
    take(at[0], at[1], DOT_PX + 2, DOT_PX + 2, 'c', 0);
  }
  // Then place names beside their dots, in the order the state lists them.
  for (const dot of dots) {
    const p = places.get(dot.id)!;
    const wPx = textWidth(p.name, LABEL_PX.place) + 2;
    const hPx = LABEL_PX.place * LINE;
    const anchor = PLACE_ANCHORS.find((an) => fits(dot.x, dot.y, wPx, hPx, an, GAP_PX));
    if (!anchor) {
      unplaced.push(p.name);
      continue;
    }
    take(dot.x, dot.y, wPx, hPx, anchor, GAP_PX);
    labels.push({ text: p.name, kind: 'place', x: dot.x, y: dot.y, anchor });
  }
  // Highlighted regions are named near their centre, inside them; a region too small for its name at phone width
  // (Sevastopol beside Crimea) goes unnamed on the map, as the table names it.
  const pathOf = geoPath(projection);
  for (const id of Object.keys(spec.regions ?? {})) {
    const shape = shapeOf(extent, id);
    if (!shape) continue;
    const name = regionLabelIn(id, locale);
    const main = largestPart(shape);
    const c = toView(pathOf.centroid(main) as [number, number]);
    const wPx = textWidth(name, LABEL_PX.region) + 2;
    const hPx = LABEL_PX.region * LINE;
    const s0 = scales[0]!;
    const required = pathOf.area(main) * view.k * view.k * s0 * s0 > 4 * wPx * hPx;
    const inside = ([x, y]: [number, number]) => {
      const ll = projection.invert!([(x - view.x) / view.k, (y - view.y) / view.k]);
      return !!ll && geoContains(shape, ll);
    };
    // Near the centre first, then anywhere in the part of the region in view, nearest the centre first.
    const tries: [number, number][] = [];
    for (const dy of [0, -1, 1, -2, 2]) for (const dx of [0, -0.5, 0.5, -1, 1]) tries.push([c[0] + (dx * wPx) / s0, c[1] + (dy * hPx) / s0]);
    const grid: [number, number][] = [];
    for (let gx = W / 40; gx < W; gx += W / 20) for (let gy = H / 30; gy < H; gy += H / 15) grid.push([gx, gy]);
    grid.sort((p, q) => Math.hypot(p[0] - c[0], p[1] - c[1]) - Math.hypot(q[0] - c[0], q[1] - c[1]));
    const at = [...tries, ...grid].find((p) => inView(p) && inside(p) && fits(p[0], p[1], wPx, hPx, 'c', 0));
    if (!at) {
      if (required && inView(c)) unplaced.push(name);
      continue;
    }
    take(at[0], at[1], wPx, hPx, 'c', 0);
    labels.push({ text: name, kind: 'region', x: at[0], y: at[1], anchor: 'c' });
  }
  // Neighbours and seas where they show and fit: they help, but a map without one is still right.
  if (extent === 'ukraine')
    for (const [key, lon, lat] of NEIGHBOUR_NAMES) {
      const name = words[key] as string;
      const at = toView(projection([lon, lat])!);
      const wPx = textWidth(name, LABEL_PX.neighbour, 400) + 2;
      const hPx = LABEL_PX.neighbour * LINE;
      if (!inView(at) || !fits(at[0], at[1], wPx, hPx, 'c', 0)) continue;
      take(at[0], at[1], wPx, hPx, 'c', 0);
      labels.push({ text: name, kind: 'neighbour', x: at[0], y: at[1], anchor: 'c' });
    }
  return { view, dots, labels, scale, unplaced, outside };
}

/** A region's largest polygon (Crimea without the Arabat Spit's slivers, Odesa without its islands). */
function largestPart(shape: Shape): Shape {
  if (shape.geometry.type !== 'MultiPolygon') return shape;
  const parts = shape.geometry.coordinates.map((c) => ({ ...shape, geometry: { type: 'Polygon' as const, coordinates: c } }));
  const area = (f: Shape) => geoPath().area(f);
  return parts.reduce((best, p) => (area(p) > area(best) ? p : best));
}
