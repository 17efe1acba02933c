// Reads the real data files from content/ the way the build does (same schemas, same catalog checks),
// so unit tests run the chart functions on the published figures.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { buildCatalog, type Catalog } from '../../src/data/catalog';
import { sourceSchema } from '../../src/schemas/source';
import { datasetSchema } from '../../src/schemas/value';
import { planPointSchema, timelineEntrySchema, updateSchema } from '../../src/schemas/notes';

const root = path.resolve(import.meta.dirname, '../../content/data');

function list<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  const raw = parse(readFileSync(path.join(root, file), 'utf8')) as unknown[];
  return raw.map((item) => schema.parse(item));
}

export function readRawCatalogInput() {
  return {
    sources: list('sources.yaml', sourceSchema),
    datasets: readdirSync(path.join(root, 'datasets'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => datasetSchema.parse(parse(readFileSync(path.join(root, 'datasets', f), 'utf8')))),
    planPoints: list('plan-points.yaml', planPointSchema),
    timeline: list('timeline.yaml', timelineEntrySchema),
    updates: list('updates.yaml', updateSchema),
  };
}

export function loadTestCatalog(): Catalog {
  return buildCatalog(readRawCatalogInput());
}
