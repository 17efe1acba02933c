// Reading PNGs in tests: the size from the header, and pixels through @napi-rs/canvas.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { RGB } from '../../src/lib/color';

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export async function pngPixels(png: Buffer) {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const { data } = ctx.getImageData(0, 0, img.width, img.height);
  const at = (x: number, y: number): RGB => {
    const i = (y * img.width + x) * 4;
    return [data[i]!, data[i + 1]!, data[i + 2]!];
  };
  return { width: img.width, height: img.height, at };
}
