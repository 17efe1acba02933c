// The palette of the build-time pictures (Node): the same colour tokens as the page, read from
// src/styles/tokens.css, and the same claim hatch as src/kinds/bar/palette.ts draws in the browser.
import { createCanvas, type CanvasPattern } from '@napi-rs/canvas';
import { paletteFrom, type Palette } from './config';
import { themeTokens, tokenColor, type Theme } from '../tokens';

export { themeTokens, tokenColor, type Theme };
export type PictureFill = string | CanvasPattern;

/** The browser's hatch tile (src/kinds/bar/palette.ts hatchPattern), line for line: 8 px, doubled above 1×. */
function hatchPattern(stroke: string, background: string, scale: number): PictureFill {
  const s = 8 * (scale > 1 ? 2 : 1);
  const tile = createCanvas(s, s);
  const ctx = tile.getContext('2d');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, s, s);
  ctx.strokeStyle = stroke;
  ctx.lineWidth = s / 4;
  ctx.beginPath();
  // Diagonal lines that tile seamlessly across the corners.
  ctx.moveTo(-1, s + 1);
  ctx.lineTo(s + 1, -1);
  ctx.moveTo(-s / 2, s / 2);
  ctx.lineTo(s / 2, -s / 2);
  ctx.moveTo(s / 2, s + s / 2);
  ctx.lineTo(s + s / 2, s / 2);
  ctx.stroke();
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
