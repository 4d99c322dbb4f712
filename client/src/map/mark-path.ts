import type { Core, NodeSingular } from 'cytoscape';

/**
 * Marks the ties between consecutive people of `ids` (a chain of introductions) with the `on-path` class, and
 * clears it everywhere else, in one batch. Returns how many of the chain's ties are drawn.
 */
export function markPath(cy: Core, ids: readonly string[]): number {
  let drawn = 0;
  cy.batch(() => {
    cy.edges('.on-path').removeClass('on-path');
    for (let i = 1; i < ids.length; i++) {
      const from = cy.getElementById(ids[i - 1]!) as NodeSingular;
      const to = cy.getElementById(ids[i]!) as NodeSingular;
      if (from.empty() || to.empty()) continue;
      const ties = from.edgesWith(to);
      if (ties.nonempty()) {
        ties.addClass('on-path');
        drawn++;
      }
    }
  });
  return drawn;
}
