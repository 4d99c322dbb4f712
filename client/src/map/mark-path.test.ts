import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { beforeEach, describe, expect, it } from 'vitest';
import { markPath } from './mark-path';

const onPath = (cy: Core) =>
  cy
    .edges('.on-path')
    .map((edge) => edge.id())
    .sort();

describe('markPath', () => {
  let cy: Core;

  beforeEach(() => {
    cy = cytoscape({ headless: true, styleEnabled: false });
    cy.add([
      ...['ana', 'luis', 'carla', 'bruno', 'dora'].map((id) => ({ group: 'nodes' as const, data: { id } })),
      { group: 'edges', data: { id: 'al', source: 'ana', target: 'luis' } },
      // Stored in either direction: the chain follows ties, not their orientation.
      { group: 'edges', data: { id: 'cl', source: 'carla', target: 'luis' } },
      { group: 'edges', data: { id: 'cb', source: 'carla', target: 'bruno' } },
      { group: 'edges', data: { id: 'ad', source: 'ana', target: 'dora' } },
    ]);
  });

  it('when a chain is given, then exactly the ties between consecutive people are marked', () => {
    expect(markPath(cy, ['ana', 'luis', 'carla', 'bruno'])).toBe(3);
    expect(onPath(cy)).toEqual(['al', 'cb', 'cl']);
  });

  it('when another chain follows, then the previous marks are cleared', () => {
    markPath(cy, ['ana', 'luis', 'carla', 'bruno']);
    expect(markPath(cy, ['dora', 'ana'])).toBe(1);
    expect(onPath(cy)).toEqual(['ad']);
    expect(markPath(cy, [])).toBe(0);
    expect(onPath(cy)).toEqual([]);
  });

  it('when a person of the chain is not on the map, then the ties around them are skipped, not invented', () => {
    expect(markPath(cy, ['ana', 'ghost', 'bruno'])).toBe(0);
    expect(markPath(cy, ['bruno', 'carla', 'ghost'])).toBe(1);
  });
});
