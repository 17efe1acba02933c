// The public corrections log (content/data/corrections.yaml): each time a published page got a fact, a figure, a
// date, an attribution or a quote wrong, what it said, what is right, and the sources that show it. Style fixes
// need no entry (docs/editing.md, "A correction").
import { z } from 'astro/zod';
import { idSchema, isoDateSchema } from './common';

export const correctionSchema = z.strictObject({
  id: idSchema,
  /** The day the correction was published; never in the future (src/checks/site.ts). */
  date: isoDateSchema,
  /** The slug of the chapter the correction changed. */
  chapter: idSchema,
  /** What the page said, in its words or closely summarised. */
  said: z.string().min(1),
  /** What is right; may use {value-id} placeholders. */
  right: z.string().min(1),
  /** One or more ids of sources in content/data/sources.yaml that show what is right. */
  sources: z.array(idSchema).min(1),
});
export type Correction = z.infer<typeof correctionSchema>;
