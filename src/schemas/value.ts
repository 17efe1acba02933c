// One figure: a number with its unit, its kind, whose it is, where it was published and the date it describes.
import { z } from 'astro/zod';
import { idSchema, isoDateSchema, kindSchema, unitSchema, QUALIFIERS } from './common';

export const denialSchema = z.strictObject({
  by: z.string().min(1),
  text: z.string().min(1),
  source: idSchema,
  date: isoDateSchema,
});

export const valueSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1),
  value: z.number({ error: 'a plain number, e.g. 3434 (no commas, no unit)' }),
  unit: unitSchema,
  kind: kindSchema,
  by: z.string().min(1),
  source: idSchema,
  date: isoDateSchema,
  from: isoDateSchema.optional(),
  qualifier: z.enum(QUALIFIERS).optional(),
  note: z.string().optional(),
  series: z.string().optional(),
  denial: denialSchema.optional(),
});
export type Value = z.infer<typeof valueSchema>;

/** How a derived value is computed from the values it names (src/reader/derived.ts). */
export const DERIVED_OPS = ['difference', 'share', 'sum', 'rank', 'count', 'days'] as const;
export type DerivedOp = (typeof DERIVED_OPS)[number];

/** A figure computed from others (a share, a gap, a rank), declared with its inputs so nothing computed is typed. */
export const derivedSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1),
  op: z.enum(DERIVED_OPS),
  of: z.array(idSchema).min(1),
  unit: unitSchema.optional(),
  note: z.string().optional(),
});
export type Derived = z.infer<typeof derivedSchema>;

export const datasetSchema = z.strictObject({
  id: idSchema,
  /** Optional: a CSV dataset has only its rows. */
  title: z.string().min(1).optional(),
  values: z.array(valueSchema).default([]),
  derived: z.array(derivedSchema).default([]),
});
export type Dataset = z.infer<typeof datasetSchema>;
