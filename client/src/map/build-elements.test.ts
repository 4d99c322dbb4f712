import { describe, expect, it } from 'vitest';
import type { CommunityMapData, MapPerson } from '../communities/queries';
import { buildElements, regionNodeId } from './build-elements';
import type { MapElement, PersonNode, RegionNode, TieEdge } from './build-elements';

const person = (id: string, regionId: string | null): MapPerson => ({
  id,
  name: `Person ${id}`,
  regionId,
  organization: null,
  participation: 'ACTIVE',
  listed: true,
});

const map: CommunityMapData = {
  regions: [
    { id: 'no', name: 'Noroeste' },
    { id: 'su', name: 'Sur-Sureste' },
  ],
  people: [person('ana', 'no'), person('beto', 'no'), person('caro', 'su'), person('dani', null)],
  ties: [
    { id: 't1', source: 'ana', target: 'beto' },
    { id: 't2', source: 'ana', target: 'caro' },
    { id: 't3', source: 'caro', target: 'dani' },
  ],
};

const regionsOf = (els: MapElement[]) => els.filter((e): e is RegionNode => e.data.id.startsWith('region:'));
const peopleOf = (els: MapElement[]) => els.filter((e): e is PersonNode => e.group === 'nodes' && 'degree' in e.data);
const tiesOf = (els: MapElement[]) => els.filter((e): e is TieEdge => e.group === 'edges');
const byId = <T extends MapElement>(els: T[], id: string): T => {
  const found = els.find((e) => e.data.id === id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
};

describe('buildElements', () => {
  it('when the map has regions, then each becomes a compound node labelled with its name', () => {
    const regions = regionsOf(buildElements(map));

    expect(regions.map((r) => r.data)).toEqual([
      { id: 'region:no', kind: 'region', label: 'Noroeste' },
      { id: 'region:su', kind: 'region', label: 'Sur-Sureste' },
    ]);
  });

  it('when a person has a region, then their node sits inside that region’s compound node', () => {
    const people = peopleOf(buildElements(map));

    expect(byId(people, 'ana').data.parent).toBe(regionNodeId('no'));
    expect(byId(people, 'caro').data.parent).toBe('region:su');
  });

  it('when a person did not consent to be listed, then their node is marked unlisted and listed people are not', () => {
    const elements = buildElements({ ...map, people: [{ ...person('x', null), listed: false }, person('y', null)] });
    const data = (id: string) => (elements.find((e) => e.data.id === id) as PersonNode).data;
    expect(data('x').unlisted).toBe(true);
    expect(data('y').unlisted).toBeUndefined();
  });

  it('when a person has no region, then their node has no parent', () => {
    const dani = byId(peopleOf(buildElements(map)), 'dani');

    expect(dani.data).not.toHaveProperty('parent');
  });

  it('when a person’s region is not on the map, then their node has no parent', () => {
    const els = buildElements({ ...map, people: [person('eva', 'gone')], ties: [] });

    expect(byId(peopleOf(els), 'eva').data).not.toHaveProperty('parent');
  });

  it('when a tie joins people of different regions, then it is marked cross-region', () => {
    const ties = tiesOf(buildElements(map));

    expect(byId(ties, 't2').data.crossRegion).toBe(true);
    expect(byId(ties, 't1').data.crossRegion).toBe(false);
  });

  it('when one end of a tie has no region, then it is not marked cross-region', () => {
    expect(byId(tiesOf(buildElements(map)), 't3').data.crossRegion).toBe(false);
  });

  it('when people have ties, then each node’s degree counts its ties', () => {
    const people = peopleOf(buildElements(map));

    expect(Object.fromEntries(people.map((p) => [p.data.id, p.data.degree]))).toEqual({
      ana: 2,
      beto: 1,
      caro: 2,
      dani: 1,
    });
  });

  it('when a tie points at someone not on the map, then it is left out and not counted', () => {
    const els = buildElements({ ...map, ties: [...map.ties, { id: 't4', source: 'ana', target: 'hidden' }] });

    expect(tiesOf(els).map((t) => t.data.id)).toEqual(['t1', 't2', 't3']);
    expect(byId(peopleOf(els), 'ana').data.degree).toBe(2);
  });

  it('when built twice from the same map, then the starting positions are identical', () => {
    const first = peopleOf(buildElements(map)).map((p) => p.position);
    const second = peopleOf(buildElements(structuredClone(map))).map((p) => p.position);

    expect(second).toEqual(first);
    expect(new Set(first.map((p) => `${p.x},${p.y}`)).size).toBe(first.length);
  });

  it('when elements are built, then parents come before children and nodes before edges', () => {
    const order = buildElements(map).map((e) => (e.group === 'edges' ? 'edge' : e.data.kind));

    expect(order).toEqual(['region', 'region', 'person', 'person', 'person', 'person', 'edge', 'edge', 'edge']);
  });
});
