// The map's cluster boxes, for every grouping the server gives, on the demo (236 people, 35 organizations)
// and on a generated community of 2,000 people (250 organizations), each with two regions nobody is in yet:
// no two boxes overlap, and each name fits inside its box. The groupings come from the server's own
// analytics, as the API would send them.
import { describe, expect, it } from 'vitest';
import { analyzeNetwork, clusterMap } from '../../../server/analytics/cluster-map.ts';
import type { Grouping } from '../../../server/analytics/cluster-map.ts';
import { camafuDemo } from '../../../seed/camafu.ts';
import { generateCommunity } from '../../../seed/generate.ts';
import { mapOf } from '../../../seed/planted.ts';
import type { CommunityMapData } from '../communities/queries';
import { buildElements, isClusterNode, isPersonNode } from './build-elements';
import type { ClusterGroup, MapElement } from './build-elements';
import {
  BOX_PADDING,
  CLUSTER_FONT,
  LARGEST_PERSON,
  NAME_BAND,
  boxAround,
  emptyBox,
  nameWidth,
  overlaps,
  separateClusters,
} from './cluster-geometry';
import type { Rect } from './cluster-geometry';
import { runFcose, separateLayout } from './fcose-layout';
import type { LayoutInput } from './fcose-layout';

async function groupingsOf(data: ReturnType<typeof camafuDemo>) {
  const { map, interests } = mapOf(data);
  // Regions nobody has named yet: the REGION grouping draws them as empty boxes.
  map.regions.push({ id: 'empty-1', name: 'Región sin nadie todavía' }, { id: 'empty-2', name: 'X' });
  const analysis = await analyzeNetwork(map, interests);
  const offered = new Map<string, number>();
  for (const p of map.people) for (const id of p.offerIds) offered.set(id, (offered.get(id) ?? 0) + 1);
  const commonest = interests.reduce((best, i) => ((offered.get(i.id) ?? 0) > (offered.get(best.id) ?? 0) ? i : best));
  const groupings: [string, Grouping][] = [
    ['region', { by: 'REGION' }],
    ['detected', { by: 'DETECTED' }],
    ['organization', { by: 'ORGANIZATION' }],
    ['interest', { by: 'INTEREST', interest: commonest }],
  ];
  const client: CommunityMapData = {
    regions: map.regions.map((r) => ({ id: r.id, name: r.name })),
    people: map.people.map((p) => ({
      id: p.id,
      name: p.name,
      regionId: p.regionId,
      organization: p.organization,
      participation: p.participation,
      listed: p.listed,
      offerIds: p.offerIds,
      seekIds: p.seekIds,
    })),
    ties: Array.from({ length: map.tieEnds.length / 2 }, (_, t) => ({
      id: `t${t}`,
      source: map.people[map.tieEnds[2 * t]!]!.id,
      target: map.people[map.tieEnds[2 * t + 1]!]!.id,
    })),
  } as CommunityMapData;
  return { client, groupings: groupings.map(([name, g]) => [name, clusterMap(analysis, g).clusters as ClusterGroup[]] as const) };
}

/**
 * Each drawn cluster's box, as fitClusterBoxes draws it around its members at the largest person size, or
 * around its anchor when it is empty.
 */
function drawnBoxes(elements: readonly MapElement[], positions: (id: string) => { x: number; y: number }) {
  const names = new Map(elements.filter(isClusterNode).map((c) => [c.data.id, c.data.label]));
  const extents = new Map<string, Rect>();
  for (const el of elements) {
    if (!isPersonNode(el) || el.data.parent === undefined) continue;
    const { x, y } = positions(el.data.id);
    const half = LARGEST_PERSON / 2;
    const e = extents.get(el.data.parent);
    if (!e) extents.set(el.data.parent, { x1: x - half, y1: y - half, x2: x + half, y2: y + half });
    else
      [e.x1, e.y1, e.x2, e.y2] = [Math.min(e.x1, x - half), Math.min(e.y1, y - half), Math.max(e.x2, x + half), Math.max(e.y2, y + half)];
  }
  const empties = elements.filter(isClusterNode).flatMap((c) => {
    if (!c.data.empty) return [];
    const { x, y } = positions(c.data.id);
    const extent = { x1: x - LARGEST_PERSON / 2, y1: y - LARGEST_PERSON / 2, x2: x + LARGEST_PERSON / 2, y2: y + LARGEST_PERSON / 2 };
    return [{ id: c.data.id, name: c.data.label, box: emptyBox({ x, y }, c.data.label), extent }];
  });
  return [
    ...[...extents].map(([id, extent]) => ({ id, name: names.get(id)!, box: boxAround(extent, names.get(id)!), extent })),
    ...empties,
  ];
}

