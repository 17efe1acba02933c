import { describe, expect, it } from 'vitest';
import { km2ToSqMi, percentOf } from '../../src/lib/units';
import {
  formatDate,
  formatFigure,
  formatPeriod,
  formatWithUnit,
  alternateUnit,
  curlyQuotes,
  formatPublished,
  KIND_LABELS,
  sourceTitleText,
} from '../../src/lib/format';

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

describe('counts and words', () => {
  it('counts children as children, so a count reads as English ("3 children", not "3 people … were children")', () => {
    expect(formatWithUnit(3, 'children')).toBe('3 children');
    expect(formatWithUnit(1, 'children')).toBe('1 child');
    expect(formatFigure({ value: 26, unit: 'people', qualifier: 'at-least' })).toBe('at least 26 people');
  });
  it('writes a claimed capture with no share as "captured", never as a percentage', () => {
    expect(formatWithUnit(1, 'captured')).toBe('captured');
    expect(formatWithUnit(1, 'captured')).not.toMatch(/%/);
  });
  it('labels a reference figure as one', () => {
    expect(KIND_LABELS.reference).toBe('reference');
  });
  it('says so when a page shows no date, and marks a description as not a headline', () => {
    expect(formatPublished(undefined)).toBe('date not shown');
    expect(formatPublished('2025-11-21')).toBe('21 Nov 2025');
    expect(sourceTitleText({ title: 'Zelenskiy ready to work on US-backed plan to end war' })).toBe(
      'Zelenskiy ready to work on US-backed plan to end war',
    );
    expect(sourceTitleText({ title: 'Report on Axios', title_is_description: true })).toMatch(/^\[description, not a headline\] /);
  });
  it('sets typographic quotation marks and apostrophes in data text', () => {
    expect(curlyQuotes('she would not give details "because it\'s ongoing and constantly changing".')).toBe(
      'she would not give details \u201cbecause it\u2019s ongoing and constantly changing\u201d.',
    );
    expect(curlyQuotes('Kyiv and Europe \'on board\' ("liberated")')).toBe('Kyiv and Europe \u2018on board\u2019 (\u201cliberated\u201d)');
    expect(curlyQuotes("Axios's account")).toBe('Axios\u2019s account');
  });
});
