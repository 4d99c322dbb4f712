import cytoscape from 'cytoscape';
import type { BaseLayoutOptions, EdgeSingular, ElementDefinition, NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { seededRandom } from '../../../shared/seeded-random';
import { LARGEST_PERSON, separateClusters } from './cluster-geometry';

/** What the force layout needs: people with their cluster, size and starting point; clusters; ties. */
export interface LayoutInput {
  clusters: string[];
  /** Each cluster's name, drawn at the top of its box: the boxes are kept apart with room for it. */
  names: [string, string][];
  people: { id: string; parent?: string; x: number; y: number; size: number }[];
  ties: { id: string; source: string; target: string; crossCluster: boolean }[];
  /** Clusters without members, at their anchors: fcose has nothing to move there, the separation places their boxes. */
  empty?: { id: string; x: number; y: number }[];
}

export interface LayoutResult {
  ids: string[];
  /** x0, y0, x1, y1, … in the order of `ids`. */
  xy: number[];
  ms: number;
}

interface FcoseLayoutOptions extends BaseLayoutOptions {
  name: 'fcose';
  quality: 'draft' | 'default' | 'proof';
  randomize: boolean;
  animate: boolean;
  fit: boolean;
  idealEdgeLength: (edge: EdgeSingular) => number;
  edgeElasticity: (edge: EdgeSingular) => number;
}

/**
 * Up to this many people fcose refines the cluster discs it is given (seconds at 1,000 people here). Above
 * it the discs stay: fcose's default quality takes minutes, and its fast spectral draft piles the clusters on
 * top of each other (seen at 5,000 people: one blob under seven overlapping region boxes).
 */
export const LARGE_MAP = 1500;

let registered = false;

/**
 * fcose over a headless Cytoscape, from the given starting points, with Math.random replaced by a seeded
 * generator for the run: the same input always gives the same positions. Meant for a Web Worker (it blocks
 * for seconds on large maps); pure apart from that swap.
 */
export function runFcose(input: LayoutInput, seed = 2010): Promise<LayoutResult> {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const started = performance.now();
  const elements: ElementDefinition[] = [
    ...input.clusters.map((id) => ({ group: 'nodes' as const, data: { id } })),
    ...input.people.map((p) => ({
      group: 'nodes' as const,
      data: { id: p.id, parent: p.parent, size: p.size },
      position: { x: p.x, y: p.y },
    })),
    ...input.ties.map((t) => ({ group: 'edges' as const, data: t })),
  ];
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // Without it, a headless instance lays its initial elements out with the "null" layout: all at (0, 0).
    layout: { name: 'preset' },
    elements,
    style: [
      { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
      { selector: ':parent', style: { padding: '16px' } },
    ],
  });
  const options: FcoseLayoutOptions = {
    name: 'fcose',
    quality: 'default',
    randomize: false,
    animate: false,
    fit: false,
    // Long, slack springs between clusters let each settle as its own group instead of coordinators
    // dragging their clusters on top of each other.
    idealEdgeLength: (edge) => (edge.data('crossCluster') ? 200 : 50),
    edgeElasticity: (edge) => (edge.data('crossCluster') ? 0.1 : 0.45),
  };

  const random = Math.random;
  Math.random = seededRandom(seed);
  return new Promise<LayoutResult>((resolve) => {
    const layout = cy.layout(options);
    layout.one('layoutstop', () => {
      Math.random = random;
      const people = cy.nodes(':childless');
      const ids = people.map((n) => n.id());
      const xy = people.map((n: NodeSingular) => [Math.round(n.position('x') * 10) / 10, Math.round(n.position('y') * 10) / 10]).flat();
      cy.destroy();
      resolve({ ids, xy, ms: Math.round(performance.now() - started) });
    });
    try {
      layout.run();
    } catch (error) {
      Math.random = random;
      throw error;
    }
  });
}

/**
 * The force layout's positions with whole clusters moved apart until no two boxes (with their names) overlap:
 * fcose keeps compound nodes from overlapping, but not the names above them, and at dozens of clusters it
 * leaves boxes touching or piled up (35 organizations in the demo).
 */
export function separateLayout(input: LayoutInput, { ids, xy, ms }: LayoutResult): LayoutResult {
  const started = performance.now();
  const of = new Map(input.people.map((p) => [p.id, p]));
  const items = ids.map((id, i) => ({ id, cluster: of.get(id)?.parent, x: xy[2 * i]!, y: xy[2 * i + 1]!, size: of.get(id)?.size ?? 0 }));
  // An empty cluster is its own one member: its anchor comes back placed like a person.
  const empty = (input.empty ?? []).map((e) => ({ id: e.id, cluster: e.id, x: e.x, y: e.y, size: LARGEST_PERSON }));
  const positions = separateClusters([...items, ...empty], new Map(input.names));
  const all = [...ids, ...empty.map((e) => e.id)];
  return {
    ids: all,
    xy: all.flatMap((id) => [positions.get(id)!.x, positions.get(id)!.y]),
    ms: ms + Math.round(performance.now() - started),
  };
}
