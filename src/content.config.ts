// Content collections: what editors write in content/, each checked by its zod schema (src/schemas/).
// Cross-file checks (unknown source ids, duplicate value ids) follow in src/data/catalog.ts.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { sourceSchema } from './schemas/source';
import { datasetSchema } from './schemas/value';
import { planPointSchema, timelineEntrySchema, updateSchema } from './schemas/notes';

export const collections = {
  chapters: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/chapters' }), schema: chapterSchema }),
  sources: defineCollection({ loader: file('./content/data/sources.yaml'), schema: sourceSchema }),
  datasets: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/data/datasets' }), schema: datasetSchema }),
  planPoints: defineCollection({ loader: file('./content/data/plan-points.yaml'), schema: planPointSchema }),
  timeline: defineCollection({ loader: file('./content/data/timeline.yaml'), schema: timelineEntrySchema }),
  updates: defineCollection({ loader: file('./content/data/updates.yaml'), schema: updateSchema }),
};
