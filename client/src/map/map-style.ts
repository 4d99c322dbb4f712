import type { Css, StylesheetJson } from 'cytoscape';
import type { ParticipationLevel } from '../communities/queries';
import { ARRIVING } from './add-ties-in-slices';
import { CLUSTER_FONT, NAME_BAND } from './cluster-geometry';

/**
 * How each participation level is drawn. Colours are Okabe–Ito (they survive colour blindness and washed-out
 * projectors), and every level also differs by shape or fill: coordinators are large diamonds, active
 * members discs, peripheral members small hollow rings.
 */
export const PARTICIPATION_STYLE: Record<
  ParticipationLevel,
  { label: string; color: string; size: number; shape: Css.NodeShape; hollow: boolean }
> = {
  CORE: { label: 'Coordinator (core)', color: '#D55E00', size: 30, shape: 'diamond', hollow: false },
  ACTIVE: { label: 'Active', color: '#0072B2', size: 20, shape: 'ellipse', hollow: false },
  PERIPHERAL: { label: 'Peripheral', color: '#56B4E9', size: 13, shape: 'ellipse', hollow: true },
};

export const TIE_COLOR = '#8795A1';
export const CROSS_CLUSTER_TIE_COLOR = '#E69F00';
export const BRIDGE_BORDER = '#111111';
export const HIGHLIGHT_BORDER = '#111111';
/** People and ties new since the moment the "since" control chose (Okabe–Ito bluish green, apart from the orange of cross-cluster ties). */
export const NEW_COLOR = '#009E73';

export type SizeBy = 'participation' | 'degree';

const NAME_SIZE = 11;
/** Names smaller than this on screen (px) are not drawn (`min-zoomed-font-size`). */
const MIN_NAME_SIZE = 9;
/** The zoom from which people's names are big enough to draw. */
export const NAMES_FROM_ZOOM = MIN_NAME_SIZE / NAME_SIZE;
/**
 * The class that gives people their names, added by GraphCanvas once the map is zoomed in to NAMES_FROM_ZOOM:
 * styling 5,000 names nobody can read yet was a third of the styling before a large map's first picture.
 */
export const NAMED = 'named';

export interface StyleOptions {
  sizeBy?: SizeBy;
  /** Straight edges drawn without per-edge geometry (the fastest kind); bezier otherwise. */
  haystack?: boolean;
  /**
   * Skip drawing labels that would be smaller than 9px on screen (names appear as you zoom in), and style
   * people's names only once they carry the NAMED class; otherwise every name is styled and drawn.
   */
  hideSmallLabels?: boolean;
}

const levels = Object.keys(PARTICIPATION_STYLE) as ParticipationLevel[];

/**
 * Clusters at the bottom, then ties, then people. Clusters are plain nodes behind their members
 * (cluster-boxes.ts), which Cytoscape would otherwise draw above the ties like any node.
 */
const DRAWING_ORDER = {
  below: { 'z-compound-depth': 'bottom' },
  above: { 'z-compound-depth': 'orphan' },
} as const;

