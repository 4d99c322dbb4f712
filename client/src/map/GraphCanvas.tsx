import cytoscape from 'cytoscape';
import type { AnimateOptions, Core, NodeSingular, Position } from 'cytoscape';
import { useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Ref } from 'react';
import { isClusterNode, isPersonNode } from './build-elements';
import type { ClusterNode, MapElement, PersonNode } from './build-elements';
import { anchorOf, clusterOf, EMPTY_CLUSTERS, fitClusterBoxes } from './cluster-boxes';
import { snapshotToSvg, snapshotView } from './export-svg';
import { layoutKeyOf, readLayout, writeLayout } from './layout-cache';
import { NAMED, NAMES_FROM_ZOOM, mapStylesheet, plainStylesheet } from './map-style';
import type { SizeBy } from './map-style';
import { addTiesInSlices } from './add-ties-in-slices';
import type { SlicedAdd } from './add-ties-in-slices';
import { markPath } from './mark-path';
import { filterPeople, highlightPeople, patchElements, showNeighbourhood } from './patch-elements';
import { renderProfile } from './render-profile';
import { useLayoutWorker } from './useLayoutWorker';

/** What the controls around the map can ask of it. */
export interface MapApi {
  fit(): void;
  zoomBy(factor: number): void;
  /** A PNG of the current view (twice the screen resolution). */
  png(): Promise<Blob>;
  /** An SVG document of the current view. */
  svg(title: string): string;
}

export interface GraphCanvasProps {
  /** The elements to draw (see buildElements and collapseClusters). */
  elements: MapElement[];
  /**
   * Which layout the elements belong to; positions are computed (or read from the cache) only when it
   * changes. Defaults to a key of the elements themselves; callers that collapse clusters pass the key of
   * the uncollapsed elements, so that folding a cluster never moves anyone.
   */
  layoutKey?: string;
  /** Read out by screen readers in place of the drawing. */
  label: string;
  sizeBy?: SizeBy;
  /** Called with the id of the person tapped, or null when the background is tapped. */
  onSelectPerson?: (personId: string | null) => void;
  /** Called with the compound node id of a cluster tapped. */
  onTapCluster?: (clusterNodeId: string) => void;
  /** People to make stand out (e.g. a workshop's participants); the others fade while any are set. */
  highlightIds?: ReadonlySet<string>;
  /** People filtered out: hidden with their ties. */
  hiddenIds?: ReadonlySet<string>;
  /** A person to select, centre on, and show with their neighbourhood. */
  focusId?: string | null;
  /** A chain of people (an introduction path), in order: the ties between consecutive ones are drawn bold. */
  pathIds?: readonly string[];
  /** Zoom onto the highlighted people whenever they change (the whole map when none are). */
  zoomToHighlight?: boolean;
  /**
   * Make the map as tall as the window below where it starts (never under 55 % of the window): the whole
   * map then fits the screen, a projector's included, without a cluster cropped at the bottom edge.
   */
  fillViewport?: boolean;
  /** The elements' own positions are final (an arrangement by geography): no force layout, no cached one. */
  fixedLayout?: boolean;
  apiRef?: Ref<MapApi | null>;
}

const NONE: ReadonlySet<string> = new Set();
const NO_PATH: readonly string[] = [];
// Zooming onto two neighbours would blow them up to the full canvas: stop where names are comfortably legible.
const HIGHLIGHT_MAX_ZOOM = 1.5;
// Fading 20,000 ties on every mouse move would make a large map sluggish: hover highlights small maps only.
const HOVER_LIMIT = 1500;
// Animated moves of thousands of nodes cost more than they show.
const ANIMATE_LIMIT = 1000;
// Room left below a map that fills the window (px): its border and a little air.
const FILL_BOTTOM_ROOM = 12;
// Above this many ties, a fresh map paints people first and adds the ties after, in slices.
const DEFER_TIES_ABOVE = 3000;

