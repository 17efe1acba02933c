// Every state of every bar chart as a picture, made once per build: the endpoint that writes them into dist/
// (src/pages/[assets]/charts/[file].png.ts) and the pages that point at them read the same memo, so a page names
// exactly the file that was written. Each edition has its own pictures, drawn with its words (the catalog's locale):
// a Ukrainian picture's name ends `.uk.<hash>.png`, so both editions' pictures lie side by side in one folder.
import { createHash } from 'node:crypto';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale';
import type { Catalog } from '../../reader/catalog';
import type { ChartSet } from '../types';
import { statesOf } from '../common';
import type { BarChartState } from './types';
import { renderBarPicture } from './picture';
import type { Theme } from './picture-palette';

/** Sized for the sticky graphic (about 640 CSS px wide on a desktop), at 2× for screens. */
export const PICTURE_SIZE = { width: 640, height: 360, scale: 2 } as const;
/** Where pictures go in dist/, beside the bundled assets. */
export const PICTURE_DIR = '_assets/charts';

/** Every state of every chart drawn on a canvas, in chart and state order. */
export function allBarStates(site: ChartSet): BarChartState[] {
  return [...site.charts.values()]
    .filter((c) => c.kind.canvas)
    .flatMap((c) => Object.values(statesOf(c.chart, c.kind, site.catalog)) as BarChartState[]);
}

export interface Picture {
  /** File name in PICTURE_DIR, content-hashed: `territory-mod-vs-isw.1a2b3c4d.png`, `territory-mod-vs-isw.uk.1a2b3c4d.png`. */
  file: string;
  /** Path inside the site, without the base: `_assets/charts/territory-mod-vs-isw.1a2b3c4d.png`. */
  path: string;
  /** CSS pixels, for <img width height>; the PNG holds PICTURE_SIZE.scale times as many. */
  width: number;
  height: number;
  png: Buffer;
}

/** A state's picture in the light theme (for print, and by default), with its dark-theme twin. */
export interface StatePicture extends Picture {
  chart: string;
  state: string;
  /** The state's summary, the picture's alt text. */
  alt: string;
  dark: Picture;
}

/** `chart/state`, the key of chartPictures. */
export const pictureKey = (chart: string, state: string) => `${chart}/${state}`;

const memo = new WeakMap<Catalog, Map<string, StatePicture>>();

/** The part of a picture's name that says its edition: none for English, `.uk` for Ukrainian. */
const editionTag = (locale: Locale) => (locale === DEFAULT_LOCALE ? '' : `.${locale}`);

function picture(state: BarChartState, theme: Theme, locale: Locale): Picture {
  const png = renderBarPicture(state, { ...PICTURE_SIZE, theme });
  const hash = createHash('sha256').update(png).digest('hex').slice(0, 8);
  const file = `${state.chart}-${state.state}${theme === 'dark' ? '-dark' : ''}${editionTag(locale)}.${hash}.png`;
  return { file, path: `${PICTURE_DIR}/${file}`, width: PICTURE_SIZE.width, height: PICTURE_SIZE.height, png };
}

/**
 * Every bar-chart state's pictures, keyed `chart/state`, in the edition of the site's catalog (pass loadSite(locale)
 * for an edition's pictures); drawn on first use, once per catalog.
 */
export function chartPictures(site: ChartSet): Map<string, StatePicture> {
  const catalog = site.catalog;
  const locale = catalog.locale;
  let pictures = memo.get(catalog);
  if (!pictures) {
    pictures = new Map(
      allBarStates(site).map((s) => [
        pictureKey(s.chart, s.state),
        { ...picture(s, 'light', locale), chart: s.chart, state: s.state, alt: s.summary, dark: picture(s, 'dark', locale) },
      ]),
    );
    memo.set(catalog, pictures);
  }
  return pictures;
}

/**
 * One state's pictures in the edition of the site's catalog: statePicture(loadSite(locale), chart, state). Its
 * `path` (and `dark.path`) is the file's path inside the site, shared by the editions (give it to href() without a
 * locale). Undefined for a state that has none (only bar charts have pictures).
 */
export function statePicture(site: ChartSet, chart: string, state: string): StatePicture | undefined {
  return chartPictures(site).get(pictureKey(chart, state));
}

/** Every file to write for one edition: light and dark pictures of every state. */
export function pictureFiles(site: ChartSet): Picture[] {
  return [...chartPictures(site).values()].flatMap((p) => [p, p.dark]);
}
