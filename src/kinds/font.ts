// The one font of charts, on the page and in the pictures made at build time (src/kinds/bar/picture.ts):
// Source Sans 3, served from dist/ (@fontsource, its faces in src/styles/fonts.css) and registered with the
// build-time canvas from the same files. The rest of the stack is the page's fallback while the font loads.
export const CHART_FONT = 'Source Sans 3';
export const CHART_FONT_FAMILY = `"${CHART_FONT}", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
/** The weights charts draw in, each one @fontsource file per subset. */
export const CHART_FONT_WEIGHTS = [400, 600, 700] as const;
/** The @fontsource subsets the build-time pictures draw with: Latin for English, Cyrillic for the Ukrainian edition. */
export const CHART_FONT_SUBSETS = ['latin', 'cyrillic'] as const;