/**
 * The one component that owns the Cytoscape instance: it creates it on mount, patches it by element id when
 * the elements change, lays the map out when the layout key changes, and destroys it on unmount.
 *
 * Positions: cached positions for the same data when there are any; otherwise the cheap cluster discs of
 * buildElements are painted at once and fcose refines them in a Web Worker (then cached).
 *
 * The container exposes for tests and benchmarks: `data-node-count` (people drawn), `data-edge-count` (edges
 * drawn), `data-cluster-count`, `data-map-ready` (ms since navigation when the first picture was painted),
 * `data-paint-ms` (from receiving the elements to that paint), `data-ties-ready` (ms since navigation when the
 * ties were drawn too: later than the first paint on large maps), `data-layout` (`running`, then `done` each
 * time positions are final), `data-layout-source` (`cache`, `worker` or `discs`), `data-highlight-count`, `data-path-ties` (ties of `pathIds` drawn),
 * `data-hidden-count` (people filtered out), `data-new-people` (ids of the people marked new since the chosen moment,
 * space-separated) and `data-new-edge-count`, `data-focus` (the focused person), and `data-view` (`moving` while
 * the viewport animates to a fit or a focus, then `still`) with `data-view-moves` (animations finished so far),
 * and where the view came to rest (stampView): `data-zoom` and `data-view-box`.
 */
