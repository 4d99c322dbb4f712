import type { Core, NodeSingular } from 'cytoscape';
import { isPersonNode } from './build-elements';
import type { MapElement, PersonNode } from './build-elements';
import { asGraphElement, BOX_KEYS, CLUSTER_KEY, clusterOf } from './cluster-boxes';

// Data that is not compared as data: identity, ends, the cluster (a move) and what the graph adds itself.
const FIXED_KEYS = new Set<string>(['id', 'parent', 'source', 'target', CLUSTER_KEY, ...BOX_KEYS]);

/**
 * Makes the graph match `next` by element id, inside one batch: adds what is missing, moves people whose
 * cluster changed, updates changed data and removes what is gone. Returns whether membership changed (an
 * element added, removed or moved), which is when the layout must run again.
 */
export function patchElements(cy: Core, next: MapElement[], { compoundClusters = false } = {}): boolean {
  const toGraph = (el: MapElement) => asGraphElement(el, compoundClusters);
  const nextIds = new Set(next.map((el) => el.data.id));
  let membershipChanged = false;

  // A fresh graph gets everything in one call: adding thousands of elements one by one costs seconds.
  if (cy.elements().empty()) {
    if (next.length > 0) cy.add(next.map(toGraph));
    return next.length > 0;
  }

  // New elements are added together at the end, in `next`'s order (clusters, people, ties), so clusters
  // and ends exist before they are needed.
  const added: MapElement[] = [];
  cy.batch(() => {
    for (const el of next) {
      const existing = cy.getElementById(el.data.id);
      if (existing.empty()) {
        added.push(isPersonNode(el) ? placeNear(cy, el) : el);
        membershipChanged = true;
        continue;
      }
      // Source and target cannot be changed through data(): the edge is replaced.
      if (el.group === 'edges' && (existing.data('source') !== el.data.source || existing.data('target') !== el.data.target)) {
        existing.remove();
        added.push(el);
        membershipChanged = true;
        continue;
      }
      if (isPersonNode(el)) {
        const node = existing as NodeSingular;
        const wanted = el.data.parent ?? null;
        if (clusterOf(node) !== wanted) {
          if (wanted === null) node.removeData(CLUSTER_KEY);
          else node.data(CLUSTER_KEY, wanted);
          if (compoundClusters) node.move({ parent: wanted });
          membershipChanged = true;
        }
      }
      const data: Record<string, unknown> = { ...el.data };
      for (const key of FIXED_KEYS) delete data[key];
      if (Object.entries(data).some(([key, value]) => existing.data(key) !== value)) existing.data(data);
      // Flags are absent rather than false (e.g. a cluster expanded again): drop the ones that went away.
      const dropped = Object.keys(existing.data()).filter((key) => !(key in el.data) && !FIXED_KEYS.has(key));
      if (dropped.length > 0) existing.removeData(dropped.join(' '));
    }

    // After the moves, so that removing a region never takes along people who have left it.
    const gone = cy.elements().filter((el) => !nextIds.has(el.id()));
    if (gone.nonempty()) {
      gone.remove();
      membershipChanged = true;
    }
    if (added.length > 0) cy.add(added.map(toGraph));
  });

  return membershipChanged;
}

/** A newcomer starts at the middle of their region as it is now drawn, not at the seed spot of a fresh map. */
function placeNear(cy: Core, person: PersonNode): PersonNode {
  if (!person.data.parent) return person;
  const region = cy.getElementById(person.data.parent);
  if (region.empty() || region.data('collapsed')) return person;
  const { x1, y1, w, h } = region.boundingBox();
  // Keep a little of the seeded offset so several newcomers do not land on one point.
  const { x, y } = person.position;
  return { ...person, position: { x: x1 + w / 2 + (x % 20), y: y1 + h / 2 + (y % 20) } };
}

/**
 * Marks the people in `ids` with the `highlighted` class and, while any are, the other people with `dimmed`,
 * in one batch. Classes survive patchElements, so this only needs to run again when people arrive or `ids`
 * changes.
 */
export function highlightPeople(cy: Core, ids: ReadonlySet<string>): void {
  cy.batch(() => {
    if (ids.size === 0) {
      cy.nodes('.highlighted, .dimmed').removeClass('highlighted dimmed');
      return;
    }
    const dimOthers = ids.size > 0;
    cy.nodes('[kind = "person"]').forEach((node) => {
      const on = ids.has(node.id());
      node.toggleClass('highlighted', on);
      node.toggleClass('dimmed', dimOthers && !on);
    });
  });
}

/** Marks the people in `ids` with `filtered` (hidden with their ties) and shows the others, in one batch. */
export function filterPeople(cy: Core, ids: ReadonlySet<string>): void {
  cy.batch(() => {
    if (ids.size === 0) {
      cy.nodes('.filtered').removeClass('filtered');
      return;
    }
    cy.nodes('[kind = "person"]').forEach((node) => {
      node.toggleClass('filtered', ids.has(node.id()));
    });
  });
}

/**
 * Fades everything but the person `id`, their ties and the people they know (`faded` class); with null,
 * unfades everything. Clusters stay as they are, so the neighbourhood keeps its context.
 */
export function showNeighbourhood(cy: Core, id: string | null): void {
  cy.batch(() => {
    cy.elements('.faded').removeClass('faded');
    const node = id === null ? null : cy.getElementById(id);
    if (!node || node.empty()) return;
    const around = node.closedNeighborhood();
    cy.elements().difference(around).not('[kind = "cluster"]').addClass('faded');
  });
}
