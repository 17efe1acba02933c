// The story's own card (1200×630 PNG, Node only, at build time) for an edition that has no drawn one: the elements of
// the English card (public/social-card.png, from scripts/social-card.html) in the edition's words: the kicker, the
// publication's title, a hatched bar for a claim over a solid one for an estimate, the story's dateline and the key.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Catalog } from '../reader/catalog';
import type { SiteFacts } from '../schemas/site';
import { formatDate, KIND_WORDS } from '../lib/format';
import { ui } from '../i18n/ui';
import { CHART_FONT_FAMILY } from '../kinds/font';
import { registerChartFonts } from '../kinds/font-files';
import { tokenColor } from '../kinds/tokens';
import { drawHatchTile } from '../kinds/bar/config';
import { CARD_SIZE } from './cards';
import { wrap } from './card-picture';

const color = (name: string) => tokenColor('light', name);
const font = (weight: number, px: number) => `${weight} ${px}px ${CHART_FONT_FAMILY}`;
const LEFT = 80;

/** A bar of the card: hatched and outlined for a claim (as on the charts), solid for an estimate. */
function bar(ctx: SKRSContext2D, x: number, y: number, width: number, height: number, claim: boolean): void {
  const ink = color(claim ? 'ex-color-claim' : 'ex-color-estimate');
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(x, y, width, height, 5);
  if (claim) {
    const tile = createCanvas(20, 20);
    drawHatchTile(tile.getContext('2d'), 20, ink, color('ex-color-hatch-bg'));
    ctx.fillStyle = ctx.createPattern(tile, 'repeat') ?? ink;
    ctx.fill();
    ctx.lineWidth = 3;
    ctx.strokeStyle = ink;
    ctx.stroke();
  } else {
    ctx.fillStyle = ink;
    ctx.fill();
  }
  ctx.restore();
}

/** The story's card in the catalog's edition, with the edition's site facts (its title and dateline). */
export function renderStoryCard(catalog: Pick<Catalog, 'locale'>, site: Pick<SiteFacts, 'title' | 'dateline'>): Buffer {
  registerChartFonts();
  const locale = catalog.locale;
  const words = ui(locale);
  const { width: W, height: H } = CARD_SIZE;
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = color('ex-color-bg');
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = color('ex-color-estimate');
  ctx.fillRect(0, 0, W, 18);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';

  ctx.fillStyle = color('ex-color-text-soft');
  ctx.font = font(600, 30);
  ctx.fillText(words.kicker, LEFT, 122);
  ctx.fillStyle = color('ex-color-text');
  ctx.font = font(700, 68);
  const lines = wrap(ctx, site.title, W - 2 * LEFT, 3);
  lines.forEach((line, i) => ctx.fillText(line, LEFT, 206 + i * 74));

  const barsTop = 206 + (lines.length - 1) * 74 + 50;
  bar(ctx, LEFT, barsTop, 640, 34, true);
  bar(ctx, LEFT, barsTop + 48, 466, 34, false);

  // The dateline at the left of the foot, the key at its right.
  const foot = H - 76;
  ctx.font = font(400, 30);
  ctx.fillStyle = color('ex-color-text-soft');
  ctx.fillText(`${words.asOf} ${formatDate(site.dateline, true, locale)}`, LEFT, foot);
  const key = [
    { label: KIND_WORDS[locale].claim, claim: true },
    { label: KIND_WORDS[locale].estimate, claim: false },
  ];
  let x = W - LEFT - key.reduce((sum, k) => sum + 22 + 8 + ctx.measureText(k.label).width, 0) - 24;
  for (const k of key) {
    bar(ctx, x, foot - 22, 22, 22, k.claim);
    ctx.fillStyle = color('ex-color-text-soft');
    ctx.fillText(k.label, x + 30, foot);
    x += 30 + ctx.measureText(k.label).width + 24;
  }
  return canvas.encodeSync('png');
}
