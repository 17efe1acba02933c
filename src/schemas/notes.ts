// Text-bearing data: the plan's reported points, the week's timeline and the dated "what happened next" updates.
import { z } from 'astro/zod';
import { idSchema, isoDateSchema } from './common';

export const THEMES = ['territory', 'military', 'security', 'economy', 'politics'] as const;
export type Theme = (typeof THEMES)[number];

export const planPointSchema = z.strictObject({
  id: idSchema,
  point: z.number().int().min(1).max(28).optional(),
  theme: z.enum(THEMES),
  summary: z.string().min(1),
  source: idSchema,
  reported_by: z.string().min(1),
  verified: z.boolean(),
});
export type PlanPoint = z.infer<typeof planPointSchema>;

export const timelineEntrySchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  text: z.string().min(1),
  source: idSchema,
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const updateSchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  title: z.string().min(1),
  text: z.string().min(1),
  source: idSchema,
});
export type Update = z.infer<typeof updateSchema>;
