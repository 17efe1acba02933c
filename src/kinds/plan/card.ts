// The plan kind on a social card: its points as a grid coloured by theme, with the key (on the page the grid is HTML).
import type { Catalog } from '../../reader/catalog';
import { THEMES } from '../../schemas/notes';
import { CHART_FONT_FAMILY } from '../font';
import { tokenColor } from '../tokens';
import type { CardArea } from '../types';
import { pointsInOrder } from './points';
import { themeLabels } from './themes';

const color = (name: string) => tokenColor('light', name);
const font = (weight: number, px: number) => `${weight} ${px}px ${CHART_FONT_FAMILY}`;

export function drawPlanCard({ ctx, x: left, y: areaTop, width, height }: CardArea, catalog: Catalog): void {
  const bottom = areaTop + height;
  const cells = pointsInOrder(catalog).map((p, i) => ({ number: p.point ?? i + 1, theme: p.theme }));
  const perRow = Math.ceil(cells.length / 2);
  const gap = 8;
  const side = Math.min((width - gap * (perRow - 1)) / perRow, (bottom - areaTop - 60 - gap) / 2);
  // Two rows and the key, centred in the space under the title.
  const top = areaTop + Math.max(0, (bottom - areaTop - (2 * side + gap + 48)) / 2);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  cells.forEach((cell, i) => {
    const x = left + (i % perRow) * (side + gap);
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
  let x = left;
  const y = top + 2 * side + gap + 36;
  ctx.textAlign = 'left';
  ctx.font = font(400, 22);
  const labels = themeLabels(catalog.locale);
  for (const [token, label] of THEMES.map((t) => [`ex-theme-${t}`, labels[t]] as const)) {
    ctx.fillStyle = color(token);
    ctx.fillRect(x, y - 9, 18, 18);
    ctx.fillStyle = color('ex-color-text-soft');
    ctx.fillText(label, x + 26, y);
    x += 26 + ctx.measureText(label).width + 26;
  }
}