/** The map's stylesheet; the same data and options always give the same look. */
export function mapStylesheet({ sizeBy = 'participation', haystack = true, hideSmallLabels = true }: StyleOptions = {}): StylesheetJson {
  return [
    {
      selector: 'node[kind = "person"]',
      style: { 'border-width': 1, 'border-color': '#FFFFFF', ...DRAWING_ORDER.above },
    },
    {
      selector: hideSmallLabels ? `node[kind = "person"].${NAMED}` : 'node[kind = "person"]',
      style: {
        label: 'data(label)',
        'font-size': NAME_SIZE,
        color: '#1F2933',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#FFFFFF',
        'text-outline-width': 2,
        ...(hideSmallLabels ? { 'min-zoomed-font-size': MIN_NAME_SIZE } : {}),
      },
    },
    ...levels.map((level) => {
      const { color, size, shape, hollow } = PARTICIPATION_STYLE[level];
      return {
        selector: `node[kind = "person"][participation = "${level}"]`,
        style: {
          shape,
          width: sizeBy === 'degree' ? 'data(degreeSize)' : size,
          height: sizeBy === 'degree' ? 'data(degreeSize)' : size,
          'background-color': hollow ? '#FFFFFF' : color,
          ...(hollow ? { 'border-width': 3, 'border-color': color } : {}),
        },
      };
    }),
    {
      // Bridges: a heavy double outline, whatever their level.
      selector: 'node[kind = "person"][?bridge]',
      style: { 'border-width': 5, 'border-style': 'double', 'border-color': BRIDGE_BORDER },
    },
    {
      // Not listed: visible to facilitators only, drawn faint and dashed so nobody mistakes the map for a shared view.
      selector: 'node[kind = "person"][?unlisted]',
      style: { 'background-opacity': 0.25, 'border-width': 2, 'border-style': 'dashed', 'border-color': '#444444' },
    },
    {
      // New since the chosen moment: a warm halo behind the person, whatever else marks them.
      selector: 'node[kind = "person"][?isNew]',
      style: { 'underlay-color': NEW_COLOR, 'underlay-opacity': 0.7, 'underlay-padding': 6, 'underlay-shape': 'ellipse' },
    },
    {
      selector: 'node[kind = "cluster"]',
      style: {
        shape: 'round-rectangle',
        label: 'data(label)',
        // Large enough to read on a projector when the whole map is in view; inside the band at the top of
        // the box that cluster-geometry.ts keeps for it.
        'font-size': CLUSTER_FONT,
        'font-weight': 'bold',
        color: '#1F2933',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': NAME_BAND - 8,
        'text-outline-color': '#FFFFFF',
        'text-outline-width': 3,
        'min-zoomed-font-size': 6,
        'background-color': 'data(color)',
        'background-opacity': 0.14,
        'border-color': 'data(color)',
        'border-width': 2,
        // Sized to enclose its members (cluster-boxes.ts), not by Cytoscape's compound nodes.
        width: 'data(boxW)',
        height: 'data(boxH)',
        ...DRAWING_ORDER.below,
      },
    },
    {
      // Nobody in it yet: a faint dashed box, a gap a coordinator should see.
      selector: 'node[kind = "cluster"][?empty]',
      style: { 'background-opacity': 0.05, 'border-style': 'dashed' },
    },
    {
      // A collapsed cluster: one solid node standing for all its members, sized by their number.
      selector: 'node[kind = "cluster"][?collapsed]',
      style: {
        width: 'mapData(memberCount, 1, 300, 48, 180)',
        height: 'mapData(memberCount, 1, 300, 48, 180)',
        'background-opacity': 0.85,
        'border-width': 4,
        'border-style': 'double',
        'border-color': '#1F2933',
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-wrap': 'wrap',
        'text-max-width': '160px',
        // One node among the others, drawn above the ties folded into it.
        ...DRAWING_ORDER.above,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': haystack ? 'haystack' : 'bezier',
        ...(haystack ? { 'haystack-radius': 0 } : {}),
        width: 'mapData(weight, 1, 40, 1, 10)',
        'line-color': TIE_COLOR,
        opacity: 0.45,
        ...DRAWING_ORDER.above,
      },
    },
    {
      selector: 'edge[?crossCluster]',
      style: { 'line-color': CROSS_CLUSTER_TIE_COLOR, opacity: 0.8, 'z-index': 1 },
    },
    {
      selector: 'edge[?crossCluster][weight = 1]',
      style: { width: 1.5 },
    },
    {
      selector: 'edge[?isNew]',
      style: { 'line-color': NEW_COLOR, opacity: 0.95, width: 3, 'z-index': 2 },
    },
    {
      // A chain of introductions (peer finder): thick and dark above every other tie.
      selector: 'edge.on-path',
      style: { width: 5, 'line-color': HIGHLIGHT_BORDER, opacity: 1, 'z-index': 20 },
    },
    { selector: '.filtered', style: { display: 'none' } },
    // Ties styled but held back until all are in (add-ties-in-slices.ts).
    { selector: `edge.${ARRIVING}`, style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.1 } },
    {
      selector: 'node[kind = "person"].highlighted',
      style: { 'border-width': 4, 'border-color': HIGHLIGHT_BORDER, 'border-style': 'solid' },
    },
    { selector: 'node[kind = "person"].dimmed', style: { opacity: 0.4 } },
    {
      selector: 'node[kind = "person"]:selected',
      style: { 'border-width': 4, 'border-color': '#111111', 'border-style': 'solid', 'z-index': 10 },
    },
  ];
}

/** Cytoscape's own default look with every name drawn: the baseline the benchmark compares against. */
export const plainStylesheet: StylesheetJson = [{ selector: 'node', style: { label: 'data(label)' } }];
