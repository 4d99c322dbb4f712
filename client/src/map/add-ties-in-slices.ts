import type { Core } from 'cytoscape';
import type { MapElement, TieEdge } from './build-elements';

export interface SliceOptions {
  /** How long one slice may keep the page busy, in ms (a long task starts at 50 ms). */
  budgetMs?: number;
  /** Ties in the first slice; later ones are sized from the time it took. */
  firstSlice?: number;
  /** Waits between slices: by default for the next frame to be drawn, then for the event queue. */
  pause?: () => Promise<void>;
  now?: () => number;
}

export interface SlicedAdd {
  /** True once every tie is in the graph; false when cancelled or the graph was destroyed first. */
  done: Promise<boolean>;
  cancel(): void;
}

// Headless graphs (tests) have no style to compute; the typings leave styleEnabled() out.
const styled = (cy: Core) => (cy as Core & { styleEnabled(): boolean }).styleEnabled();

const REVEAL_STEPS = 4;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The class of ties added but not shown yet (the stylesheet hides it). */
export const ARRIVING = 'arriving';

/**
 * Adds the ties of `current()` that the graph lacks, a slice at a time, pausing between slices so that the
 * page keeps answering (panning, taps, the cluster map arriving) while thousands of ties are styled and
 * added: one `cy.add` of 20,000 ties blocks for seconds. The slice size adapts to stay within the budget.
 * `current()` is read before every slice, so an update in between is honoured (ties gone are skipped).
 *
 * Each slice is styled at once (Cytoscape would otherwise style them all in the next frame) and stays hidden
 * (class `arriving`) until the last one is in: then one class change shows them all, so frames in between
 * draw no half-built map and cost no more than the people alone.
 */
export function addTiesInSlices(
  cy: Core,
  current: () => readonly MapElement[],
  { budgetMs = 40, firstSlice = 200, pause = nextFrame, now = () => performance.now() }: SliceOptions = {},
): SlicedAdd {
  let cancelled = false;
  // Shows the held-back ties in a few steps, a frame each: one step would style and draw them all at once.
  const reveal = async () => {
    const arriving = cy.edges(`.${ARRIVING}`);
    const step = Math.ceil(arriving.length / REVEAL_STEPS);
    for (let i = 0; i < arriving.length; i += step) {
      if (cancelled || cy.destroyed()) return false;
      arriving.slice(i, i + step).removeClass(ARRIVING);
      if (i + step < arriving.length) await pause();
    }
    return true;
  };
  const run = async () => {
    let size = firstSlice;
    let list: readonly MapElement[] | null = null;
    let cursor = 0;
    for (;;) {
      if (cancelled || cy.destroyed()) return false;
      const latest = current();
      if (latest !== list) [list, cursor] = [latest, 0];
      const slice: TieEdge[] = [];
      while (cursor < list.length && slice.length < size) {
        const el = list[cursor++]!;
        if (el.group !== 'edges' || cy.getElementById(el.data.id).nonempty()) continue;
        // An end filtered away by an update in between: that tie is not drawn either.
        if (cy.getElementById(el.data.source).empty() || cy.getElementById(el.data.target).empty()) continue;
        slice.push(el);
      }
      if (slice.length === 0) return reveal();
      const started = now();
      const added = cy.add(slice.map((el) => ({ ...el, classes: ARRIVING })));
      if (styled(cy)) added.forEach((edge) => void edge.numericStyle('width'));
      const spent = Math.max(now() - started, 1);
      size = Math.max(20, Math.min(4000, Math.round((size * budgetMs) / spent)));
      await pause();
    }
  };
  return {
    done: run(),
    cancel: () => {
      cancelled = true;
    },
  };
}
