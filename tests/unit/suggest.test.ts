import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/lib/suggest';

describe('suggestions for mistyped ids', () => {
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('finds the id an editor meant', () => {
    const ids = ['isw-2025-09-25', 'isw-2025-10-07', 'mod-2025-09-25', 'putin-2025-10-07'];
    expect(closest('isw-2025-09-52', ids)).toBe('isw-2025-09-25');
    expect(closest('putin-2025-10-7', ids)).toBe('putin-2025-10-07');
    expect(didYouMean('mod-vs-isww', ['mod-vs-isw', 'scale'])).toBe(' Did you mean `mod-vs-isw`?');
  });
  it('suggests nothing when nothing is close', () => {
    expect(didYouMean('zzz', ['isw-2025-09-25'])).toBe('');
  });
});
