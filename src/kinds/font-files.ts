// The chart font for what is drawn at build time (Node only): the @fontsource files the page serves, registered
// with Skia once, so pictures and social cards are set in the page's own font, in English and in Ukrainian.
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';
import { CHART_FONT, CHART_FONT_SUBSETS, CHART_FONT_WEIGHTS } from './font';

let fontsRegistered = false;

/** The page's font files (the @fontsource woff2 that src/styles/fonts.css serves), registered with Skia once. */
export function registerChartFonts(): void {
  if (fontsRegistered) return;
  const require = createRequire(import.meta.url);
  // Both subsets under the one family name: Skia takes a letter the Latin file lacks (Київ) from the Cyrillic one.
  for (const subset of CHART_FONT_SUBSETS)
    for (const weight of CHART_FONT_WEIGHTS) {
      const file = require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff2`);
      if (!GlobalFonts.registerFromPath(file, CHART_FONT)) throw new Error(`could not register the chart font ${file}`);
    }
  fontsRegistered = true;
}
