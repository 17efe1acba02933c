// Zod building blocks shared by the chart-file schemas of every kind (each kind's index.ts adds its own fields).
import { z } from 'astro/zod';
import { idSchema } from '../schemas/common';

/** The words of one state: what the graphic shows, what the step says, what a screen reader hears. */
export const stateWords = {
  heading: z.string().min(1),
  caption: z.string().min(1),
  summary: z.string().min(1),
};

/** A chart file of one kind: `kind`, `title` and `states` (a mapping of state id → state, in order), plus `extra`. */
export function chartFileSchema<K extends string, S extends z.ZodRawShape, E extends z.ZodRawShape>(kind: K, state: S, extra: E) {
  return z.strictObject({
    kind: z.literal(kind),
    title: z.string().min(1),
    ...extra,
    states: z
      .record(idSchema, z.strictObject({ ...stateWords, ...state }))
      .refine((s) => Object.keys(s).length > 0, 'a chart needs at least one state'),
  });
}
