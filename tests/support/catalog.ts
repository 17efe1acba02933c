// The published content, read and checked the way the build does (src/checks/site.ts through the one reader),
// so unit tests run the chart kinds on the published figures.
import path from 'node:path';
import { checkSite } from '../../src/checks/site';
import { readContent } from '../../src/reader/read-content';
import type { Catalog } from '../../src/reader/catalog';
import type { StateBase } from '../../src/kinds/types';
import type { Locale } from '../../src/i18n/locale';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** The published content in an edition (English by default; 'uk': the Ukrainian words laid over it). */
export const loadTestSite = (locale: Locale = 'en') => checkSite(projectRoot, locale);

export function loadTestCatalog(): Catalog {
  return loadTestSite().catalog;
}

/** Every state of every chart, computed by its kind, keyed `chart` → `state`. */
export function allStates(): Record<string, Record<string, StateBase>> {
  const site = loadTestSite();
  return Object.fromEntries([...site.charts].map(([id, c]) => [id, c.kind.states(c.chart, site.catalog)]));
}

/** The published data files as parsed (before the catalog joins them), for tests that change one thing in them. */
export function readRawCatalogInput() {
  const input = readContent(projectRoot).data.input;
  if (!input) throw new Error('the published content has mistakes: run npm run build to see them');
  return structuredClone(input);
}
