import { describe, expect, it } from 'vitest';
import { km2ToSqMi, percentOf } from '../../src/lib/units';
import { formatDate, formatFigure, formatPeriod, formatWithUnit, alternateUnit } from '../../src/lib/format';

describe('km2ToSqMi', () => {
  it('rounds to the nearest square mile, as the fact sheet computes', () => {
    expect(km2ToSqMi(3434)).toBe(1326); // the article's 1,325 truncated
    expect(km2ToSqMi(4900)).toBe(1892);
    expect(km2ToSqMi(4714)).toBe(1820);
    expect(km2ToSqMi(5000)).toBe(1931);
    expect(km2ToSqMi(461)).toBe(178); // not the Moscow Times' 286
  });
});

describe('percentOf', () => {
  it('gives a share to two decimals', () => {
    expect(percentOf(4900, 603628)).toBe(0.81);
    expect(percentOf(116165, 603628)).toBe(19.24);
  });
  it('refuses a zero whole', () => {
    expect(() => percentOf(1, 0)).toThrow(RangeError);
  });
});

describe('formatting', () => {
  it('writes numbers with thousands separators and units', () => {
    expect(formatWithUnit(3434, 'km2')).toBe('3,434 km²');
    expect(formatWithUnit(19.2, 'percent')).toBe('19.2%');
    expect(formatWithUnit(600000, 'troops')).toBe('600,000 troops');
    expect(formatWithUnit(100, 'usd-bn')).toBe('$100bn');
    expect(formatWithUnit(1, 'missiles')).toBe('1 missile');
  });
  it('puts the speaker’s hedge before the number', () => {
    expect(formatFigure({ value: 4714, unit: 'km2', qualifier: 'more-than' })).toBe('more than 4,714 km²');
    expect(formatFigure({ value: 26, unit: 'people', qualifier: 'at-least' })).toBe('at least 26 people');
    expect(formatFigure({ value: 476, unit: 'drones' })).toBe('476 drones');
  });
  it('gives square miles beside square kilometres only', () => {
    expect(alternateUnit(3434, 'km2')).toBe('1,326 sq mi');
    expect(alternateUnit(48, 'missiles')).toBeUndefined();
  });
  it('writes dates and periods without time-zone drift', () => {
    expect(formatDate('2025-09-25')).toBe('25 Sep 2025');
    expect(formatDate('2025-11-20', true)).toBe('20 November 2025');
    expect(formatPeriod('2025-01-01', '2025-09-25')).toBe('1 Jan–25 Sep 2025');
    expect(formatPeriod('2024-12-01', '2025-01-31')).toBe('1 Dec 2024–31 Jan 2025');
    expect(formatPeriod(undefined, '2025-10-07')).toBe('7 Oct 2025');
  });
});
