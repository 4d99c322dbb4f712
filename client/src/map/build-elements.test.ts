import { describe, expect, it } from 'vitest';
import type { CommunityMapData, MapPerson } from '../communities/queries';
import { buildElements, clusterNodeId, degreeSize, isClusterNode, isPersonNode, regionClusters } from './build-elements';
import type { MapElement, TieEdge } from './build-elements';
import { CLUSTER_COLORS } from './palette';

const person = (id: string, regionId: string | null): MapPerson => ({
  id,
  name: `Person ${id}`,
  regionId,
  organization: null,
  participation: 'ACTIVE',
  listed: true,
  offerIds: [],
  seekIds: [],
});

const map: CommunityMapData = {
  regions: [
    { id: 'no', name: 'Noroeste', latitude: null, longitude: null },
    { id: 'su', name: 'Sur-Sureste', latitude: null, longitude: null },
  ],
  people: [person('ana', 'no'), person('beto', 'no'), person('caro', 'su'), person('dani', null)],
  ties: [
    { id: 't1', source: 'ana', target: 'beto' },
    { id: 't2', source: 'ana', target: 'caro' },
    { id: 't3', source: 'caro', target: 'dani' },
  ],
};

const clustersOf = (els: MapElement[]) => els.filter(isClusterNode);
const peopleOf = (els: MapElement[]) => els.filter(isPersonNode);
const tiesOf = (els: MapElement[]) => els.filter((e): e is TieEdge => e.group === 'edges');
const byId = <T extends MapElement>(els: T[], id: string): T => {
  const found = els.find((e) => e.data.id === id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
};

describe('buildElements', () => {
  it('when no clusters are given, then the regions become compound nodes as the server groups them: largest first, then by name, people without one in "Not given"', () => {
    const clusters = clustersOf(buildElements(map));

    expect(clusters.map((c) => [c.data.id, c.data.label, c.data.memberCount])).toEqual([
      ['cluster:no', 'Noroeste', 2],
      ['cluster:none', 'Not given', 1],
      ['cluster:su', 'Sur-Sureste', 1],
    ]);
  });

  it('when clusters are given, then people sit in the compound node of their cluster', () => {
    const els = buildElements(map, {
      clusters: [
        { id: '0', name: 'Cluster 1', memberIds: ['ana', 'caro'] },
        { id: '1', name: 'Cluster 2', memberIds: ['beto', 'dani'] },
      ],
    });

    expect(byId(peopleOf(els), 'ana').data.parent).toBe(clusterNodeId('0'));
    expect(byId(peopleOf(els), 'dani').data.parent).toBe('cluster:1');
    expect(byId(tiesOf(els), 't1').data.crossCluster).toBe(true);
    expect(byId(tiesOf(els), 't2').data.crossCluster).toBe(false);
  });

  it('when a region holds nobody, then it is still drawn, last, as an empty box with its own starting place clear of the others', () => {
    const withEmpty = { ...map, regions: [...map.regions, { id: 'ce', name: 'Centro', latitude: null, longitude: null }] };
    const els = buildElements(withEmpty);
    const clusters = clustersOf(els);

    expect(regionClusters(withEmpty).map((c) => [c.name, c.memberIds.length])).toEqual([
      ['Noroeste', 2],
      ['Not given', 1],
      ['Sur-Sureste', 1],
      ['Centro', 0],
    ]);
    expect(clusters.map((c) => [c.data.id, c.data.memberCount, c.data.empty ?? false])).toEqual([
      ['cluster:no', 2, false],
      ['cluster:none', 1, false],
      ['cluster:su', 1, false],
      ['cluster:ce', 0, true],
    ]);
    const anchor = byId(clusters, 'cluster:ce').position!;
    const nearest = Math.min(...peopleOf(els).map((p) => Math.hypot(p.position.x - anchor.x, p.position.y - anchor.y)));
    expect(nearest).toBeGreaterThan(50);
  });

  it('when a cluster has members, none of them on the map, then it is not drawn', () => {
    const els = buildElements(map, { clusters: [{ id: 'x', name: 'Gone', memberIds: ['hidden'] }, ...regionClusters(map)] });

    expect(clustersOf(els).map((c) => c.data.id)).toEqual(['cluster:no', 'cluster:none', 'cluster:su']);
  });

  it('when a person did not consent to be listed, then their node is marked unlisted and listed people are not', () => {
    const elements = buildElements({ ...map, people: [{ ...person('x', null), listed: false }, person('y', null)] });
    expect(byId(peopleOf(elements), 'x').data.unlisted).toBe(true);
    expect(byId(peopleOf(elements), 'y').data.unlisted).toBeUndefined();
  });

  it('when bridges are given, then exactly those people are marked as bridges', () => {
    const people = peopleOf(buildElements(map, { bridgeIds: new Set(['ana']) }));

    expect(people.filter((p) => p.data.bridge).map((p) => p.data.id)).toEqual(['ana']);
  });

  it('when people and ties new since a moment are given, then exactly those are marked new', () => {
    const built = buildElements(map, { newIds: new Set(['dani', 't3']) });

    expect(
      peopleOf(built)
        .filter((p) => p.data.isNew)
        .map((p) => p.data.id),
    ).toEqual(['dani']);
    expect(
      tiesOf(built)
        .filter((t) => t.data.isNew)
        .map((t) => t.data.id),
    ).toEqual(['t3']);
  });

  it('when a person is in none of the clusters given, then their node has no parent', () => {
    const clusters = [{ id: 'no', name: 'Noroeste', memberIds: ['ana', 'beto'] }];
    expect(byId(peopleOf(buildElements(map, { clusters })), 'dani').data).not.toHaveProperty('parent');
  });

  it('when one end of a tie is in no cluster, then it is not marked cross-cluster', () => {
    const clusters = [{ id: 'su', name: 'Sur-Sureste', memberIds: ['caro'] }];
    expect(byId(tiesOf(buildElements(map, { clusters })), 't3').data.crossCluster).toBe(false);
  });

  it('when people have ties, then each node’s degree counts its ties and its degree size grows with it', () => {
    const people = peopleOf(buildElements(map));

    expect(Object.fromEntries(people.map((p) => [p.data.id, p.data.degree]))).toEqual({ ana: 2, beto: 1, caro: 2, dani: 1 });
    expect(byId(people, 'ana').data.degreeSize).toBeGreaterThan(byId(people, 'beto').data.degreeSize);
    expect(degreeSize(0)).toBe(10);
    expect(degreeSize(10_000)).toBe(56);
  });

  it('when a tie points at someone not on the map, then it is left out and not counted', () => {
    const els = buildElements({ ...map, ties: [...map.ties, { id: 't4', source: 'ana', target: 'hidden' }] });

    expect(tiesOf(els).map((t) => t.data.id)).toEqual(['t1', 't2', 't3']);
    expect(byId(peopleOf(els), 'ana').data.degree).toBe(2);
  });

  it('when built twice from the same map, then the starting positions are identical and distinct', () => {
    const first = peopleOf(buildElements(map)).map((p) => p.position);
    const second = peopleOf(buildElements(structuredClone(map))).map((p) => p.position);

    expect(second).toEqual(first);
    expect(new Set(first.map((p) => `${p.x},${p.y}`)).size).toBe(first.length);
  });

  it('when elements are built, then parents come before children and nodes before edges', () => {
    const order = buildElements(map).map((e) => (e.group === 'edges' ? 'edge' : e.data.kind));

    expect(order).toEqual(['cluster', 'cluster', 'cluster', 'person', 'person', 'person', 'person', 'edge', 'edge', 'edge']);
  });

  it('when clusters are drawn, then each gets a colour, the first ones all different', () => {
    const clusters = clustersOf(buildElements(map));

    expect(new Set(clusters.map((c) => c.data.color)).size).toBe(clusters.length);
  });

  it('when a cluster carries a colour slot (a replayed community), then it takes that slot’s colour whatever its place', () => {
    const clusters = [
      { id: '0', name: 'Cluster 1', memberIds: ['ana', 'beto'], colorSlot: 2 },
      { id: '1', name: 'Cluster 2', memberIds: ['caro', 'dani'] },
    ];
    const colors = clustersOf(buildElements(map, { clusters })).map((c) => c.data.color);
    expect(colors).toEqual([CLUSTER_COLORS[2], CLUSTER_COLORS[1]]);
  });
});
