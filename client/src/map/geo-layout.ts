// The "by geography" arrangement: region boxes placed by their coordinates (no map tiles), each box a
// sunflower disc of its members as in the grid arrangement, no two boxes overlapping.
import type { Position } from 'cytoscape';
import { BOX_GAP } from './cluster-geometry';
import type { ClusterMembers } from './cluster-layout';
import { boxExtent, clusterGridPositions } from './cluster-layout';

export interface Place {
  latitude: number;
  longitude: number;
}

/**
 * Whether every region with members has a place (people without a region are no region): only then is the
 * geographic arrangement offered.
 */
export function canArrangeByPlace(
  clusters: readonly ClusterMembers[],
  regionIds: ReadonlySet<string>,
  places: ReadonlyMap<string, Place>,
): boolean {
  const regions = clusters.filter((c) => regionIds.has(c.id));
  return regions.some((c) => places.has(c.id)) && regions.every((c) => c.memberIds.length === 0 || places.has(c.id));
}

/**
 * Positions (as clusterGridPositions gives them) with each placed cluster's box centred on its place,
 * projected equirectangularly (longitude shrunk by the cosine of the middle latitude, north up), each axis
 * evened out (evenOut: the order west to east and north to south kept, distances made more alike). The scale
 * is the smallest at which no two boxes overlap;
 * clusters at the very same place are set side by side from west to east. Clusters without a place (people
 * without a region, empty regions without coordinates) are packed in rows below.
 */
export function geographicPositions(
  clusters: readonly ClusterMembers[],
  places: ReadonlyMap<string, Place>,
  spacing = 24,
): Map<string, Position> {
  const placed = clusters.filter((c) => places.has(c.id));
  const rest = clusters.filter((c) => !places.has(c.id));
  const positions = new Map<string, Position>();
  // Each placed cluster laid out alone: its disc and box, to be moved onto its place.
  const alone = placed.map((c) => {
    const at = clusterGridPositions([c], spacing);
    return { cluster: c, at, box: boxExtent(c, at) };
  });

  const middle =
    (Math.min(...placed.map((c) => places.get(c.id)!.latitude)) + Math.max(...placed.map((c) => places.get(c.id)!.latitude))) / 2;
  const shrink = Math.cos((middle * Math.PI) / 180);
  const seen = new Map<string, number>();
  const points = placed.map((c) => {
    const { latitude, longitude } = places.get(c.id)!;
    // The same place again: one box-width step east per repeat (in degrees, scaled below like the rest).
    const key = `${latitude},${longitude}`;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    return { x: longitude * shrink, y: -latitude, repeat };
  });
  const sizes = alone.map(({ box }) => ({ w: box.x2 - box.x1 + BOX_GAP, h: box.y2 - box.y1 + BOX_GAP }));

  // Repeats step east by a fiftieth of the spread of places (a degree when all share one place); then the scale
  // that keeps every pair apart is the largest any pair needs.
  const spread = Math.max(0, ...points.flatMap((p) => points.map((q) => Math.hypot(p.x - q.x, p.y - q.y))));
  const unit = spread > 0 ? spread / 50 : 1;
  points.forEach((p) => (p.x += p.repeat * unit));
  // Each axis evened out, keeping its order: half the projected place, half the rank among the places. Three
  // regions a few hundred kilometres apart otherwise set a scale that leaves the map mostly empty, with boxes
  // and names too small to read once it is all in view.
  evenOut(points, 'x');
  evenOut(points, 'y');
  let scale = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const [dx, dy] = [Math.abs(points[i]!.x - points[j]!.x), Math.abs(points[i]!.y - points[j]!.y)];
      const across = (sizes[i]!.w + sizes[j]!.w) / 2;
      const down = (sizes[i]!.h + sizes[j]!.h) / 2;
      // Apart when far enough across or far enough down: the smaller of the two scales suffices.
      const needed = Math.min(dx > 0 ? across / dx : Infinity, dy > 0 ? down / dy : Infinity);
      scale = Math.max(scale, needed);
    }
  }
  if (!Number.isFinite(scale) || scale === 0) scale = 1;

  let bottom = -Infinity;
  let left = Infinity;
  alone.forEach(({ at, box }, i) => {
    const centre = { x: points[i]!.x * scale, y: points[i]!.y * scale };
    const shift = { x: centre.x - (box.x1 + box.x2) / 2, y: centre.y - (box.y1 + box.y2) / 2 };
    for (const [id, p] of at) positions.set(id, { x: round(p.x + shift.x), y: round(p.y + shift.y) });
    bottom = Math.max(bottom, box.y2 + shift.y);
    left = Math.min(left, box.x1 + shift.x);
  });

  if (rest.length > 0) {
    // Below the placed boxes, from their left edge.
    const grid = clusterGridPositions(rest, spacing);
    const extents = rest.map((c) => boxExtent(c, grid));
    const [x1, y1] = [Math.min(...extents.map((e) => e.x1)), Math.min(...extents.map((e) => e.y1))];
    const [dx, dy] = placed.length > 0 ? [left - x1, bottom + BOX_GAP - y1] : [0, 0];
    for (const [id, p] of grid) positions.set(id, { x: round(p.x + dx), y: round(p.y + dy) });
  }
  return positions;
}

/** Replaces each point's `axis` by the mean of its place on the axis and its rank there, over the same span. */
function evenOut(points: { x: number; y: number }[], axis: 'x' | 'y'): void {
  const values = [...new Set(points.map((p) => p[axis]))].sort((a, b) => a - b);
  const [low, span] = [values[0]!, values.at(-1)! - values[0]!];
  if (values.length < 2 || span === 0) return;
  const rank = new Map(values.map((v, i) => [v, i / (values.length - 1)]));
  for (const p of points) p[axis] = low + span * ((p[axis] - low) / span / 2 + rank.get(p[axis])! / 2);
}

const round = (n: number) => Math.round(n * 10) / 10;
