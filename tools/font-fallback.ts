// Prints the @font-face rules of src/styles/fonts.css: a local fallback face for each weight of Source Sans 3,
// scaled so the fallback's letters take the web font's room and its lines the web font's height. Run it after
// changing the font or its weights: `node tools/font-fallback.ts` (it reads the fallback font from this machine:
// Debian's fonts-liberation, metric-compatible with Arial).
import { fromFile } from '@capsizecss/unpack/fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const webFont = (weight: number) => path.join(root, `node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`);
const LIBERATION = '/usr/share/fonts/truetype/liberation';
/** Each weight the page uses, and the local face that stands in for it (Arial, else Liberation Sans). */
const FACES = [
  { weight: 400, file: 'LiberationSans-Regular.ttf', local: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans'] },
  { weight: 600, file: 'LiberationSans-Bold.ttf', local: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold'] },
  { weight: 700, file: 'LiberationSans-Bold.ttf', local: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold'] },
];
const pct = (n: number) => `${(n * 100).toFixed(2)}%`;

for (const face of FACES) {
  const web = await fromFile(webFont(face.weight));
  const fallback = await fromFile(path.join(LIBERATION, face.file));
  const sizeAdjust = web.xWidthAvg / web.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  console.log(`@font-face {
  font-family: 'Source Sans 3 fallback';
  font-weight: ${face.weight};
  src: ${face.local.map((l) => `local('${l}')`).join(', ')};
  size-adjust: ${pct(sizeAdjust)};
  ascent-override: ${pct(web.ascent / web.unitsPerEm / sizeAdjust)};
  descent-override: ${pct(Math.abs(web.descent) / web.unitsPerEm / sizeAdjust)};
  line-gap-override: ${pct(web.lineGap / web.unitsPerEm / sizeAdjust)};
}`);
}
