import type { Position } from 'cytoscape';
import { BOX_GAP, BOX_PADDING, LARGEST_PERSON, NAME_BAND, boxAround, nameWidth } from './cluster-geometry';
import type { Rect } from './cluster-geometry';

export interface ClusterMembers {
  id: string;
  /** Members in the order they should sit from the centre outwards (best connected first). */
  memberIds: readonly string[];
  /** The name drawn at the top of its box (none for people outside any cluster). */
  name?: string;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Radius of the disc that holds `count` people at `spacing` apart. */
export const discRadius = (count: number, spacing: number) => spacing * Math.sqrt(Math.max(count, 1) / Math.PI);

/**
 * Cheap, deterministic starting positions: each cluster a sunflower-packed disc (the first members in the
 * middle) inside a box as wide as its name, the boxes packed in rows, largest first, never overlapping. A
 * cluster without members gets the room of one, and its anchor (where that one would sit) under its own id.
 * Linear in the number of people, so a map of thousands can be painted at once while the force layout runs
 * elsewhere (and above LARGE_MAP, stays).
 */
export function clusterGridPositions(clusters: readonly ClusterMembers[], spacing = 24): Map<string, Position> {
  // Room around a disc for its members' own size and the box's padding, plus the gap between boxes.
  const margin = LARGEST_PERSON / 2 + BOX_PADDING;
  const radii = clusters.map((c) => discRadius(c.memberIds.length, spacing));
  const sizes = clusters.map((c, i) => {
    const named = c.name !== undefined;
    const width = Math.max(2 * radii[i]! + 2 * margin, named ? nameWidth(c.name!) + 2 * BOX_PADDING + LARGEST_PERSON : 0);
    return { width: width + BOX_GAP, height: 2 * radii[i]! + 2 * margin + (named ? NAME_BAND : 0) + BOX_GAP, top: named ? NAME_BAND : 0 };
  });
  const area = sizes.reduce((sum, s) => sum + s.width * s.height, 0);
  // Rows about 16:9 overall, the shape of the screens the map is shown on.
  const rowWidth = Math.max(Math.sqrt(area * (16 / 9)), sizes[0]?.width ?? 0);

  // Shelf packing: fill a row left to right, start a new one when the next box would overflow it.
  const rows: { index: number[]; width: number; height: number }[] = [];
  clusters.forEach((_, i) => {
    const { width, height } = sizes[i]!;
    const row = rows.at(-1);
    if (!row || row.width + width > rowWidth) rows.push({ index: [i], width, height });
    else {
      row.index.push(i);
      row.width += width;
      row.height = Math.max(row.height, height);
    }
  });

  const positions = new Map<string, Position>();
  let top = 0;
  for (const row of rows) {
    let left = (rowWidth - row.width) / 2;
    for (const i of row.index) {
      const r = radii[i]!;
      const size = sizes[i]!;
      const center = { x: left + size.width / 2, y: top + BOX_GAP / 2 + size.top + margin + r };
      if (clusters[i]!.memberIds.length === 0) positions.set(clusters[i]!.id, { x: round(center.x), y: round(center.y) });
      clusters[i]!.memberIds.forEach((id, k) => {
        const radius = spacing * Math.sqrt((k + 0.5) / Math.PI);
        positions.set(id, {
          x: round(center.x + radius * Math.cos(k * GOLDEN_ANGLE)),
          y: round(center.y + radius * Math.sin(k * GOLDEN_ANGLE)),
        });
      });
      left += size.width;
    }
    top += row.height;
  }
  return positions;
}

/**
 * The box drawn around a cluster at `positions` (fitClusterBoxes, at the largest person size): around its
 * members, or around its anchor (its own id) when it has none; without a name, the members' extent alone.
 */
export function boxExtent(cluster: ClusterMembers, positions: ReadonlyMap<string, Position>): Rect {
  const ids = cluster.memberIds.length > 0 ? cluster.memberIds : [cluster.id];
  const half = LARGEST_PERSON / 2;
  const at = ids.map((id) => positions.get(id)!);
  const extent = {
    x1: Math.min(...at.map((p) => p.x)) - half,
    y1: Math.min(...at.map((p) => p.y)) - half,
    x2: Math.max(...at.map((p) => p.x)) + half,
    y2: Math.max(...at.map((p) => p.y)) + half,
  };
  return cluster.name === undefined ? extent : boxAround(extent, cluster.name);
}

const round = (n: number) => Math.round(n * 10) / 10;
