// npm run translations [-- --strict]
// Prints the translation status of each edition: every translated text whose English original changed after it was
// translated, with both files and lines (src/checks/translation-status.ts). `--strict` exits 1 when any is listed.
// The build prints the same list. Runs the project's TypeScript through Vite's module runner, as the build does.
import { runnerImport } from 'vite';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const { module: status } = await runnerImport<typeof import('../src/checks/translation-status.ts')>('/src/checks/translation-status.ts', {
  root,
  configFile: false,
  logLevel: 'error',
});
const { module: locales } = await runnerImport<typeof import('../src/i18n/locale.ts')>('/src/i18n/locale.ts', {
  root,
  configFile: false,
  logLevel: 'error',
});

let stale = 0;
for (const locale of locales.LOCALES.filter((l) => l !== locales.DEFAULT_LOCALE)) {
  const result = status.translationStatus(root, locale);
  console.log(result.text);
  stale += result.stale.length;
}
if (stale && process.argv.includes('--strict')) process.exit(1);
