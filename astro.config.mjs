// @ts-check
// Site and base come from the environment so one build can serve the root of a domain or a sub-path:
//   SITE_URL=https://example.github.io BASE_PATH=/explainer/ npm run build
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkExplainer from './src/integration/remark-explainer.ts';
import contentChecks from './src/integration/integration.ts';

const site = process.env.SITE_URL || 'http://localhost';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', assets: '_assets' },
  // The unified (remark) pipeline runs our chapter checker; Astro 7's default MDX processor runs no remark plugins.
  markdown: { processor: unified({ remarkPlugins: [remarkExplainer] }) },
  // contentChecks runs first: it checks every chapter and data file, with lines, before Astro reads them.
  integrations: [contentChecks(), mdx()],
  vite: {
    build: {
      // One stylesheet for every page: the one-page story's chapter bodies arrive after load (src/client/story-parts.ts)
      // and need the styles of components its first document does not hold; one file is also one request, not three.
      cssCodeSplit: false,
      // Never a script inline, however small: the CSP allows only the site's own files (src/layouts/Base.astro).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Astro's own MDX output carries a "use astro:head-inject" directive that the bundler warns about on every
        // chapter; the warning is Astro's, not the editor's, and would bury real messages.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