export function GraphCanvas({
  elements,
  layoutKey: givenKey,
  label,
  sizeBy = 'participation',
  onSelectPerson,
  onTapCluster,
  highlightIds = NONE,
  hiddenIds = NONE,
  focusId = null,
  pathIds = NO_PATH,
  zoomToHighlight = false,
  fillViewport = false,
  fixedLayout = false,
  apiRef,
}: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [profile] = useState(renderProfile);
  const layoutKey = useMemo(() => givenKey ?? layoutKeyOf(elements), [givenKey, elements]);
  const keyRef = useRef<string | null>(null);
  // What to do once positions are final (zoom onto the highlighted people, when asked to).
  const afterLayoutRef = useRef<() => void>(() => {});
  // Final positions of the current layout: people collapsed away come back to them when expanded.
  const positionsRef = useRef(new Map<string, Position>());
  // The elements last applied, for the ties added after a large map's first paint.
  const latestRef = useRef<MapElement[]>([]);
  // The ties still being added after a large map's first paint, and how many times that has finished.
  const tiesRef = useRef<SlicedAdd | null>(null);
  const [tiesAdded, setTiesAdded] = useState(0);
  // Set once the map has been zoomed in far enough to draw names: people get (and arrivals keep getting) NAMED.
  const namedRef = useRef(false);
  const handlers = useRef({ onSelectPerson, onTapCluster, focusId });
  const layoutWorker = useLayoutWorker();
  const fixedLayoutRef = useRef(fixedLayout);

  useEffect(() => {
    handlers.current = { onSelectPerson, onTapCluster, focusId };
  }, [onSelectPerson, onTapCluster, focusId]);

  // Before the instance is created (layout effects run first), so that its first fit uses the final size.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!fillViewport || !container) return;
    const size = () => {
      const top = container.getBoundingClientRect().top + window.scrollY;
      const height = Math.round(Math.max(0.55 * window.innerHeight, window.innerHeight - top - FILL_BOTTOM_ROOM));
      if (container.style.height === `${height}px`) return;
      container.style.height = `${height}px`;
      cyRef.current?.resize();
    };
    size();
    window.addEventListener('resize', size);
    return () => window.removeEventListener('resize', size);
  }, [fillViewport]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: profile.plainStyle ? plainStylesheet : mapStylesheet({ haystack: profile.haystack, hideSmallLabels: profile.hideSmallLabels }),
      // Canvas renderer only: WebGL crashes under software GL (no GPU on projector laptops and test machines).
      hideEdgesOnViewport: profile.hideEdgesOnViewport,
      textureOnViewport: profile.textureOnViewport,
      pixelRatio: profile.pixelRatioOne ? 1 : 'auto',
      boxSelectionEnabled: false,
      // The map is a picture of the data: dragging pans it rather than moving people out of their layout.
      autoungrabify: true,
      minZoom: 0.02,
      maxZoom: 4,
    });
    cy.on('tap', (event) => {
      // The target is the core itself when the background is tapped.
      const target = event.target as Core | NodeSingular;
      if (target === cy) return handlers.current.onSelectPerson?.(null);
      const kind = (target as NodeSingular).data('kind');
      if (kind === 'person') handlers.current.onSelectPerson?.((target as NodeSingular).id());
      if (kind === 'cluster') handlers.current.onTapCluster?.((target as NodeSingular).id());
    });
    cy.on('mouseover', 'node[kind = "person"]', (event) => {
      if (cy.nodes().length <= HOVER_LIMIT) showNeighbourhood(cy, (event.target as NodeSingular).id());
    });
    cy.on('mouseout', 'node[kind = "person"]', () => {
      if (cy.nodes().length <= HOVER_LIMIT) showNeighbourhood(cy, handlers.current.focusId);
    });
    const nameEveryone = () => {
      if (cy.zoom() < NAMES_FROM_ZOOM) return;
      cy.off('zoom', nameEveryone);
      namedRef.current = true;
      nameNewcomers(cy);
    };
    cy.on('zoom', nameEveryone);
    cyRef.current = cy;
    // The container got its size late (a projector page laid out after the map) or changed it: draw at the new
    // size and, unless a person is focused, show the whole map again rather than a corner of it.
    let size = { width: container.clientWidth, height: container.clientHeight };
    const resized = new ResizeObserver(() => {
      const now = { width: container.clientWidth, height: container.clientHeight };
      if (now.width === size.width && now.height === size.height) return;
      size = now;
      cy.resize();
      if (!handlers.current.focusId && cy.nodes().nonempty()) cy.fit(cy.elements(':visible'), 24);
      stampView(cy, container);
    });
    resized.observe(container);
    return () => {
      resized.disconnect();
      namedRef.current = false;
      tiesRef.current?.cancel();
      tiesRef.current = null;
      cyRef.current = null;
      // A new instance (StrictMode mounts twice in development) must be laid out again from scratch.
      keyRef.current = null;
      delete container.dataset.layout;
      cy.destroy();
    };
  }, [profile]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || profile.plainStyle) return;
    cy.style(mapStylesheet({ sizeBy, haystack: profile.haystack, hideSmallLabels: profile.hideSmallLabels }));
  }, [sizeBy, profile]);

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    const started = performance.now();
    const firstTime = cy.elements().empty();
    const keyChanged = keyRef.current !== layoutKey;
    const people = elements.filter(isPersonNode);
    // People who changed cluster (another grouping), or another arrangement: start from a clean graph, it is
    // cheaper than moving each.
    const rearranged = fixedLayoutRef.current !== fixedLayout;
    fixedLayoutRef.current = fixedLayout;
    const regrouped =
      !firstTime &&
      keyChanged &&
      (rearranged ||
        people.some((p) => {
          const node = cy.getElementById(p.data.id);
          return node.nonempty() && (clusterOf(node as NodeSingular) ?? undefined) !== p.data.parent;
        }));
    if (regrouped) cy.elements().remove();
    const fresh = firstTime || regrouped;
    const cached = keyChanged && profile.layoutCache && !fixedLayout ? readLayout(layoutKey) : null;
    if (keyChanged) {
      keyRef.current = layoutKey;
      // A fresh picture starts from the cache or the deterministic discs; a growing one (new arrivals on the
      // projector) keeps what is drawn and places newcomers near their cluster.
      if (fresh)
        positionsRef.current =
          cached ??
          new Map(elements.flatMap((el): [string, Position][] => (isPlaced(el) && el.position ? [[el.data.id, el.position]] : [])));
      else if (cached) positionsRef.current = cached;
    }

    const centers = clusterCenters(cy);
    const placed = elements.map((el) => {
      const known = isPlaced(el) ? positionsRef.current.get(el.data.id) : undefined;
      return known ? ({ ...el, position: known } as PersonNode | ClusterNode) : el;
    });
    latestRef.current = placed;
    // A large fresh map paints its people first and adds the ties after, in slices across frames: styling
    // and adding 20,000 ties costs seconds, and the clusters are what one looks at first.
    const deferTies = fresh && profile.deferTies && placed.length - people.length > DEFER_TIES_ABOVE;
    if (fresh) tiesRef.current?.cancel();
    // While ties are still being added, an update leaves the missing ones to the slices.
    const slicing = !fresh && tiesRef.current !== null;
    const toPatch = deferTies
      ? placed.filter((el) => el.group === 'nodes')
      : slicing
        ? placed.filter((el) => el.group === 'nodes' || cy.hasElementWithId(el.data.id))
        : placed;
    patchElements(cy, toPatch, { compoundClusters: profile.compoundClusters });
    if (namedRef.current) nameNewcomers(cy);
    cy.batch(() => {
      // A cluster folded into one node sits where its members were.
      for (const el of elements) {
        if (isClusterNode(el) && el.data.collapsed) {
          const center = centers.get(el.data.id);
          if (center) cy.getElementById(el.data.id).position(center);
        }
      }
      if (keyChanged && cached && !fresh) applyPositions(cy, cached);
    });
    fitClusterBoxes(cy);
    // From the known positions: cy.fit() would measure every element (and its label) first.
    if (fresh) fitPositions(cy, placed);
    performance.mark('tejido:map:nodes-added');

    // Runs `then` once the picture as it now stands is on screen (rendered, then presented).
    const afterPaint = (then: () => void) => cy.one('render', () => requestAnimationFrame(() => cyRef.current === cy && then()));
    const stamp = () => String(Math.round(performance.now()));
    if (container.dataset.mapReady === undefined) {
      afterPaint(() => {
        container.dataset.mapReady = stamp();
        stampView(cy, container);
        container.dataset.paintMs = String(Math.round(performance.now() - started));
        performance.measure('tejido:map:first-paint', { start: started });
        if (!deferTies) container.dataset.tiesReady = container.dataset.mapReady;
      });
    }
    if (deferTies) {
      afterPaint(() => {
        const job = addTiesInSlices(cy, () => latestRef.current);
        tiesRef.current = job;
        void job.done.then((complete) => {
          if (tiesRef.current === job) tiesRef.current = null;
          if (!complete || cyRef.current !== cy) return;
          // Ties drawn after a focus or a path was set: fade and mark them as the others.
          showNeighbourhood(cy, handlers.current.focusId);
          setTiesAdded((n) => n + 1);
          afterPaint(() => {
            if (container.dataset.tiesReady === undefined) container.dataset.tiesReady = stamp();
          });
        });
      });
    }

    if (!keyChanged) return;
    if (cached || fixedLayout || people.length === 0 || !layoutWorker.available(profile, people.length)) {
      if (!cached) positionsRef.current = currentPositions(cy);
      container.dataset.layoutSource = cached ? 'cache' : 'discs';
      container.dataset.layout = 'done';
      afterLayoutRef.current();
      stampView(cy, container);
      return;
    }
    container.dataset.layout = 'running';
    const runLayout = () => {
      if (keyRef.current !== layoutKey) return;
      layoutWorker.run(layoutKey, cy, placed, (positions, ms) => {
        if (cyRef.current !== cy || keyRef.current !== layoutKey) return;
        positionsRef.current = positions;
        if (profile.layoutCache) writeLayout(layoutKey, positions);
        const done = () => {
          container.dataset.layoutSource = 'worker';
          container.dataset.layoutMs = String(ms);
          container.dataset.layout = 'done';
          afterLayoutRef.current();
          stampView(cy, container);
        };
        if (cy.nodes().length <= ANIMATE_LIMIT) {
          // Cluster boxes stay where they are while people move; they are fitted around them after, and only
          // then is the view fitted (to the boxes with their names, not to where the boxes were).
          // Empty clusters' boxes follow their anchors once the people are in place (fitClusterBoxes).
          cy.batch(() => applyAnchors(cy, positions));
          const at = (node: string | NodeSingular) => {
            const id = typeof node === 'string' ? node : node.id();
            const box = cy.getElementById(id);
            return (box.data('empty') ? undefined : positions.get(id)) ?? { ...box.position() };
          };
          const layout = cy.layout({ name: 'preset', positions: at, animate: true, animationDuration: 400, fit: false });
          layout.one('layoutstop', () => {
            fitClusterBoxes(cy);
            if (fresh) cy.fit(cy.elements(':visible'), 24);
            done();
          });
          layout.run();
        } else {
          cy.batch(() => applyPositions(cy, positions));
          fitClusterBoxes(cy);
          if (fresh) cy.fit(undefined, 24);
          done();
        }
      });
    };
    // A fresh map starts the worker once painted: reading the drawn sizes before would style every node
    // ahead of the first picture.
    if (fresh) afterPaint(runLayout);
    else runLayout();
  }, [elements, layoutKey, profile, layoutWorker, fixedLayout]);

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
  }, [elements, pathKey, tiesAdded]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) filterPeople(cy, hiddenIds);
  }, [elements, hiddenIds]);

  // The view before a person was focused: closing their profile goes back to it.
  const beforeFocusRef = useRef<{ zoom: number; pan: Position } | null>(null);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(':selected').unselect();
    showNeighbourhood(cy, focusId);
    const duration = cy.nodes().length > ANIMATE_LIMIT ? 0 : 300;
    const node = focusId ? cy.getElementById(focusId) : null;
    if (!node || node.empty()) {
      const before = beforeFocusRef.current;
      beforeFocusRef.current = null;
      if (before && focusId === null) animateView(cy, containerRef.current, { zoom: before.zoom, pan: before.pan }, duration);
      return;
    }
    beforeFocusRef.current ??= { zoom: cy.zoom(), pan: { ...cy.pan() } };
    node.select();
    animateView(cy, containerRef.current, { center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, duration);
  }, [elements, focusId]);

  useImperativeHandle(
    apiRef,
    () => ({
      fit: () => {
        const cy = cyRef.current;
        if (cy) animateView(cy, containerRef.current, { fit: { eles: cy.elements(':visible'), padding: 24 } }, 200);
      },
      zoomBy: (factor) => {
        const cy = cyRef.current;
        if (!cy) return;
        const { width, height } = { width: cy.width(), height: cy.height() };
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
      },
      png: () => {
        const cy = cyRef.current;
        if (!cy) return Promise.reject(new Error('The map is not drawn yet.'));
        return cy.png({ output: 'blob-promise', bg: '#ffffff', full: false, scale: 2 });
      },
      svg: (title) => {
        const cy = cyRef.current;
        if (!cy) throw new Error('The map is not drawn yet.');
        return snapshotToSvg(snapshotView(cy), title);
      },
    }),
    [],
  );

  const counts = useMemo(() => {
    let people = 0;
    let clusters = 0;
    let edges = 0;
    const newPeople: string[] = [];
    let newEdges = 0;
    for (const el of elements) {
      if (el.group === 'edges') edges += 1;
      else if (el.data.kind === 'person') people += 1;
      else clusters += 1;
      if ('isNew' in el.data && el.data.isNew) {
        if (el.group === 'edges') newEdges += 1;
        else newPeople.push(el.data.id);
      }
    }
    return { people, clusters, edges, newPeople: newPeople.sort().join(' '), newEdges };
  }, [elements]);

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      role="img"
      aria-label={label}
      data-testid="community-map"
      data-node-count={counts.people}
      data-edge-count={counts.edges}
      data-cluster-count={counts.clusters}
      data-new-people={counts.newPeople}
      data-new-edge-count={counts.newEdges}
      data-highlight-count={highlightIds.size}
      data-hidden-count={hiddenIds.size}
      data-focus={focusId ?? undefined}
    />
  );
}

