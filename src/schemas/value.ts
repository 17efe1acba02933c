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

export const datasetSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  values: z.array(valueSchema).min(1),
});
export type Dataset = z.infer<typeof datasetSchema>;
