// The chapters and their translations: Astro renders the MDX. Everything else in content/ is read once, with
// lines, by the one reader (src/reader/read-content.ts) and checked before Astro starts (src/checks/site.ts).
// A translation (01-peace-plan.uk.mdx) sits beside its chapter; its frontmatter holds only its words.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, translatedChapterSchema } from './schemas/chapter';
import { CHAPTERS_DIR } from './content-paths';

export const collections = {
  chapters: defineCollection({ loader: glob({ pattern: ['*.mdx', '!*.*.mdx'], base: `./${CHAPTERS_DIR}` }), schema: chapterSchema }),
  translations: defineCollection({ loader: glob({ pattern: '*.*.mdx', base: `./${CHAPTERS_DIR}` }), schema: translatedChapterSchema }),
};
