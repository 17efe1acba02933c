// The map kind on a social card: the state's view drawn on the card's canvas from the same paths and layout as the
// page (Path2D reads SVG path data), in the light theme, with its dots and place names.
import { Path2D } from '@napi-rs/canvas';
import type { Catalog } from '../../reader/catalog';
import { CHART_FONT_FAMILY } from '../font';
import { registerChartFonts } from '../font-files';
import { tokenColor } from '../tokens';
import type { CardArea } from '../types';
import type { MapChartFile, MapState } from './index';
import { mapLayouts } from './index';
import { LABEL_PX, mapGeometry } from './layout';

const color = (name: string) => tokenColor('light', name);

export function drawMapCard({ ctx, x, y, width, height }: CardArea, state: MapState, spec: MapChartFile, catalog: Catalog): void {
  registerChartFonts();
  const g = mapGeometry(spec.extent);
  const layout = mapLayouts(spec, catalog).get(state.state)!;
  const s = Math.min(width / g.width, height / g.height);
  const ox = x + (width - g.width * s) / 2;
  const oy = y + (height - g.height * s) / 2;
  ctx.save();
  ctx.beginPath();
  ctx.rect(ox, oy, g.width * s, g.height * s);
  ctx.clip();
  ctx.fillStyle = color('ex-color-bg');
  ctx.fillRect(ox, oy, g.width * s, g.height * s);
  ctx.save();
  ctx.translate(ox + layout.view.x * s, oy + layout.view.y * s);
  ctx.scale(layout.view.k * s, layout.view.k * s);
  const line = (px: number) => px / (layout.view.k * s);
  const fill = (d: string, c: string) => {
    ctx.fillStyle = c;
    ctx.fill(new Path2D(d));
  };
  const stroke = (d: string, c: string, px: number) => {
    ctx.strokeStyle = c;
    ctx.lineWidth = line(px);
    ctx.stroke(new Path2D(d));
  };
  fill(g.others, color('ex-color-grid'));
  if (spec.extent === 'ukraine') fill(g.outline, color('ex-color-surface'));
  for (const [rid, cat] of Object.entries(state.regions)) {
    const c = spec.categories.find((k) => k.id === cat)!;
    const d = g.regions.get(rid)!;
    const ink = color(`ex-color-${c.color}`);
    fill(d, c.style === 'solid' ? ink : color('ex-color-hatch-bg'));
    if (c.style === 'solid') continue;
    // Hatching or dots, clipped to the region, spaced in card pixels whatever the zoom.
    ctx.save();
    ctx.clip(new Path2D(d));
    ctx.strokeStyle = ink;
    ctx.fillStyle = ink;
    ctx.lineWidth = line(2);
    const step = line(9);
    for (let t = -g.height; t < g.width + g.height; t += step) {
      if (c.style === 'hatch') {
        ctx.beginPath();
        ctx.moveTo(t, 0);
        ctx.lineTo(t - g.height, g.height);
        ctx.stroke();
      } else
        for (let v = 0; v < g.height; v += step) {
          ctx.beginPath();
          ctx.arc(t, v, line(1.8), 0, Math.PI * 2);
          ctx.fill();
        }
    }
    ctx.restore();
  }
  stroke(g.countryBorders, color('ex-color-dim'), 1);
  if (g.regionBorders) stroke(g.regionBorders, color('ex-color-rule'), 1);
  stroke(g.outline, color('ex-color-text'), 2);
  ctx.restore();
  // Dots and names in card pixels.
  const at = (px: number, py: number) => [ox + px * s, oy + py * s] as const;
  ctx.fillStyle = color('ex-color-text');
  for (const d of layout.dots) {
    const [cx, cy] = at(d.x, d.y);
    ctx.beginPath();
    ctx.arc(cx, cy, 6, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.textBaseline = 'middle';
  for (const l of layout.labels.filter((l) => l.kind === 'place')) {
    const [cx, cy] = at(l.x, l.y);
    ctx.font = `600 ${LABEL_PX.place * 2}px ${CHART_FONT_FAMILY}`;
    const w = ctx.measureText(l.text).width;
    const gap = 10;
    const tx = l.anchor.includes('e') ? cx + gap : l.anchor.includes('w') ? cx - gap - w : cx - w / 2;
    const ty = l.anchor.includes('n') ? cy - gap - (l.anchor === 'n' ? 14 : 0) : l.anchor.includes('s') ? cy + gap + (l.anchor === 's' ? 14 : 0) : cy;
    ctx.lineWidth = 5;
    ctx.strokeStyle = color('ex-color-surface');
    ctx.strokeText(l.text, tx, ty);
    ctx.fillStyle = color('ex-color-text');
    ctx.fillText(l.text, tx, ty);
  }
  ctx.restore();
}
