// Frontmatter of a chapter file in content/chapters/.
import { z } from 'astro/zod';
import { idSchema } from './common';

export const chapterSchema = z.strictObject({
  title: z.string().min(1),
  order: z.number().int().positive(),
  slug: idSchema,
  standfirst: z.string().min(1),
  draft: z.boolean().default(false),
});
export type ChapterMeta = z.infer<typeof chapterSchema>;
