// ESLint for the whole project (run by `npm test`): typescript-eslint's recommended rules, the Astro plugin for
// .astro files, browser globals for the code that runs in the page, Node globals for the rest, and one rule of our
// own: imports point one way, from content to page (docs/architecture.md draws the layers).
import path from 'node:path';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/**
 * The layers of src/, lowest first. A file may import from its own layer or a lower one, never from a higher one.
 * The browser's code (src/client/ and each kind's client.ts) sits on top; nothing on the server imports it.
 */
const LAYERS = [
  ['src/lib', 'src/schemas', 'src/i18n', 'src/site.ts', 'src/content-paths.ts'],
  ['src/reader'],
  ['src/figures'],
  ['src/views'],
  ['src/kinds'],
  ['src/mdx'],
  ['src/checks'],
  ['src/integration', 'src/social'],
  ['src/components', 'src/layouts', 'src/editions', 'src/pages', 'src/content.config.ts'],
  ['src/client'],
];

const root = import.meta.dirname;
const layerOf = (file) => {
  const rel = path.relative(root, file).split(path.sep).join('/');
  // A kind's browser renderer runs in the page: it is part of the browser layer.
  if (/^src\/kinds\/[^/]+\/client\.ts$/.test(rel)) return LAYERS.length - 1;
  return LAYERS.findIndex((homes) => homes.some((h) => rel === h || rel.startsWith(`${h}/`) || rel.startsWith(`${h}.`)));
};

const layers = {
  rules: {
    'imports-point-down': {
      meta: {
        type: 'problem',
        messages: { up: '{{from}} (layer {{a}}) imports {{to}} (layer {{b}}): imports point from content to page, never back up.' },
      },
      create(context) {
        const check = (node) => {
          const spec = node.source?.value;
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          const from = context.filename;
          const to = path.resolve(path.dirname(from), spec);
          const [a, b] = [layerOf(from), layerOf(to)];
          if (a >= 0 && b > a)
            context.report({
              node,
              messageId: 'up',
              data: { from: path.relative(root, from), to: path.relative(root, to), a: String(a), b: String(b) },
            });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

/** Code that runs in the reader's browser: linted with browser globals, and without Node's. */
const BROWSER = [
  'src/client/**/*.ts',
  'src/kinds/*/client.ts',
  'src/kinds/*/chart.ts',
  'src/kinds/*/lazy.ts',
  'src/kinds/*/palette.ts',
  'src/kinds/renderers.ts',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'tests/fixtures/', 'public/embed.js'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { ignores: BROWSER, languageOptions: { globals: { ...globals.node } } },
  { files: BROWSER, languageOptions: { globals: { ...globals.browser } } },
  {
    plugins: { layers },
    rules: {
      'layers/imports-point-down': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
);
