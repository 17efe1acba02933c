// A bar-chart state as a PNG, made at build time (Node only) with the browser's own chart setting: Chart.js with
// toBarData/toBarOptions (src/kinds/bar/config.ts) and the label plugin (src/kinds/bar/labels.ts), drawn on a
// Skia canvas (@napi-rs/canvas) in the page's font and colours. No second chart renderer.
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import type { BarChartState } from './types';
import { toBarData, toBarOptions } from './config';
import { labelsAboveBars } from './labels';
import { CHART_FONT, CHART_FONT_WEIGHTS } from './font';
import { picturePalette, type Theme } from './picture-palette';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface PictureOptions {
  /** CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel: 2 for screens. The PNG is width × scale by height × scale. */
  scale: number;
  theme: Theme;
}

let fontsRegistered = false;

/** The page's font files (the @fontsource woff2 that Base.astro serves), registered with Skia once. */
export function registerChartFonts(): void {
  if (fontsRegistered) return;
  const require = createRequire(import.meta.url);
  for (const weight of CHART_FONT_WEIGHTS) {
    const file = require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`);
    if (!GlobalFonts.registerFromPath(file, CHART_FONT)) throw new Error(`could not register the chart font ${file}`);
  }
  fontsRegistered = true;
}

/** Fills the canvas with the graphic's surface colour first: a picture is opaque, as the graphic is on the page. */
function background(color: string): Plugin<'bar'> {
  return {
    id: 'exPictureBackground',
    beforeDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
  };
}

export function renderBarPicture(state: BarChartState, options: PictureOptions): Buffer {
  registerChartFonts();
  const palette = picturePalette(options.theme, options.scale);
  const canvas = createCanvas(options.width, options.height);
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, {
    type: 'bar',
    data: toBarData(state, palette) as never,
    options: { ...toBarOptions(state, palette, true), responsive: false, animation: false, devicePixelRatio: options.scale } as never,
    plugins: [background(palette.background), labelsAboveBars as Plugin<'bar'>],
  });
  try {
    return canvas.encodeSync('png');
  } finally {
    chart.destroy();
  }
}
