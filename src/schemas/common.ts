// Small building blocks shared by every schema: ids, dates and the vocabulary of kinds and units.
import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: the shape of every id an editor types. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens, e.g. `isw-2025-09-25`');

/** A calendar date written as YYYY-MM-DD (YAML may hand us a Date object; we keep the string). */
export const isoDateSchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2025-11-20')
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      message: 'not a real calendar date',
    }),
);

/** The kinds an editor writes on a value (docs/data-model.md): `statement` is a figure in a published declaration or
 * decision of a government or institution that is not a party's claim about itself (the Berlin leaders' statement). */
export const KINDS = ['claim', 'estimate', 'official-count', 'reported', 'statement', 'reference'] as const;
/** Kinds only the build gives: `difference` is a derived difference of two values of different kinds (a claim minus
 * an estimate), which is neither; an editor cannot write it on a value (kindSchema refuses it). */
export const COMPUTED_KINDS = ['difference'] as const;
export type Kind = (typeof KINDS)[number] | (typeof COMPUTED_KINDS)[number];
export const kindSchema = z.enum(KINDS);

export const UNITS = [
  'km2',
  'percent',
  'drones',
  'missiles',
  'weapons',
  'people',
  'children',
  'points',
  'usd-bn',
  'eur-bn',
  'days',
  'years',
  'regions',
  'troops',
  'countries',
  'settlements',
  'captured',
  'rank',
] as const;
export type Unit = (typeof UNITS)[number];
export const unitSchema = z.enum(UNITS);

export const QUALIFIERS = ['about', 'nearly', 'more-than', 'at-least'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
