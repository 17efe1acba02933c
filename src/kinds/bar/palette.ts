// The chart palette comes from the page's CSS custom properties, so page and charts share one set of colours
// in both themes. Claims get a hatch pattern: colour is never the only thing that marks them.
import { paletteFrom, type Palette } from './config';

type Fill = string | CanvasPattern;

function cssVar(el: Element, name: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || '#888';
}

function hatchPattern(canvas: HTMLCanvasElement, stroke: string, background: string): CanvasPattern | string {
  const size = 8;
  const tile = document.createElement('canvas');
  tile.width = tile.height = size * (window.devicePixelRatio > 1 ? 2 : 1);
  const ctx = tile.getContext('2d');
  const target = canvas.getContext('2d');
  if (!ctx || !target) return stroke;
  const s = tile.width;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, s, s);
  ctx.strokeStyle = stroke;
  ctx.lineWidth = s / 4;
  ctx.beginPath();
  // Diagonal lines that tile seamlessly across the corners.
  ctx.moveTo(-1, s + 1);
  ctx.lineTo(s + 1, -1);
  ctx.moveTo(s - 1, -1 + 0);
  ctx.moveTo(-s / 2, s / 2);
  ctx.lineTo(s / 2, -s / 2);
  ctx.moveTo(s / 2, s + s / 2);
  ctx.lineTo(s + s / 2, s / 2);
  ctx.stroke();
  return target.createPattern(tile, 'repeat') ?? stroke;
}

export function readPalette(host: Element, canvas: HTMLCanvasElement): Palette<Fill> {
  return paletteFrom(
    (name) => cssVar(host, `--${name}`),
    (stroke, background) => hatchPattern(canvas, stroke, background),
  );
}
