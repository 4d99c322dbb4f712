import { describe, expect, it } from 'vitest';
import { camafuDemo } from './camafu.ts';
import { generateCommunity } from './generate.ts';

describe('the CAMAFU demo', () => {
  const demo = camafuDemo();
  const degree = new Map<string, number>();
  for (const t of demo.ties) for (const id of [t.from, t.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const regionOf = new Map(demo.people.map((p) => [p.id, p.regionId]));
  const meanDegree = (level: string) => {
    const people = demo.people.filter((p) => p.participation === level);
    return people.reduce((sum, p) => sum + (degree.get(p.id) ?? 0), 0) / people.length;
  };

  it('when generated, then it has CAMAFU’s size: 236 people, 32 organizations, 7 regions, 40 interests', () => {
    expect(demo.community.slug).toBe('camafu');
    expect(demo.people).toHaveLength(236);
    expect(demo.organizations).toHaveLength(32);
    expect(demo.regions).toHaveLength(7);
    expect(demo.interests).toHaveLength(40);
  });

  it('when generated twice, then it is the same community', () => {
    expect(camafuDemo()).toEqual(demo);
  });

  it('when its ties are counted, then regions are dense clusters bridged by few ties and coordinators are ≈3%', () => {
    const cross = demo.ties.filter((t) => regionOf.get(t.from) !== regionOf.get(t.to)).length;
    expect(cross / demo.ties.length).toBeLessThan(0.2);
    expect(cross).toBeGreaterThan(0);
    const core = demo.people.filter((p) => p.participation === 'CORE').length;
    expect(core / demo.people.length).toBeGreaterThan(0.02);
    expect(core / demo.people.length).toBeLessThan(0.04);
    expect(meanDegree('CORE')).toBeGreaterThan(2 * meanDegree('ACTIVE'));
    expect(meanDegree('ACTIVE')).toBeGreaterThan(2 * meanDegree('PERIPHERAL'));
  });

  it('when its ties are listed, then none is a self-tie or a repeat of another pair', () => {
    const pairs = demo.ties.map((t) => [t.from, t.to].sort().join('|'));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(demo.ties.every((t) => t.from !== t.to)).toBe(true);
  });
});

describe('generateCommunity', () => {
  it('when asked for N people with an average degree, then it gives N people and about N·degree/2 ties', () => {
    const data = generateCommunity({ people: 2000, slug: 'scale', averageDegree: 20 });
    expect(data.people).toHaveLength(2000);
    expect(data.ties.length).toBeGreaterThan(2000 * 20 * 0.4);
    expect(data.ties.length).toBeLessThan(2000 * 20 * 0.6);
  });

  it('when two slugs are generated, then their ids never collide', () => {
    const a = generateCommunity({ people: 50, slug: 'a' });
    const b = generateCommunity({ people: 50, slug: 'b' });
    const ids = new Set(a.people.map((p) => p.id));
    expect(b.people.some((p) => ids.has(p.id))).toBe(false);
  });
});
