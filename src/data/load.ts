// Reads the content collections once per build and joins them into the checked catalog.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { parse } from 'yaml';
import { buildCatalog, DATA_FILES, type Catalog } from './catalog';

/**
 * In `npm run dev`, pages first run the checks the build runs (src/data/check-site.ts), so a mistake made while the
 * server runs shows in the browser with its file, line and hint. A build has checked before it started.
 * Returns what the content is now: a fixed key in a build, the signature of content/ in dev.
 */
async function checkInDev(): Promise<string> {
  if (!import.meta.env.DEV) return 'build';
  const { checkSiteCached } = await import('./check-site');
  return checkSiteCached(process.cwd());
}

let cached: { key: string; catalog: Promise<Catalog> } | undefined;

/** The catalog, built once per build, and in dev once per change to content/ (not once per <Fig> on a page). */
export async function loadCatalog(): Promise<Catalog> {
  const key = await checkInDev();
  if (cached?.key !== key) cached = { key, catalog: read() };
  return cached.catalog;
}

/**
 * Astro's data store hands a collection back sorted by id; an editor expects the order of the file (two timeline
 * entries of one day read in the order they were written). Puts the entries back in the file's order.
 */
function inFileOrder<T extends { id: string }>(file: string, items: T[]): T[] {
  const ids = (parse(readFileSync(path.join(process.cwd(), file), 'utf8')) as { id?: unknown }[]).map((e) => e?.id);
  const at = (id: string) => {
    const i = ids.indexOf(id);
    return i < 0 ? ids.length : i;
  };
  return [...items].sort((a, b) => at(a.id) - at(b.id));
}

async function read(): Promise<Catalog> {
  const [sources, datasets, planPoints, timeline, updates] = await Promise.all([
    getCollection('sources'),
    getCollection('datasets'),
    getCollection('planPoints'),
    getCollection('timeline'),
    getCollection('updates'),
  ]);
  return buildCatalog({
    sources: sources.map((e) => e.data),
    datasets: datasets.map((e) => e.data),
    planPoints: inFileOrder(DATA_FILES.planPoints, planPoints.map((e) => e.data)),
    timeline: inFileOrder(DATA_FILES.timeline, timeline.map((e) => e.data)),
    updates: inFileOrder(DATA_FILES.updates, updates.map((e) => e.data)),
  });
}

export async function loadChapters(includeDrafts = import.meta.env.DEV) {
  await checkInDev();
  const all = await getCollection('chapters');
  return all.filter((c) => includeDrafts || !c.data.draft).sort((a, b) => a.data.order - b.data.order);
}
