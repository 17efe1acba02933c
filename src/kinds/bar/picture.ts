// A bar-chart state as a PNG, made at build time (Node only) with the browser's own chart setting: Chart.js with
// toBarData/toBarOptions (src/kinds/bar/config.ts) and the label plugin (src/kinds/bar/labels.ts), drawn on a
// Skia canvas (@napi-rs/canvas) in the page's font and colours. No second chart renderer.
import { createCanvas } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import type { BarChartState } from './types';
import { toBarData, toBarOptions } from './config';
import { labelsAboveBars } from './labels';
import { registerChartFonts } from '../font-files';
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
