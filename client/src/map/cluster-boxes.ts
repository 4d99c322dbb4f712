import type { Core, NodeSingular, Position } from 'cytoscape';
import { isClusterNode, isPersonNode } from './build-elements';
import type { ClusterNodeData } from './build-elements';
import { boxAround, emptyBox, NAME_BAND } from './cluster-geometry';
import type { MapElement } from './build-elements';

/**
 * Clusters are drawn as plain nodes behind their members, not as Cytoscape compound nodes: with compound
 * parents, Cytoscape walks every element's ancestors and descendants while styling, sorting and drawing, which
 * made painting 5,000 people three times slower. A person's cluster is the graph data `cluster` (the
 * elements' `parent`), and each cluster node is sized to enclose its members (fitClusterBoxes).
 */
export const CLUSTER_KEY = 'cluster';
/** Graph data that the elements do not carry: patchElements leaves it alone. */
export const BOX_KEYS = ['boxW', 'boxH', 'anchorX', 'anchorY'] as const;

/** Clusters without members: their boxes are placed by an anchor (where one member would sit), not by members. */
export const EMPTY_CLUSTERS = 'node[kind = "cluster"][?empty][!collapsed]';

/** Where an empty cluster's box is anchored: its anchor data, or below the middle of the box as drawn. */
export function anchorOf(box: NodeSingular): Position {
  const [x, y] = [box.data('anchorX') as number | undefined, box.data('anchorY') as number | undefined];
  if (x !== undefined && y !== undefined) return { x, y };
  // The inverse of emptyBox: the name's band makes the box's middle sit half a band above its anchor.
  const at = box.position();
  return { x: at.x, y: at.y + NAME_BAND / 2 };
}

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
  if (isClusterNode(el)) {
    const anchor = el.data.empty && el.position ? { anchorX: el.position.x, anchorY: el.position.y } : {};
    const data: ClusterNodeData = { ...el.data, ...{ boxW: 1, boxH: 1, ...anchor } };
    return { ...el, data };
  }
  return el;
}

/**
 * Sizes each (expanded) cluster node to enclose its members with its name in a band on top (boxAround), in one
 * pass; an empty cluster gets the room of one member at its anchor (emptyBox).
 */
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
    cy.nodes(EMPTY_CLUSTERS).forEach((box) => {
      if (bounds.has(box.id())) return;
      const anchor = anchorOf(box);
      const drawn = emptyBox(anchor, String(box.data('label') ?? ''));
      box.position({ x: (drawn.x1 + drawn.x2) / 2, y: (drawn.y1 + drawn.y2) / 2 });
      box.data({ boxW: drawn.x2 - drawn.x1, boxH: drawn.y2 - drawn.y1, anchorX: anchor.x, anchorY: anchor.y });
    });
  });
}