/**
 * Where the view came to rest, for tests and whoever reads the picture: `data-zoom`, and `data-view-box`, the
 * drawn extent of the clusters (of everyone when there are none) in the container's pixels as x1,y1,x2,y2.
 * Written at the first paint, when a layout or a view animation ends and after a refit, not while panning.
 */
function stampView(cy: Core, container: HTMLElement): void {
  const boxes = cy.nodes('[kind = "cluster"]');
  const drawn = boxes.nonempty() ? boxes : cy.nodes();
  if (drawn.empty()) return;
  const { x1, y1, x2, y2 } = drawn.renderedBoundingBox({ includeLabels: false });
  container.dataset.zoom = cy.zoom().toFixed(4);
  container.dataset.viewBox = [x1, y1, x2, y2].map((n) => Math.round(n)).join(',');
}

/** Gives the people who lack it their name's style (map-style.ts, NAMED). */
// Cytoscape selectors have no :not(); the collection's own not() does it.
const nameNewcomers = (cy: Core) => cy.nodes('[kind = "person"]').not(`.${NAMED}`).addClass(NAMED);

/** Fits the viewport to the people's positions and the cluster boxes around them without measuring elements. */
function fitPositions(cy: Core, elements: readonly MapElement[], padding = 24): void {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const el of elements) {
    if (!isPersonNode(el)) continue;
    x1 = Math.min(x1, el.position.x);
    y1 = Math.min(y1, el.position.y);
    x2 = Math.max(x2, el.position.x);
    y2 = Math.max(y2, el.position.y);
  }
  // The cluster boxes reach beyond their members (a band for the name on top, as wide as the name).
  cy.nodes('[kind = "cluster"][!collapsed]').forEach((box) => {
    const [w, h] = [Number(box.data('boxW')), Number(box.data('boxH'))];
    if (!(w > 1 && h > 1)) return;
    const { x, y } = box.position();
    [x1, y1, x2, y2] = [Math.min(x1, x - w / 2), Math.min(y1, y - h / 2), Math.max(x2, x + w / 2), Math.max(y2, y + h / 2)];
  });
  if (!Number.isFinite(x1)) return;
  const [w, h] = [x2 - x1 + 2 * padding, y2 - y1 + 2 * padding];
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(cy.width() / w, cy.height() / h)));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - (zoom * (x1 + x2)) / 2, y: cy.height() / 2 - (zoom * (y1 + y2)) / 2 } });
}

