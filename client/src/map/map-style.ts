import type { StylesheetJson } from 'cytoscape';
import type { ParticipationLevel } from '../communities/queries';

// Okabe–Ito colours: distinguishable with the common forms of colour blindness and on washed-out projectors.
export const PARTICIPATION_STYLE: Record<ParticipationLevel, { label: string; color: string; size: number }> = {
  CORE: { label: 'Core', color: '#D55E00', size: 34 },
  ACTIVE: { label: 'Active', color: '#0072B2', size: 22 },
  PERIPHERAL: { label: 'Peripheral', color: '#56B4E9', size: 14 },
};

export const TIE_COLOR = '#8795A1';
export const CROSS_REGION_TIE_COLOR = '#E69F00';
export const REGION_FILL = '#EAF1F4';
export const REGION_BORDER = '#B7CAD3';
export const HIGHLIGHT_BORDER = '#111111';

const participationRules = (Object.keys(PARTICIPATION_STYLE) as ParticipationLevel[]).map((level) => ({
  selector: `node[kind = "person"][participation = "${level}"]`,
  style: {
    width: PARTICIPATION_STYLE[level].size,
    height: PARTICIPATION_STYLE[level].size,
    'background-color': PARTICIPATION_STYLE[level].color,
  },
}));

export const mapStylesheet: StylesheetJson = [
  {
    selector: 'node[kind = "person"]',
    style: {
      label: 'data(label)',
      'font-size': 11,
      color: '#1F2933',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#FFFFFF',
      'text-outline-width': 2,
      // Names are only drawn once they would be legible (zoom ≥ ~0.8): a big speed-up on large maps.
      'min-zoomed-font-size': 9,
      'border-width': 1,
      'border-color': '#FFFFFF',
    },
  },
  ...participationRules,
  {
    // Not listed: visible to facilitators only, drawn hollow so nobody mistakes the map for a shared view.
    selector: 'node[kind = "person"][?unlisted]',
    style: { 'background-opacity': 0.25, 'border-width': 2, 'border-style': 'dashed', 'border-color': '#444444' },
  },
  {
    selector: 'node[kind = "region"]',
    style: {
      shape: 'round-rectangle',
      label: 'data(label)',
      // Large enough to read on a projector when the whole map is in view.
      'font-size': 28,
      'font-weight': 'bold',
      color: '#1F4E5F',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -8,
      'min-zoomed-font-size': 6,
      'background-color': REGION_FILL,
      'border-color': REGION_BORDER,
      'border-width': 1,
      padding: '18px',
      width: 60,
      height: 40,
    },
  },
  {
    selector: 'edge',
    style: {
      // Haystack edges are straight lines drawn without per-edge geometry: the fastest kind.
      'curve-style': 'haystack',
      'haystack-radius': 0,
      width: 1,
      'line-color': TIE_COLOR,
      opacity: 0.45,
    },
  },
  {
    selector: 'edge[?crossRegion]',
    style: {
      width: 1.5,
      'line-color': CROSS_REGION_TIE_COLOR,
      opacity: 0.8,
      'z-index': 1,
    },
  },
  {
    // Highlighted people (a workshop's participants on the projector): a thick dark ring, not a colour,
    // so it reads for colour-blind viewers and on top of every participation colour.
    selector: 'node[kind = "person"].highlighted',
    style: { 'border-width': 5, 'border-color': HIGHLIGHT_BORDER, 'font-weight': 'bold', 'z-index': 10 },
  },
  {
    // A chain of introductions: thick and dark above every other tie.
    selector: 'edge.on-path',
    style: { width: 5, 'line-color': HIGHLIGHT_BORDER, opacity: 1, 'z-index': 20 },
  },
  {
    selector: 'node[kind = "person"].dimmed',
    style: { opacity: 0.4 },
  },
  {
    selector: 'node[kind = "person"]:selected',
    style: { 'border-width': 3, 'border-color': '#111111' },
  },
];
