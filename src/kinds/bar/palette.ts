// The chart palette comes from the page's CSS custom properties, so page and charts share one set of colours
// in both themes. Claims get a hatch pattern: colour is never the only thing that marks them.
import { drawHatchTile, hatchTileSize, paletteFrom, type Palette } from './config';

type Fill = string | CanvasPattern;

function cssVar(el: Element, name: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || '#888';
}

function hatchPattern(canvas: HTMLCanvasElement, stroke: string, background: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = hatchTileSize(window.devicePixelRatio);
  const ctx = tile.getContext('2d');
  const target = canvas.getContext('2d');
  if (!ctx || !target) return stroke;
  drawHatchTile(ctx, tile.width, stroke, background);
  return target.createPattern(tile, 'repeat') ?? stroke;
}

export function readPalette(host: Element, canvas: HTMLCanvasElement): Palette<Fill> {
  return paletteFrom(
    (name) => cssVar(host, `--${name}`),
    (stroke, background) => hatchPattern(canvas, stroke, background),
  );
}
