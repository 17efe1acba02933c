// The palette of the build-time pictures (Node): the same colour tokens as the page, read from
// src/styles/tokens.css, and the same claim hatch as src/kinds/bar/palette.ts draws in the browser.
import { createCanvas, type CanvasPattern } from '@napi-rs/canvas';
import { drawHatchTile, hatchTileSize, paletteFrom, type Palette } from './config';
import { themeTokens, tokenColor, type Theme } from '../tokens';

export { themeTokens, tokenColor, type Theme };
export type PictureFill = string | CanvasPattern;

/** The same hatch tile as the browser draws (drawHatchTile), on a Skia canvas. */
function hatchPattern(stroke: string, background: string, scale: number): PictureFill {
  const s = hatchTileSize(scale);
  const tile = createCanvas(s, s);
  const ctx = tile.getContext('2d');
  drawHatchTile(ctx, s, stroke, background);
  return ctx.createPattern(tile, 'repeat') ?? stroke;
}

export interface PicturePalette extends Palette<PictureFill> {
  /** The graphic's background (--ex-color-surface): pictures are opaque. */
  background: string;
}

export function picturePalette(theme: Theme, scale: number): PicturePalette {
  const token = (name: string) => tokenColor(theme, name);
  return { ...paletteFrom(token, (stroke, background) => hatchPattern(stroke, background, scale)), background: token('ex-color-surface') };
}
