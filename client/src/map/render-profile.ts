/**
 * Cytoscape's performance options, each switchable so that bench/cluster-map-client.ts can measure what
 * each one buys on the real page. The app always runs with DEFAULT_RENDER_PROFILE; a benchmark sets
 * `window.__TEJIDO_RENDER_PROFILE__` before the page loads.
 */
export interface RenderProfile {
  /** Cytoscape's default stylesheet with every name drawn (the benchmark's baseline). */
  plainStyle: boolean;
  /** Clusters as Cytoscape compound nodes (people their children) instead of boxes drawn behind them. */
  compoundClusters: boolean;
  /** Straight edges without per-edge geometry; bezier otherwise. */
  haystack: boolean;
  /** Names hidden while they would be drawn smaller than 9px (`min-zoomed-font-size`), and styled only from then on. */
  hideSmallLabels: boolean;
  /** No edges drawn while panning or zooming. */
  hideEdgesOnViewport: boolean;
  /** Panning and zooming move a snapshot of the drawing instead of redrawing it. */
  textureOnViewport: boolean;
  /** Draw at 1 canvas pixel per CSS pixel on high-density screens. */
  pixelRatioOne: boolean;
  /** On large maps, paint people first and add the ties after, in slices across frames. */
  deferTies: boolean;
  /** Reuse positions computed earlier for the same data (localStorage). */
  layoutCache: boolean;
  /** Refine positions with fcose in a Web Worker; the cheap cluster-disc positions stay otherwise. */
  workerLayout: boolean;
}

export const DEFAULT_RENDER_PROFILE: RenderProfile = {
  plainStyle: false,
  compoundClusters: false,
  haystack: true,
  hideSmallLabels: true,
  hideEdgesOnViewport: true,
  textureOnViewport: true,
  pixelRatioOne: true,
  deferTies: true,
  layoutCache: true,
  workerLayout: true,
};

declare global {
  interface Window {
    __TEJIDO_RENDER_PROFILE__?: Partial<RenderProfile>;
  }
}

export function renderProfile(): RenderProfile {
  const override = typeof window === 'undefined' ? undefined : window.__TEJIDO_RENDER_PROFILE__;
  return { ...DEFAULT_RENDER_PROFILE, ...override };
}
