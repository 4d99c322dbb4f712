import type { Core, NodeSingular } from 'cytoscape';
import { isPersonNode } from './build-elements';
import { boxAround } from './cluster-geometry';
import type { MapElement } from './build-elements';

/**
 * Clusters are drawn as plain nodes behind their members, not as Cytoscape compound nodes: with compound
 * parents, Cytoscape walks every element's ancestors and descendants while styling, sorting and drawing, which
 * made painting 5,000 people three times slower. A person's cluster is the graph data `cluster` (the
 * elements' `parent`), and each cluster node is sized to enclose its members (fitClusterBoxes).
 */
export const CLUSTER_KEY = 'cluster';
/** Graph data that the elements do not carry: patchElements leaves it alone. */
export const BOX_KEYS = ['boxW', 'boxH'] as const;

/** The cluster node id a person sits in on the graph, or null. */
export const clusterOf = (node: NodeSingular): string | null => (node.data(CLUSTER_KEY) as string | undefined) ?? null;

/**
 * The element as the graph holds it: a person's `parent` becomes its `cluster` data. With `compound` (the
 * benchmark's baseline, render-profile.ts) the person stays a child of a compound cluster node too.
 */
export function asGraphElement(el: MapElement, compound = false): MapElement {
  if (isPersonNode(el) && el.data.parent !== undefined) {
    if (compound) return { ...el, data: { ...el.data, [CLUSTER_KEY]: el.data.parent } as typeof el.data };
    const { parent, ...data } = el.data;
    return { ...el, data: { ...data, [CLUSTER_KEY]: parent } as typeof el.data };
  }
  if (el.group === 'nodes' && el.data.kind === 'cluster') return { ...el, data: { ...el.data, boxW: 1, boxH: 1 } as typeof el.data };
  return el;
}

/** Sizes each (expanded) cluster node to enclose its members with its name in a band on top (boxAround), in one pass. */
export function fitClusterBoxes(cy: Core): void {
  const bounds = new Map<string, [number, number, number, number]>();
  cy.nodes('[kind = "person"]').forEach((node) => {
    const cluster = clusterOf(node);
    if (cluster === null) return;
    const { x, y } = node.position();
    const [hw, hh] = [node.outerWidth() / 2, node.outerHeight() / 2];
    const b = bounds.get(cluster);
    if (!b) bounds.set(cluster, [x - hw, y - hh, x + hw, y + hh]);
    else {
      b[0] = Math.min(b[0], x - hw);
      b[1] = Math.min(b[1], y - hh);
      b[2] = Math.max(b[2], x + hw);
      b[3] = Math.max(b[3], y + hh);
    }
  });
  cy.batch(() => {
    for (const [id, [x1, y1, x2, y2]] of bounds) {
      const box = cy.getElementById(id);
      if (box.empty() || box.data('collapsed') || (box as NodeSingular).isParent()) continue;
      const drawn = boxAround({ x1, y1, x2, y2 }, String(box.data('label') ?? ''));
      box.position({ x: (drawn.x1 + drawn.x2) / 2, y: (drawn.y1 + drawn.y2) / 2 });
      box.data({ boxW: drawn.x2 - drawn.x1, boxH: drawn.y2 - drawn.y1 });
    }
  });
}
