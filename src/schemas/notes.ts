// Text-bearing data: the plan's reported points, the week's timeline and the dated "what happened next" updates.
import { z } from 'astro/zod';
import { idSchema, isoDateSchema } from './common';

export const THEMES = ['territory', 'military', 'security', 'economy', 'politics'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * How sure the reporting of a point is (facts-28-points.md): `confirmed`, two independent outlets that are not
 * pro-Kremlin mirrors; `single`, one reputable outlet; `weak`, only pro-Kremlin mirrors or unclear aggregators
 * (shown as unverified).
 */
export const RELIABILITIES = ['confirmed', 'single', 'weak'] as const;
export type Reliability = (typeof RELIABILITIES)[number];

export const planPointSchema = z.strictObject({
  id: idSchema,
  point: z.number().int().min(1).max(28),
  theme: z.enum(THEMES),
  summary: z.string().min(1),
  source: idSchema,
  reported_by: z.string().min(1),
  reliability: z.enum(RELIABILITIES),
  /** The point's number is printed only by pro-Kremlin mirrors (its content comes from other outlets). */
  number_from_mirrors: z.boolean().optional(),
  /** Where outlets disagree, or what only weak sources add. */
  note: z.string().optional(),
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
  /** The slug of a chapter that tells this in full: the note links to it ("Read more in chapter N"). */
  chapter: idSchema.optional(),
});
export type Update = z.infer<typeof updateSchema>;