function clusterCenters(cy: Core): Map<string, Position> {
  const centers = new Map<string, Position>();
  cy.nodes('[kind = "cluster"]').forEach((node) => {
    const { x1, y1, w, h } = node.boundingBox({ includeLabels: false });
    centers.set(node.id(), { x: x1 + w / 2, y: y1 + h / 2 });
  });
  return centers;
}

/** Elements placed by the layout: people, and empty clusters (by their anchor). */
const isPlaced = (el: MapElement): el is PersonNode | ClusterNode => isPersonNode(el) || (isClusterNode(el) && el.data.empty === true);

function currentPositions(cy: Core): Map<string, Position> {
  const people = cy.nodes('[kind = "person"]').map((node): [string, Position] => [node.id(), { ...node.position() }]);
  return new Map([...people, ...cy.nodes(EMPTY_CLUSTERS).map((box): [string, Position] => [box.id(), anchorOf(box)])]);
}

function applyPositions(cy: Core, positions: ReadonlyMap<string, Position>): void {
  cy.nodes('[kind = "person"]').forEach((node) => {
    const at = positions.get(node.id());
    if (at) node.position(at);
  });
  applyAnchors(cy, positions);
}

/** Moves empty clusters' anchors (their boxes follow in fitClusterBoxes). */
function applyAnchors(cy: Core, positions: ReadonlyMap<string, Position>): void {
  cy.nodes(EMPTY_CLUSTERS).forEach((box) => {
    const at = positions.get(box.id());
    if (at) box.data({ anchorX: at.x, anchorY: at.y });
  });
}

/**
 * Animates the viewport, telling the container (`data-view`, `data-view-moves`) when it has come to rest, so
 * whatever reads the picture (an export, a test) can wait for the end of the animation instead of guessing it.
 */
function animateView(cy: Core, container: HTMLElement | null, to: AnimateOptions, duration: number): void {
  const moving = Number(container?.dataset.viewMoving ?? 0) + 1;
  if (container) Object.assign(container.dataset, { view: 'moving', viewMoving: String(moving) });
  cy.animate(to, {
    duration,
    complete: () => {
      if (!container) return;
      const still = Number(container.dataset.viewMoving) - 1;
      container.dataset.viewMoving = String(still);
      container.dataset.viewMoves = String(Number(container.dataset.viewMoves ?? 0) + 1);
      if (still === 0) container.dataset.view = 'still';
      stampView(cy, container);
    },
  });
}
