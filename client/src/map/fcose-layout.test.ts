import { describe, expect, it } from 'vitest';
import { runFcose } from './fcose-layout';
import type { LayoutInput } from './fcose-layout';

// Two clusters of four, each a ring, joined by one tie.
const ring = (prefix: string, dx: number) =>
  Array.from({ length: 4 }, (_, i) => ({ id: `${prefix}${i}`, parent: prefix, x: dx + (i % 2) * 30, y: Math.floor(i / 2) * 30, size: 20 }));
const input: LayoutInput = {
  clusters: ['a', 'b'],
  names: [
    ['a', 'A'],
    ['b', 'B'],
  ],
  people: [...ring('a', 0), ...ring('b', 300)],
  ties: [
    ...['a', 'b'].flatMap((p) =>
      [0, 1, 2, 3].map((i) => ({ id: `${p}${i}`.concat('-next'), source: `${p}${i}`, target: `${p}${(i + 1) % 4}`, crossCluster: false })),
    ),
    { id: 'bridge', source: 'a0', target: 'b0', crossCluster: true },
  ],
};

describe('runFcose', () => {
  it('when the same input is laid out twice, then the positions are identical', async () => {
    const [first, second] = [await runFcose(input), await runFcose(structuredClone(input))];

    expect(second.xy).toEqual(first.xy);
    expect(first.ids).toHaveLength(8);
  });

  it('when laid out, then people are spread in two dimensions, not stacked on a line or a point', async () => {
    const { xy } = await runFcose(input);
    const xs = xy.filter((_, i) => i % 2 === 0);
    const ys = xy.filter((_, i) => i % 2 === 1);

    expect(new Set(xs.map((x, i) => `${x},${ys[i]}`)).size).toBe(8);
    expect(xs.some((x, i) => x !== ys[i])).toBe(true);
  });

  it('when the layout has run, then Math.random is the real one again', async () => {
    const random = Math.random;
    await runFcose(input);

    expect(Math.random).toBe(random);
  });
});
