// Reads the content collections once per build and joins them into the checked catalog.
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog';

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
    planPoints: planPoints.map((e) => e.data),
    timeline: timeline.map((e) => e.data),
    updates: updates.map((e) => e.data),
  });
}

export async function loadChapters(includeDrafts = import.meta.env.DEV) {
  await checkInDev();
  const all = await getCollection('chapters');
  return all.filter((c) => includeDrafts || !c.data.draft).sort((a, b) => a.data.order - b.data.order);
}
