// A page the explainer cites: every figure and quote points to one of these.
import { z } from 'astro/zod';
import { idSchema, isoDateSchema } from './common';

export const sourceSchema = z.strictObject({
  id: idSchema,
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/, message: 'a full web address starting with https://' }),
  published: isoDateSchema,
  note: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;
