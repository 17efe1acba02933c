// Frontmatter of a chapter file in content/chapters/.
import { z } from 'astro/zod';
import { idSchema, isoDateSchema } from './common';

export const chapterSchema = z.strictObject({
  title: z.string().min(1),
  order: z.number().int().positive(),
  slug: idSchema,
  standfirst: z.string().min(1),
  draft: z.boolean().default(false),
  /** The chapter's own "as of" date, when it runs later than the story's (content/site.yaml). */
  dateline: isoDateSchema.optional(),
});
export type ChapterMeta = z.infer<typeof chapterSchema>;

/**
 * Frontmatter of a chapter's translation (01-peace-plan.uk.mdx): only its words. Its order, slug and dateline are
 * the English chapter's, written once.
 */
export const translatedChapterSchema = z.strictObject({
  title: z.string().min(1),
  standfirst: z.string().min(1),
});
