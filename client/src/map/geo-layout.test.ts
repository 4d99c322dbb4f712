// The "by geography" arrangement on the demo (236 people, seven regions given rough coordinates in Mexico):
// through buildElements as the map draws it, the region boxes keep their places relative to each other and
// never overlap.
import { describe, expect, it } from 'vitest';
import { camafuDemo } from '../../../seed/camafu.ts';
import type { CommunityMapData } from '../communities/queries';
import { buildElements, isClusterNode, isPersonNode, regionClusters, regionPlaces } from './build-elements';
import type { MapElement } from './build-elements';
import { overlaps } from './cluster-geometry';
import type { Rect } from './cluster-geometry';
import { boxExtent } from './cluster-layout';
import { canArrangeByPlace, geographicPositions } from './geo-layout';

const PLACES: Record<string, [number, number]> = {
  Noroeste: [29.1, -110.9],
  Noreste: [25.7, -100.3],
  Occidente: [20.7, -103.3],
  Centro: [19.4, -99.1],
  Golfo: [19.2, -96.1],
  'Sur-Sureste': [17.1, -96.7],
  'Península de Yucatán': [20.9, -89.6],
};

const demo = camafuDemo();
const map: CommunityMapData = {
  regions: [
    ...demo.regions.map((r) => ({ id: r.id, name: r.name, latitude: PLACES[r.name]![0], longitude: PLACES[r.name]![1] })),
    // Nobody there yet, and no coordinates: below the map (as is someone without a region, added below).
    { id: 'empty', name: 'Altiplano', latitude: null, longitude: null },
  ],
  people: [...demo.people, { ...demo.people[0]!, id: 'nowhere', name: 'Sin Región', regionId: null }].map((p) => ({
    id: p.id,
    name: p.name,
    regionId: p.regionId,
    organization: null,
    participation: p.participation,
    listed: p.listed,
    offerIds: p.offers,
    seekIds: p.seeks,
  })),
  ties: demo.ties.map((t, i) => ({ id: `t${i}`, source: t.from, target: t.to })),
};

/** Each drawn cluster's box as fitClusterBoxes draws it at the largest person size, by cluster name. */
function boxes(elements: readonly MapElement[]): Map<string, Rect> {
  const at = new Map(
    elements.flatMap((el) =>
      isPersonNode(el)
        ? [[el.data.id, el.position] as const]
        : isClusterNode(el) && el.position
          ? [[el.data.id, el.position] as const]
          : [],
    ),
  );
  return new Map(
    elements.filter(isClusterNode).map((c) => {
      const memberIds = elements.filter((el) => isPersonNode(el) && el.data.parent === c.data.id).map((el) => el.data.id);
      return [c.data.label, boxExtent({ id: c.data.id, name: c.data.label, memberIds }, at)];
    }),
  );
}
const middle = (r: Rect) => ({ x: (r.x1 + r.x2) / 2, y: (r.y1 + r.y2) / 2 });

describe('geographicPositions', () => {
  it('when every region with people has coordinates, then it is offered; when one lacks them, not', () => {
    const clusters = regionClusters(map);
    const regionIds = new Set(map.regions.map((r) => r.id));
    // Someone without a region and an empty region without coordinates do not stand in the way.
    expect(canArrangeByPlace(clusters, regionIds, regionPlaces(map))).toBe(true);
    const lacking = { ...map, regions: map.regions.map((r) => (r.name === 'Centro' ? { ...r, latitude: null } : r)) };
    expect(canArrangeByPlace(clusters, regionIds, regionPlaces(lacking))).toBe(false);
  });

  it('when the demo is arranged by geography, then no two boxes overlap and each sits west, east, north or south of the others as its place does', () => {
    const drawn = boxes(buildElements(map, { places: regionPlaces(map) }));
    expect(drawn.size).toBe(9); // seven regions, people without a region, the empty region
    const all = [...drawn];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        if (overlaps(all[i]![1], all[j]![1])) expect.fail(`“${all[i]![0]}” and “${all[j]![0]}” overlap`);
      }
    }
    const names = Object.keys(PLACES);
    for (const a of names) {
      for (const b of names) {
        const [p, q] = [middle(drawn.get(a)!), middle(drawn.get(b)!)];
        if (PLACES[a]![1] < PLACES[b]![1]) expect(p.x, `${a} west of ${b}`).toBeLessThan(q.x);
        if (PLACES[a]![0] > PLACES[b]![0]) expect(p.y, `${a} north of ${b}`).toBeLessThan(q.y);
      }
    }
    // The clusters without a place sit below all the placed ones.
    const lowest = Math.max(...names.map((n) => drawn.get(n)!.y2));
    expect(drawn.get('Altiplano')!.y1).toBeGreaterThan(lowest);
    expect(drawn.get('Not given')!.y1).toBeGreaterThan(lowest);
  });

  it('when two regions share one place, then their boxes stand side by side, west to east in their order', () => {
    const cluster = (id: string, size: number) => ({ id, name: id, memberIds: Array.from({ length: size }, (_, i) => `${id}${i}`) });
    const clusters = [cluster('A', 30), cluster('B', 5), cluster('C', 12)];
    const places = new Map([
      ['A', { latitude: 10, longitude: 20 }],
      ['B', { latitude: 10, longitude: 20 }],
      ['C', { latitude: 12, longitude: 21 }],
    ]);
    const positions = geographicPositions(clusters, places);
    const [a, b, c] = clusters.map((cl) => boxExtent(cl, positions));
    expect(overlaps(a!, b!) || overlaps(a!, c!) || overlaps(b!, c!)).toBe(false);
    expect(middle(a!).x).toBeLessThan(middle(b!).x);
  });
});
