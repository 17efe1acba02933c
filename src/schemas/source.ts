// A page the explainer cites: every figure and quote points to one of these.
import { z } from 'astro/zod';
import { idSchema, isoDateSchema } from './common';

export const sourceSchema = z.strictObject({
  id: idSchema,
  publisher: z.string().min(1),
  /** The publisher's own headline, spelled as published (Zelenskiy, Zelenskyy); or, with title_is_description, ours. */
  title: z.string().min(1),
  /** True when the page has no headline we could read: `title` is then our description, shown as one. */
  title_is_description: z.boolean().optional(),
  url: z.url({ protocol: /^https?$/, message: 'a full web address starting with https://' }),
  /** Left out when the page shows no date and none can be inferred; say so in `note`. */
  published: isoDateSchema.optional(),
  note: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;
