// content/site.yaml: the publication's own facts, which editors own like any other text: its name, the sentence under
// it, the story's dateline and its language.
import { z } from 'astro/zod';
import { isoDateSchema } from './common';

export const siteSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  /** The story's "now": its chapters are as of this date, unless a chapter gives a later `dateline` of its own. */
  dateline: isoDateSchema,
  lang: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language tag such as `en-GB`'),
});
export type SiteFacts = z.infer<typeof siteSchema>;