function expectReadable(boxes: ReturnType<typeof drawnBoxes>) {
  for (const { name, box, extent } of boxes) {
    // The name fits across the box and in the band above its members.
    expect(box.x2 - box.x1 + 1e-6).toBeGreaterThanOrEqual(nameWidth(name) + 2 * BOX_PADDING);
    expect(extent.y1 - box.y1).toBeGreaterThanOrEqual(NAME_BAND);
    expect(NAME_BAND).toBeGreaterThan(CLUSTER_FONT);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlaps(boxes[i]!.box, boxes[j]!.box)) expect.fail(`“${boxes[i]!.name}” and “${boxes[j]!.name}” overlap`);
    }
  }
}

const demo = await groupingsOf(camafuDemo());
const large = await groupingsOf(generateCommunity({ people: 2_000, averageDegree: 6, slug: 'geometry' }));

describe('cluster boxes', () => {
  it('when the demo is grouped any way, then (with 32 organizations, and by region with two empty regions) the force layout, separated, overlaps none', async () => {
    expect(demo.groupings.find(([name]) => name === 'organization')![1].length).toBeGreaterThanOrEqual(30);
    for (const [name, clusters] of demo.groupings) {
      const elements = buildElements(demo.client, { clusters });
      if (name === 'region') expect(elements.filter((el) => isClusterNode(el) && el.data.empty).length).toBe(2);
      const people = elements.filter(isPersonNode);
      const input: LayoutInput = {
        clusters: elements.filter(isClusterNode).map((c) => c.data.id),
        names: elements.filter(isClusterNode).map((c) => [c.data.id, c.data.label]),
        people: people.map((p) => ({ id: p.data.id, parent: p.data.parent, x: p.position.x, y: p.position.y, size: LARGEST_PERSON })),
        ties: elements.flatMap((el) =>
          el.group === 'edges'
            ? [{ id: el.data.id, source: el.data.source, target: el.data.target, crossCluster: el.data.crossCluster }]
            : [],
        ),
        // As useLayoutWorker sends them: empty clusters at their anchors.
        empty: elements.filter(isClusterNode).flatMap((c) => (c.data.empty ? [{ id: c.data.id, ...c.position! }] : [])),
      };
      const { ids, xy } = separateLayout(input, await runFcose(input));
      const at = new Map(ids.map((id, i) => [id, { x: xy[2 * i]!, y: xy[2 * i + 1]! }]));
      expectReadable(drawnBoxes(elements, (id) => at.get(id)!));
    }
  }, 120_000);

  it('when a map is too large for the force layout (2,000 people, 250 organizations), then the starting discs overlap no box, whatever the grouping', () => {
    expect(large.groupings.find(([name]) => name === 'organization')![1].length).toBeGreaterThanOrEqual(200);
    for (const [, clusters] of [...large.groupings, ...demo.groupings]) {
      const elements = buildElements(clusters.length > 100 || clusters.some((c) => c.memberIds.length > 236) ? large.client : demo.client, {
        clusters,
      });
      const at = new Map(
        elements.flatMap((el) => (isPersonNode(el) || (isClusterNode(el) && el.position) ? [[el.data.id, el.position!]] : [])),
      );
      expectReadable(drawnBoxes(elements, (id) => at.get(id)!));
    }
  });

  it('when clusters lie on top of each other, then separating them moves whole clusters apart, members keeping their places inside', () => {
    const items = ['a', 'b', 'c'].flatMap((cluster) =>
      [0, 1, 2].map((k) => ({ id: `${cluster}${k}`, cluster, x: 10 * k, y: 5 * k, size: 20 })),
    );
    const names = new Map([
      ['a', 'Comisión Nacional Forestal'],
      ['b', 'B'],
      ['c', 'Península de Yucatán'],
    ]);
    const moved = separateClusters(items, names);
    const boxes = drawnBoxes(
      items
        .map((i) => ({ group: 'nodes', data: { id: i.id, kind: 'person', parent: i.cluster, label: i.id } }) as unknown as MapElement)
        .concat([...names].map(([id, label]) => ({ group: 'nodes', data: { id, kind: 'cluster', label } }) as unknown as MapElement)),
      (id) => moved.get(id)!,
    );
    expectReadable(boxes);
    for (const cluster of ['a', 'b', 'c']) {
      const [p0, p2] = [moved.get(`${cluster}0`)!, moved.get(`${cluster}2`)!];
      expect([p2.x - p0.x, p2.y - p0.y]).toEqual([20, 10]);
    }
  });
});
