import cytoscape from 'cytoscape';
import type { BaseLayoutOptions, Core, EdgeSingular, Layouts, NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useMemo, useRef } from 'react';
import type { CommunityMapData } from '../communities/queries';
import { buildElements, isPersonNode } from './build-elements';
import { mapStylesheet } from './map-style';
import { markPath } from './mark-path';
import { highlightPeople, patchElements } from './patch-elements';

let fcoseRegistered = false;

function registerFcose(): void {
  // Registering an extension twice makes Cytoscape warn (and happens on every hot reload otherwise).
  if (fcoseRegistered) return;
  cytoscape.use(fcose);
  fcoseRegistered = true;
}

interface FcoseLayoutOptions extends BaseLayoutOptions {
  name: 'fcose';
  quality: 'draft' | 'default' | 'proof';
  randomize: boolean;
  animate: boolean;
  animationDuration?: number;
  fit: boolean;
  padding: number;
  idealEdgeLength?: (edge: EdgeSingular) => number;
  edgeElasticity?: (edge: EdgeSingular) => number;
}

// Long, slack springs between regions let each region settle as its own cluster instead of core members
// dragging their regions on top of each other (overlapping region boxes on the CAMAFU demo otherwise).
const idealEdgeLength = (edge: EdgeSingular) => (edge.data('crossRegion') ? 200 : 50);
const edgeElasticity = (edge: EdgeSingular) => (edge.data('crossRegion') ? 0.1 : 0.45);

export interface GraphCanvasProps {
  map: CommunityMapData;
  /** Read out by screen readers in place of the drawing. */
  label: string;
  /** Called with the id of the person tapped, or null when the background is tapped. */
  onSelectPerson?: (personId: string | null) => void;
  /** People to make stand out (e.g. a workshop's participants); the others fade while any are set. */
  highlightIds?: ReadonlySet<string>;
  /** A chain of people (e.g. an introduction path), in order: the ties between consecutive ones are drawn bold. */
  pathIds?: readonly string[];
  /** Zoom onto the highlighted people whenever they change (the whole map when none are). */
  zoomToHighlight?: boolean;
}

const NO_HIGHLIGHT: ReadonlySet<string> = new Set();
const NO_PATH: readonly string[] = [];
// Zooming onto two neighbours would blow them up to the full canvas: stop where names are comfortably legible.
const HIGHLIGHT_MAX_ZOOM = 1.5;

/**
 * The one component that owns the Cytoscape instance: it creates it on mount, patches it by element id when
 * the map changes, re-runs the layout only when membership changes, and destroys it on unmount.
 *
 * The container exposes `data-node-count` (people), `data-edge-count` (ties) and `data-layout`
 * (`running`, then `done` each time a layout stops) for end-to-end tests, and `data-highlight-count` (people
 * asked to be highlighted) and `data-path-ties` (ties of `pathIds` drawn).
 */
export function GraphCanvas({
  map,
  label,
  onSelectPerson,
  highlightIds = NO_HIGHLIGHT,
  pathIds = NO_PATH,
  zoomToHighlight = false,
}: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layoutRef = useRef<{ cancel: () => void } | null>(null);
  const selectRef = useRef(onSelectPerson);
  // What to do once a layout has placed everyone (zoom onto the highlighted people, when asked to).
  const afterLayoutRef = useRef<() => void>(() => {});
  const elements = useMemo(() => buildElements(map), [map]);

  useEffect(() => {
    selectRef.current = onSelectPerson;
  }, [onSelectPerson]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    registerFcose();
    const cy = cytoscape({
      container,
      style: mapStylesheet,
      // Canvas renderer only: WebGL crashes under software GL (no GPU on projector laptops and test machines).
      hideEdgesOnViewport: true,
      textureOnViewport: true,
      boxSelectionEnabled: false,
      minZoom: 0.05,
      maxZoom: 4,
    });
    cy.on('tap', (event) => {
      // The target is the core itself when the background is tapped.
      const target = event.target as Core | NodeSingular;
      const isPerson = target !== cy && (target as NodeSingular).data('kind') === 'person';
      selectRef.current?.(isPerson ? (target as NodeSingular).id() : null);
    });
    cyRef.current = cy;
    return () => {
      layoutRef.current?.cancel();
      layoutRef.current = null;
      cyRef.current = null;
      cy.destroy();
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    const firstTime = cy.elements().empty();
    if (!patchElements(cy, elements)) {
      // Nothing to lay out (an empty map): say so, so that tests waiting for a layout do not hang.
      container.dataset.layout ??= 'done';
      return;
    }
    if (firstTime) cy.fit(undefined, 24);

    layoutRef.current?.cancel();
    container.dataset.layout = 'running';
    let layout: Layouts | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // fcose blocks the main thread; wait one frame so the seeded positions are painted first.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const options: FcoseLayoutOptions = {
          name: 'fcose',
          // No seedable randomness in fcose: start from the deterministic seeded positions instead.
          quality: 'default',
          randomize: false,
          animate: !firstTime,
          animationDuration: 400,
          fit: true,
          padding: 24,
          idealEdgeLength,
          edgeElasticity,
        };
        layout = cy.layout(options);
        layout.one('layoutstop', () => {
          container.dataset.layout = 'done';
          afterLayoutRef.current();
        });
        layout.run();
      }, 0);
    });
    layoutRef.current = {
      cancel: () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        layout?.stop();
      },
    };
  }, [elements]);

  // After the patch above (effects run in order), so that people who just arrived are marked too.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    highlightPeople(cy, highlightIds);
    if (!zoomToHighlight) return;
    afterLayoutRef.current = () => {
      const people = highlightIds.size > 0 ? cy.nodes('.highlighted') : cy.elements();
      if (people.empty()) return;
      cy.fit(people, 48);
      if (cy.zoom() > HIGHLIGHT_MAX_ZOOM) {
        cy.zoom(HIGHLIGHT_MAX_ZOOM);
        cy.center(people);
      }
    };
    if (containerRef.current?.dataset.layout === 'done') afterLayoutRef.current();
  }, [elements, highlightIds, zoomToHighlight]);

  const pathKey = pathIds.join('\n');
  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (cy && container) container.dataset.pathTies = String(markPath(cy, pathKey ? pathKey.split('\n') : []));
  }, [elements, pathKey]);

  const nodeCount = useMemo(() => elements.filter(isPersonNode).length, [elements]);
  const edgeCount = useMemo(() => elements.filter((el) => el.group === 'edges').length, [elements]);

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      role="img"
      aria-label={label}
      data-testid="community-map"
      data-node-count={nodeCount}
      data-edge-count={edgeCount}
      data-highlight-count={highlightIds.size}
    />
  );
}
