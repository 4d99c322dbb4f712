import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallest } from './smallest.ts';

describe('smallest', () => {
  it('when asked for the k smallest, then it gives the first k of the sorted items, ties in their original order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ score: fc.integer({ min: 0, max: 5 }), n: fc.nat() })),
        fc.integer({ min: 0, max: 30 }),
        (items, k) => {
          const compare = (a: { score: number }, b: { score: number }) => a.score - b.score;
          expect(smallest(items, k, compare)).toEqual([...items].sort(compare).slice(0, k));
        },
      ),
    );
  });
});
