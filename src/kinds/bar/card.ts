// The bar kind on a social card: the state drawn by the chart pictures' renderer, at 1.5× so its labels read.
import { loadImage } from '@napi-rs/canvas';
import { tokenColor } from '../tokens';
import type { CardArea } from '../types';
import { renderBarPicture } from './picture';
import type { BarChartState } from './types';

export async function drawBarCard({ ctx, x, y, width, height }: CardArea, state: BarChartState): Promise<void> {
  const scale = 1.5;
  const png = renderBarPicture(state, { width: Math.round(width / scale), height: Math.round(height / scale), scale, theme: 'light' });
  const image = await loadImage(png);
  ctx.fillStyle = tokenColor('light', 'ex-color-surface');
  ctx.fillRect(x - 16, y - 12, image.width + 32, image.height + 24);
  ctx.drawImage(image, x, y);
}
