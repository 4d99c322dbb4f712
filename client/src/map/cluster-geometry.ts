// Where cluster boxes go, as plain geometry (no Cytoscape): each box encloses its members with its name in a
// band at the top, and no two boxes overlap, whatever the grouping (7 regions or 250 organizations).
import type { Position } from 'cytoscape';

/** Font size of a cluster's name on the map (map-style.ts): large enough for a projector. */
export const CLUSTER_FONT = 34;
/** Room between the outermost members and the box's edge. */
export const BOX_PADDING = 16;
/** The band at the top of a box that holds its name. */
export const NAME_BAND = CLUSTER_FONT + 16;
/** Space kept between two boxes. */
export const BOX_GAP = 40;
/** The largest a person is drawn (sized by ties: map-style.ts, degreeSize). */
export const LARGEST_PERSON = 56;

export type Rect = { x1: number; y1: number; x2: number; y2: number };

/** A generous width of `name` in the bold cluster font (~0.62 em a character, wider than most letters). */
export const nameWidth = (name: string) => Math.ceil([...name].length * CLUSTER_FONT * 0.62);

/** The box drawn around members spanning `extent`: padded, with a band on top for the name and at least as wide as it. */
export function boxAround(extent: Rect, name: string): Rect {
  const middle = (extent.x1 + extent.x2) / 2;
  const half = Math.max((extent.x2 - extent.x1) / 2, nameWidth(name) / 2) + BOX_PADDING;
  return { x1: middle - half, x2: middle + half, y1: extent.y1 - BOX_PADDING - NAME_BAND, y2: extent.y2 + BOX_PADDING };
}

/** Whether two boxes come closer than `gap`. */
export const overlaps = (a: Rect, b: Rect, gap = 0) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/** What the layout places: a person (or a folded cluster) with its drawn size and the cluster it sits in. */
export interface Placed {
  id: string;
  cluster?: string;
  x: number;
  y: number;
  size: number;
}

/**
 * Moves whole clusters apart until no two boxes overlap, each as little as it can: the largest keep their
 * place, each next one takes the free spot nearest to where the force layout put it (searched on a widening
 * spiral). Members keep their places inside their cluster; anyone outside a cluster is a box of their own.
 * Deterministic; fine for the few hundred clusters a force-laid map has.
 */
export function separateClusters(items: readonly Placed[], names: ReadonlyMap<string, string>): Map<string, Position> {
  const groups = new Map<string, { extent: Rect; name: string | null }>();
  for (const item of items) {
    const key = item.cluster ?? `\u0000${item.id}`;
    const half = item.size / 2;
    const g = groups.get(key);
    if (!g) groups.set(key, { extent: { x1: item.x - half, y1: item.y - half, x2: item.x + half, y2: item.y + half }, name: item.cluster ? (names.get(item.cluster) ?? '') : null });
    else {
      g.extent.x1 = Math.min(g.extent.x1, item.x - half);
      g.extent.y1 = Math.min(g.extent.y1, item.y - half);
      g.extent.x2 = Math.max(g.extent.x2, item.x + half);
      g.extent.y2 = Math.max(g.extent.y2, item.y + half);
    }
  }
  const boxes = [...groups].map(([key, g]) => ({ key, box: g.name === null ? g.extent : boxAround(g.extent, g.name) }));
  const area = (r: Rect) => (r.x2 - r.x1) * (r.y2 - r.y1);
  boxes.sort((a, b) => area(b.box) - area(a.box) || (a.key < b.key ? -1 : 1));

  const placed: Rect[] = [];
  const shift = new Map<string, Position>();
  for (const { key, box } of boxes) {
    const [w, h] = [box.x2 - box.x1, box.y2 - box.y1];
    const step = Math.max(BOX_GAP, Math.min(w, h) / 2);
    let found: Position | null = null;
    for (let ring = 0; found === null; ring++) {
      const spots = ring === 0 ? 1 : 8 * ring;
      for (let k = 0; k < spots && found === null; k++) {
        const angle = (2 * Math.PI * k) / spots;
        const offset = { x: ring * step * Math.cos(angle), y: ring * step * Math.sin(angle) };
        const moved = { x1: box.x1 + offset.x, y1: box.y1 + offset.y, x2: box.x2 + offset.x, y2: box.y2 + offset.y };
        if (!placed.some((other) => overlaps(moved, other, BOX_GAP))) {
          placed.push(moved);
          found = offset;
        }
      }
    }
    shift.set(key, found);
  }
  const positions = new Map<string, Position>();
  for (const item of items) {
    const offset = shift.get(item.cluster ?? `\u0000${item.id}`)!;
    positions.set(item.id, { x: round(item.x + offset.x), y: round(item.y + offset.y) });
  }
  return positions;
}

const round = (n: number) => Math.round(n * 10) / 10;
