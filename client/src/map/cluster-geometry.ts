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

/** The box of a cluster without members: the room of one person at `anchor`, with the name's band on top. */
export const emptyBox = (anchor: Position, name: string): Rect =>
  boxAround(
    {
      x1: anchor.x - LARGEST_PERSON / 2,
      y1: anchor.y - LARGEST_PERSON / 2,
      x2: anchor.x + LARGEST_PERSON / 2,
      y2: anchor.y + LARGEST_PERSON / 2,
    },
    name,
  );

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
 * Moves whole clusters so that no two boxes overlap and the map is compact: the boxes are packed in rows
 * (about 16:10 overall, the shape of screens and projectors), taken from top to bottom and, within a row,
 * from left to right as the force layout placed them, so that neighbours there stay neighbours here. The force
 * layout alone spread clusters far apart (long springs between them: names too small to read once the whole
 * map is in view) and left boxes with their names overlapping. Members keep their places inside their cluster;
 * anyone outside a cluster is a box of their own. Deterministic and linear after sorting.
 */
export function separateClusters(placed: readonly Placed[], names: ReadonlyMap<string, string>): Map<string, Position> {
  const items = tightened(placed);
  const groups = new Map<string, { extent: Rect; name: string | null }>();
  for (const item of items) {
    const key = item.cluster ?? `\u0000${item.id}`;
    const half = item.size / 2;
    const g = groups.get(key);
    if (!g)
      groups.set(key, {
        extent: { x1: item.x - half, y1: item.y - half, x2: item.x + half, y2: item.y + half },
        name: item.cluster ? (names.get(item.cluster) ?? '') : null,
      });
    else {
      g.extent.x1 = Math.min(g.extent.x1, item.x - half);
      g.extent.y1 = Math.min(g.extent.y1, item.y - half);
      g.extent.x2 = Math.max(g.extent.x2, item.x + half);
      g.extent.y2 = Math.max(g.extent.y2, item.y + half);
    }
  }
  const boxes = [...groups].map(([key, g]) => {
    const box = g.name === null ? g.extent : boxAround(g.extent, g.name);
    return {
      key,
      box,
      width: box.x2 - box.x1 + BOX_GAP,
      height: box.y2 - box.y1 + BOX_GAP,
      x: (box.x1 + box.x2) / 2,
      y: (box.y1 + box.y2) / 2,
    };
  });
  const area = boxes.reduce((sum, b) => sum + b.width * b.height, 0);
  // Wider than 16:10 by area: rows are as tall as their tallest box, which leaves room below the others.
  const rowWidth = Math.max(Math.sqrt(area * 2.4), ...boxes.map((b) => b.width));

  // Rows from top to bottom: each takes the highest boxes left until it is full, then orders them left to right.
  const byHeight = [...boxes].sort((a, b) => a.y - b.y || a.x - b.x || (a.key < b.key ? -1 : 1));
  const rows: (typeof boxes)[] = [];
  let row: typeof boxes = [];
  let width = 0;
  for (const box of byHeight) {
    if (row.length > 0 && width + box.width > rowWidth) {
      rows.push(row);
      [row, width] = [[], 0];
    }
    row.push(box);
    width += box.width;
  }
  if (row.length > 0) rows.push(row);

  const shift = new Map<string, Position>();
  let top = 0;
  for (const boxesInRow of rows) {
    boxesInRow.sort((a, b) => a.x - b.x || (a.key < b.key ? -1 : 1));
    const used = boxesInRow.reduce((sum, b) => sum + b.width, 0);
    const height = Math.max(...boxesInRow.map((b) => b.height));
    let left = (rowWidth - used) / 2;
    for (const b of boxesInRow) {
      // Each box sits at the top of its row's band, at the next free place from the left.
      shift.set(b.key, { x: left + BOX_GAP / 2 - b.box.x1, y: top + BOX_GAP / 2 - b.box.y1 });
      left += b.width;
    }
    top += height;
  }
  const positions = new Map<string, Position>();
  for (const item of items) {
    const offset = shift.get(item.cluster ?? `\u0000${item.id}`)!;
    positions.set(item.id, { x: round(item.x + offset.x), y: round(item.y + offset.y) });
  }
  return positions;
}

/**
 * Members drawn in towards their cluster's middle where the force layout stretched it beyond SPREAD_MAX times
 * the disc its members would fill: when most of a cluster's ties lead out of it (an organization's people each
 * tied to their region), the springs pull its members far apart and the box around them fills the screen.
 */
function tightened(items: readonly Placed[]): Placed[] {
  const members = new Map<string, Placed[]>();
  for (const item of items) if (item.cluster !== undefined) members.set(item.cluster, [...(members.get(item.cluster) ?? []), item]);
  const scale = new Map<string, { x: number; y: number; by: number }>();
  for (const [cluster, list] of members) {
    const [xs, ys] = [list.map((m) => m.x), list.map((m) => m.y)];
    const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const allowed = SPREAD_MAX * 2 * 24 * Math.sqrt(list.length / Math.PI);
    scale.set(cluster, { x: (x1 + x2) / 2, y: (y1 + y2) / 2, by: Math.min(1, allowed / Math.max(x2 - x1, y2 - y1, 1)) });
  }
  return items.map((item) => {
    const s = item.cluster === undefined ? undefined : scale.get(item.cluster);
    return s && s.by < 1 ? { ...item, x: s.x + s.by * (item.x - s.x), y: s.y + s.by * (item.y - s.y) } : item;
  });
}

/** How far beyond its members' disc a cluster may stretch (1: as packed as the starting discs). */
const SPREAD_MAX = 1.6;

const round = (n: number) => Math.round(n * 10) / 10;
