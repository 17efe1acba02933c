// Unit conversion: the one place where square kilometres become square miles.

/** Square kilometres in one square mile (international mile). */
export const KM2_PER_SQMI = 2.589988;

/** km² → sq mi, rounded to whole square miles (3,434 km² → 1,326 sq mi). */
export function km2ToSqMi(km2: number): number {
  return Math.round(km2 / KM2_PER_SQMI);
}

/** `part` as a percentage of `whole`, to `digits` decimals (0.81 for 4,900 of 603,628). */
export function percentOf(part: number, whole: number, digits = 2): number {
  if (whole === 0) throw new RangeError('percentOf: whole is zero');
  const factor = 10 ** digits;
  return Math.round((part / whole) * 100 * factor) / factor;
}
