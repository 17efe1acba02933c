// Two projects: fast unit tests of pure functions, and browser tests that build the site and drive Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Some unit tests draw every state's picture or parse the whole of content/: seconds on a loaded 2-core
          // machine. A time limit here only catches a hang; speed is measured by `npm run bench`.
          testTimeout: 30_000,
          // src/kinds/bar/picture-palette.ts reads the colour tokens as `tokens.css?raw`, as the build does.
          css: { include: [/src\/styles\/tokens\.css/] },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: our machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
