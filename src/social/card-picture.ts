// Draws a chapter's social card (1200×630 PNG, Node only, at build time): the explainer's name and the chapter's
// number, its title, and its key graphic: a bar-chart state drawn by the chart pictures' renderer, the plan's 28
// points as a grid coloured by theme (for the card only; on the page the grid is HTML), or the standfirst.
import { createCanvas, loadImage, type SKRSContext2D } from '@napi-rs/canvas';
import type { Catalog } from '../reader/catalog';
import { pointsInOrder } from '../kinds/plan/points';
import { THEME_LABELS } from '../kinds/plan/themes';
import { THEMES } from '../schemas/notes';
import { SITE } from '../site';
import { CHART_FONT_FAMILY } from '../kinds/bar/font';
import { registerChartFonts, renderBarPicture } from '../kinds/bar/picture';
import { tokenColor } from '../kinds/bar/picture-palette';
import { CARD_SIZE, type CardGraphic } from './cards';

const THEME = 'light';
const MARGIN = 64;
const color = (name: string) => tokenColor(THEME, name);
const font = (weight: number, px: number) => `${weight} ${px}px ${CHART_FONT_FAMILY}`;

/** Greedy word wrap; the last line that fits gets an ellipsis when words are left over. */
function wrap(ctx: SKRSContext2D, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (ctx.measureText(next).width <= width || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines) {
      lines[maxLines - 1] = `${lines[maxLines - 1]}…`;
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function drawPlanGrid(ctx: SKRSContext2D, catalog: Catalog, areaTop: number, bottom: number): void {
  const cells = pointsInOrder(catalog).map((p, i) => ({ number: p.point ?? i + 1, theme: p.theme }));
  const perRow = Math.ceil(cells.length / 2);
  const gap = 8;
  const width = CARD_SIZE.width - 2 * MARGIN;
  const side = Math.min((width - gap * (perRow - 1)) / perRow, (bottom - areaTop - 60 - gap) / 2);
  // Two rows and the key, centred in the space under the title.
  const top = areaTop + Math.max(0, (bottom - areaTop - (2 * side + gap + 48)) / 2);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  cells.forEach((cell, i) => {
    const x = MARGIN + (i % perRow) * (side + gap);
    const y = top + Math.floor(i / perRow) * (side + gap);
    ctx.fillStyle = color(`ex-theme-${cell.theme}`);
    ctx.beginPath();
    ctx.roundRect(x, y, side, side, 6);
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.font = font(600, Math.round(side * 0.36));
    ctx.fillText(String(cell.number), x + side / 2, y + side / 2);
  });
  // The key, one line under the grid.
  let x = MARGIN;
  const y = top + 2 * side + gap + 36;
  ctx.textAlign = 'left';
  ctx.font = font(400, 22);
  for (const [token, label] of THEMES.map((t) => [`ex-theme-${t}`, THEME_LABELS[t]] as const)) {
    ctx.fillStyle = color(token);
    ctx.fillRect(x, y - 9, 18, 18);
    ctx.fillStyle = color('ex-color-text-soft');
    ctx.fillText(label, x + 26, y);
    x += 26 + ctx.measureText(label).width + 26;
  }
}

/** The card of a chapter as a 1200×630 PNG. */
export async function renderChapterCard(catalog: Catalog, chapter: { title: string; order: number }, graphic: CardGraphic): Promise<Buffer> {
  registerChartFonts();
  const canvas = createCanvas(CARD_SIZE.width, CARD_SIZE.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = color('ex-color-bg');
  ctx.fillRect(0, 0, CARD_SIZE.width, CARD_SIZE.height);
  ctx.fillStyle = color('ex-color-claim');
  ctx.fillRect(0, 0, CARD_SIZE.width, 10);

  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = color('ex-color-text-soft');
  ctx.font = font(600, 26);
  ctx.fillText(`${SITE.title} · Chapter ${chapter.order}`, MARGIN, 74);
  ctx.fillStyle = color('ex-color-text');
  ctx.font = font(700, 60);
  const lines = wrap(ctx, chapter.title, CARD_SIZE.width - 2 * MARGIN, 2);
  lines.forEach((line, i) => ctx.fillText(line, MARGIN, 148 + i * 68));
  const top = 148 + (lines.length - 1) * 68 + 40;
  const bottom = CARD_SIZE.height - 36;

  if (graphic.kind === 'bar') {
    // The chart's own renderer at 1.5×, so its 12 px labels read at 18 px on the card.
    const scale = 1.5;
    const png = renderBarPicture(graphic.state, { width: Math.round((CARD_SIZE.width - 2 * MARGIN) / scale), height: Math.round((bottom - top) / scale), scale, theme: THEME });
    const image = await loadImage(png);
    ctx.fillStyle = color('ex-color-surface');
    ctx.fillRect(MARGIN - 16, top - 12, image.width + 32, image.height + 24);
    ctx.drawImage(image, MARGIN, top);
  } else if (graphic.kind === 'plan') {
    drawPlanGrid(ctx, catalog, top, bottom);
  } else {
    ctx.fillStyle = color('ex-color-text-soft');
    ctx.font = font(400, 34);
    wrap(ctx, graphic.text, CARD_SIZE.width - 2 * MARGIN, 6).forEach((line, i) => ctx.fillText(line, MARGIN, top + 40 + i * 48));
  }
  return canvas.encodeSync('png');
}
