import type { Position } from 'cytoscape';
import { isPersonNode } from './build-elements';
import type { MapElement } from './build-elements';

const PREFIX = 'tejido:layout:v2:';
const KEEP = 12;

/**
 * A key for the layout of these elements: people, the cluster each sits in, and ties. Two loads of the same
 * data and grouping get the same key, so the second one reuses the first one's positions.
 */
export function layoutKeyOf(elements: readonly MapElement[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
  };
  let count = 0;
  for (const el of elements) {
    if (el.group === 'edges') add(`e${el.data.source}>${el.data.target};`);
    else if (isPersonNode(el)) add(`p${el.data.id}@${el.data.parent ?? ''};`);
    else add(`c${el.data.id};`);
    count += 1;
  }
  return `${count}-${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}

type Stored = { ids: string[]; xy: number[] };
// When each stored layout was last written, in one small entry so eviction need not parse big ones.
const INDEX = `${PREFIX}index`;

/** Positions stored for `key`, or null. Failures (private mode, corrupt entries) read as a miss. */
export function readLayout(key: string): Map<string, Position> | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const { ids, xy } = JSON.parse(raw) as Stored;
    return new Map(ids.map((id, i) => [id, { x: xy[2 * i]!, y: xy[2 * i + 1]! }]));
  } catch {
    return null;
  }
}

/** Stores positions for `key`, keeping only the newest few layouts; a full storage just skips caching. */
export function writeLayout(key: string, positions: ReadonlyMap<string, Position>): void {
  const ids = [...positions.keys()];
  const xy = ids.flatMap((id) => {
    const { x, y } = positions.get(id)!;
    return [Math.round(x), Math.round(y)];
  });
  try {
    const index = JSON.parse(localStorage.getItem(INDEX) ?? '{}') as Record<string, number>;
    index[key] = Date.now();
    const stale = Object.keys(index)
      .sort((a, b) => index[b]! - index[a]!)
      .slice(KEEP);
    for (const k of stale) {
      localStorage.removeItem(PREFIX + k);
      delete index[k];
    }
    localStorage.setItem(INDEX, JSON.stringify(index));
    localStorage.setItem(PREFIX + key, JSON.stringify({ ids, xy } satisfies Stored));
  } catch {
    // Quota exceeded or storage disabled: the layout is simply computed again next time.
  }
}
