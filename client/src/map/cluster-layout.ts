import type { Position } from 'cytoscape';

export interface ClusterMembers {
  id: string;
  /** Members in the order they should sit from the centre outwards (best connected first). */
  memberIds: readonly string[];
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Radius of the disc that holds `count` people at `spacing` apart. */
export const discRadius = (count: number, spacing: number) => spacing * Math.sqrt(Math.max(count, 1) / Math.PI);

/**
 * Cheap, deterministic starting positions: each cluster a sunflower-packed disc (the first members in the
 * middle), the discs packed in rows, largest first. Linear in the number of people, so a map of thousands
 * can be painted at once while the force layout runs elsewhere.
 */
export function clusterGridPositions(clusters: readonly ClusterMembers[], spacing = 24): Map<string, Position> {
  const gap = spacing * 4;
  const radii = clusters.map((c) => discRadius(c.memberIds.length, spacing));
  const area = radii.reduce((sum, r) => sum + (2 * r + gap) ** 2, 0);
  const rowWidth = Math.max(Math.sqrt(area) * 1.3, 2 * (radii[0] ?? 0) + gap);

  // Shelf packing: fill a row left to right, start a new one when the next disc would overflow it.
  const rows: { index: number[]; width: number; height: number }[] = [];
  clusters.forEach((_, i) => {
    const size = 2 * radii[i]! + gap;
    const row = rows.at(-1);
    if (!row || row.width + size > rowWidth) rows.push({ index: [i], width: size, height: size });
    else {
      row.index.push(i);
      row.width += size;
      row.height = Math.max(row.height, size);
    }
  });

  const positions = new Map<string, Position>();
  let top = 0;
  for (const row of rows) {
    let left = (rowWidth - row.width) / 2;
    for (const i of row.index) {
      const r = radii[i]!;
      const center = { x: left + gap / 2 + r, y: top + row.height / 2 };
      clusters[i]!.memberIds.forEach((id, k) => {
        const radius = spacing * Math.sqrt((k + 0.5) / Math.PI);
        positions.set(id, { x: round(center.x + radius * Math.cos(k * GOLDEN_ANGLE)), y: round(center.y + radius * Math.sin(k * GOLDEN_ANGLE)) });
      });
      left += 2 * r + gap;
    }
    top += row.height;
  }
  return positions;
}

const round = (n: number) => Math.round(n * 10) / 10;
