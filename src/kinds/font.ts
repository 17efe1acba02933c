// The one font of charts, on the page and in the pictures made at build time (src/kinds/bar/picture.ts):
// Source Sans 3, served from dist/ (@fontsource, its faces in src/styles/fonts.css) and registered with the
// build-time canvas from the same files. The page's own text does not use it (fonts.css): a chart asks for its faces
// when first drawn, and draws again once they are in. The rest of the stack is for the moment before.
export const CHART_FONT = 'Source Sans 3';
export const CHART_FONT_FAMILY = `"${CHART_FONT}", "${CHART_FONT} fallback", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
/** The weights charts draw in, each one @fontsource file per subset. */
export const CHART_FONT_WEIGHTS = [400, 600, 700] as const;
/** The @fontsource subsets the build-time pictures draw with: Latin for English, Cyrillic for the Ukrainian edition. */
export const CHART_FONT_SUBSETS = ['latin', 'cyrillic'] as const;
