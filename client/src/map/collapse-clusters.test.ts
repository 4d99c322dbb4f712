import { describe, expect, it } from 'vitest';
import type { CommunityMapData, MapPerson } from '../communities/queries';
import { buildElements } from './build-elements';
import type { MapElement, TieEdge } from './build-elements';
import { collapseClusters } from './collapse-clusters';

const person = (id: string, regionId: string): MapPerson => ({
  id,
  name: id,
  regionId,
  organization: null,
  participation: 'ACTIVE',
  listed: true,
  offerIds: [],
  seekIds: [],
});

// Two regions: a, b, c in north (a–b, b–c inside); d, e in south (d–e inside); a–d, b–d, c–e across.
const map: CommunityMapData = {
  regions: [
    { id: 'n', name: 'North', latitude: null, longitude: null },
    { id: 's', name: 'South', latitude: null, longitude: null },
  ],
  people: [person('a', 'n'), person('b', 'n'), person('c', 'n'), person('d', 's'), person('e', 's')],
  ties: [
    { id: 'ab', source: 'a', target: 'b' },
    { id: 'bc', source: 'b', target: 'c' },
    { id: 'de', source: 'd', target: 'e' },
    { id: 'ad', source: 'a', target: 'd' },
    { id: 'bd', source: 'b', target: 'd' },
    { id: 'ce', source: 'c', target: 'e' },
  ],
};
const built = buildElements(map);
const edges = (els: MapElement[]) =>
  els
    .filter((e): e is TieEdge => e.group === 'edges')
    .map((e) => `${e.data.source}-${e.data.target}×${e.data.weight}`)
    .sort();
const nodeIds = (els: MapElement[]) => els.filter((e) => e.group === 'nodes').map((e) => e.data.id);

describe('collapseClusters', () => {
  it('when nothing is collapsed, then the elements are returned as they are', () => {
    expect(collapseClusters(built, new Set())).toBe(built);
  });

  it('when one cluster is collapsed, then its members go, its node is marked, and ties to each outside person are folded with their count', () => {
    const els = collapseClusters(built, new Set(['cluster:n']));

    expect(nodeIds(els)).toEqual(['cluster:n', 'cluster:s', 'd', 'e']);
    expect(els.find((e) => e.data.id === 'cluster:n')?.data).toMatchObject({ collapsed: true, memberCount: 3 });
    expect(edges(els)).toEqual(['cluster:n-d×2', 'cluster:n-e×1', 'd-e×1']);
  });

  it('when both clusters are collapsed, then all ties between them become one edge weighted by their number', () => {
    const els = collapseClusters(built, new Set(['cluster:n', 'cluster:s']));

    expect(nodeIds(els)).toEqual(['cluster:n', 'cluster:s']);
    expect(edges(els)).toEqual(['cluster:n-cluster:s×3']);
  });

  it('when folding, then the total weight of ties leaving a collapsed cluster equals the ties that crossed its border', () => {
    const els = collapseClusters(built, new Set(['cluster:s']));
    const across = map.ties.filter((t) => ['d', 'e'].includes(t.source) !== ['d', 'e'].includes(t.target)).length;
    const folded = els.filter((e): e is TieEdge => e.group === 'edges' && e.data.id.startsWith('folded:'));

    expect(folded.reduce((sum, e) => sum + e.data.weight, 0)).toBe(across);
    expect(folded.every((e) => e.data.crossCluster)).toBe(true);
  });

  it('when an empty cluster is asked to collapse, then it stays an empty box: there is nobody to fold', () => {
    const withEmpty = buildElements({ ...map, regions: [...map.regions, { id: 'w', name: 'West', latitude: null, longitude: null }] });
    const els = collapseClusters(withEmpty, new Set(['cluster:w']));

    expect(els.find((e) => e.data.id === 'cluster:w')?.data).toMatchObject({ empty: true, memberCount: 0 });
    expect(els.find((e) => e.data.id === 'cluster:w')?.data).not.toHaveProperty('collapsed');
  });

  it('when a cluster is collapsed, then the input elements are left unchanged', () => {
    const before = structuredClone(built);
    collapseClusters(built, new Set(['cluster:n']));

    expect(built).toEqual(before);
  });
});
