// Draws a chapter's social card (1200×630 PNG, Node only, at build time): the explainer's name and the chapter's
// number, its title, and its key graphic, drawn by that chart's kind (its drawCard), or the standfirst.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Catalog } from '../reader/catalog';
import { CHART_FONT_FAMILY } from '../kinds/font';
import { registerChartFonts } from '../kinds/font-files';
import { tokenColor } from '../kinds/tokens';
import { CARD_SIZE, type CardGraphic } from './cards';
import { ui } from '../i18n/ui';

const THEME = 'light';
const MARGIN = 64;
const color = (name: string) => tokenColor(THEME, name);
const font = (weight: number, px: number) => `${weight} ${px}px ${CHART_FONT_FAMILY}`;

/** Greedy word wrap (exported for the story's card); the last line that fits gets an ellipsis when words are left over. */
export function wrap(ctx: SKRSContext2D, text: string, width: number, maxLines: number): string[] {
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

/** The card of a chapter as a 1200×630 PNG, in the catalog's edition (its words, and the chapter's as given). */
export async function renderChapterCard(
  catalog: Catalog,
  chapter: { title: string; order: number },
  graphic: CardGraphic,
  siteTitle: string,
): Promise<Buffer> {
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
  ctx.fillText(`${siteTitle} · ${ui(catalog.locale).chapterN(chapter.order)}`, MARGIN, 74);
  ctx.fillStyle = color('ex-color-text');
  ctx.font = font(700, 60);
  const lines = wrap(ctx, chapter.title, CARD_SIZE.width - 2 * MARGIN, 2);
  lines.forEach((line, i) => ctx.fillText(line, MARGIN, 148 + i * 68));
  const top = 148 + (lines.length - 1) * 68 + 40;
  const bottom = CARD_SIZE.height - 36;

  if (graphic.kind === 'chart') {
    await graphic.chartKind.drawCard!(
      { ctx, x: MARGIN, y: top, width: CARD_SIZE.width - 2 * MARGIN, height: bottom - top },
      graphic.state,
      graphic.chart,
      catalog,
    );
  } else {
    ctx.fillStyle = color('ex-color-text-soft');
    ctx.font = font(400, 34);
    wrap(ctx, graphic.text, CARD_SIZE.width - 2 * MARGIN, 6).forEach((line, i) => ctx.fillText(line, MARGIN, top + 40 + i * 48));
  }
  return canvas.encodeSync('png');
}
