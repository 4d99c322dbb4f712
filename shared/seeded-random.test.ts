import { describe, expect, it } from 'vitest';
import { seededRandom, shuffled } from './seeded-random.ts';

describe('seededRandom', () => {
  it('when seeded alike, then it gives the same uniforms in [0, 1)', () => {
    const [a, b] = [seededRandom(7), seededRandom(7)];
    const values = Array.from({ length: 100 }, () => a());

    expect(Array.from({ length: 100 }, () => b())).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('when shuffled with the same seed, then the order is the same and holds every number once', () => {
    const order = Array.from(shuffled(50, seededRandom(3)));
    expect(Array.from(shuffled(50, seededRandom(3)))).toEqual(order);
    expect([...order].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
