import { describe, expect, it } from 'vitest';
import { clusterGridPositions, discRadius } from './cluster-layout';

const cluster = (id: string, size: number) => ({ id, memberIds: Array.from({ length: size }, (_, i) => `${id}-${i}`) });
const clusters = [cluster('a', 120), cluster('b', 40), cluster('c', 40), cluster('d', 7), cluster('e', 1)];

describe('clusterGridPositions', () => {
  it('when clusters are laid out, then every member gets a position, all different', () => {
    const positions = clusterGridPositions(clusters);
    const all = clusters.flatMap((c) => c.memberIds);

    expect(positions.size).toBe(all.length);
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(all.length);
  });

  it('when clusters are laid out, then their discs do not overlap', () => {
    const positions = clusterGridPositions(clusters, 20);
    const discs = clusters.map((c) => {
      const points = c.memberIds.map((id) => positions.get(id)!);
      const x = points.reduce((s, p) => s + p.x, 0) / points.length;
      const y = points.reduce((s, p) => s + p.y, 0) / points.length;
      return { x, y, r: discRadius(c.memberIds.length, 20) };
    });
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const [p, q] = [discs[i]!, discs[j]!];
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(p.r + q.r);
      }
    }
  });

  it('when the first members are the best connected, then they sit nearest the middle of their cluster', () => {
    const positions = clusterGridPositions([cluster('a', 50)]);
    const points = [...positions.values()];
    const center = { x: points.reduce((s, p) => s + p.x, 0) / 50, y: points.reduce((s, p) => s + p.y, 0) / 50 };
    const distance = (id: string) => Math.hypot(positions.get(id)!.x - center.x, positions.get(id)!.y - center.y);

    expect(distance('a-0')).toBeLessThan(distance('a-25'));
    expect(distance('a-1')).toBeLessThan(distance('a-49'));
  });

  it('when computed twice, then the positions are the same', () => {
    expect([...clusterGridPositions(clusters)]).toEqual([...clusterGridPositions(structuredClone(clusters))]);
  });
});
