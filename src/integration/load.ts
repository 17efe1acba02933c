// What the pages read: the checked site (src/checks/site.ts, through the one reader of content/ and its cache),
// the chapters as Astro's collection renders them, and every chart's computed states.
// In `npm run dev` a mistake made while the server runs throws here, so every page shows it with its file and line.
import { getCollection } from 'astro:content';
import { checkSiteCached, type CheckedChapter, type SiteRead } from '../checks/site';
import type { Catalog } from '../reader/catalog';
import type { CheckedChart } from '../checks/charts';
import type { StateBase } from '../kinds/types';
import { statesOf } from '../kinds/common';
import { attr, walkComponents } from '../checks/chapter';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';

const root = () => process.cwd();

const built = new Map<Locale, SiteRead>();

/**
 * The checked site, in an edition. A build reads content/ once (it cannot change while pages render); `npm run
 * dev` asks the cache, which reads again only when a file in content/ has changed, so every <Fig> does not walk
 * content/.
 */
export function loadSite(locale: Locale = DEFAULT_LOCALE): SiteRead {
  if (import.meta.env.DEV) return checkSiteCached(root(), locale);
  if (!built.has(locale)) built.set(locale, checkSiteCached(root(), locale));
  return built.get(locale)!;
}

export async function loadCatalog(locale: Locale = DEFAULT_LOCALE): Promise<Catalog> {
  return loadSite(locale).catalog;
}

/** A chart, its kind and every one of its states, computed once per content change. */
export function loadChart(id: string, locale: Locale = DEFAULT_LOCALE): CheckedChart & { states: Record<string, StateBase> } {
  const site = loadSite(locale);
  const checked = site.charts.get(id);
  if (!checked) throw new Error(`no chart \`${id}\`: the checks should have stopped the build before this page.`);
  return { ...checked, states: statesOf(checked.chart, checked.kind, site.catalog) };
}

/** The ids of the charts the published chapters show, in page order (drafts' charts get no CSV or embed page). */
export async function publishedCharts(): Promise<string[]> {
  const ids = new Set<string>();
  for (const c of await loadChapters(false))
    walkComponents(c.checked.tree, (node) => {
      const id = node.name === 'Scrolly' ? attr(node, 'chart') : undefined;
      if (id) ids.add(id);
    });
  return [...ids];
}

/** The published chapter whose page tells each chart's story, by chart id (the embed page links to it). */
export async function chartChapters(locale: Locale = DEFAULT_LOCALE): Promise<Map<string, string>> {
  const homes = new Map<string, string>();
  for (const c of await loadChapters(false, locale))
    walkComponents(c.checked.tree, (node) => {
      const id = node.name === 'Scrolly' ? attr(node, 'chart') : undefined;
      if (id && !homes.has(id)) homes.set(id, c.data.slug);
    });
  return homes;
}

/**
 * The published chapters of an edition, in order, each as Astro's collection holds it (to render) with its checked
 * reading (`checked`) and its frontmatter (`data`: the English chapter's, with a translation's words laid over).
 */
export async function loadChapters(includeDrafts = import.meta.env.DEV, locale: Locale = DEFAULT_LOCALE) {
  const site = loadSite(locale);
  const byFile = new Map<string, CheckedChapter>(site.chapters.map((c) => [c.file.replace(/^content\/chapters\//, ''), c]));
  const entries = locale === DEFAULT_LOCALE ? await getCollection('chapters') : await getCollection('translations');
  return entries
    .flatMap((c) => {
      const checked = byFile.get(c.filePath?.split('/').pop() ?? '');
      return checked && (includeDrafts || !checked.meta.draft) ? [{ ...c, data: checked.meta, checked }] : [];
    })
    .sort((a, b) => a.data.order - b.data.order);
}
