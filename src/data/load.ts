// Reads the content collections once per build and joins them into the checked catalog.
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog';

/**
 * In `npm run dev`, every page first runs the checks the build runs (src/data/check-site.ts), so a mistake made
 * while the server runs shows in the browser with its file, line and hint. A build has checked before it started.
 */
async function checkInDev(): Promise<void> {
  if (!import.meta.env.DEV) return;
  const { checkSiteCached } = await import('./check-site');
  checkSiteCached(process.cwd());
}

let cached: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  // In dev the files change under us, so read them afresh; a build reads them once for every page.
  if (import.meta.env.DEV || !cached) cached = read();
  return cached;
}

async function read(): Promise<Catalog> {
  await checkInDev();
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
