import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { addTiesInSlices, ARRIVING } from './add-ties-in-slices';
import type { MapElement } from './build-elements';

const person = (id: string): MapElement => ({
  group: 'nodes',
  data: { id, kind: 'person', label: id, participation: 'ACTIVE', organization: null, degree: 0, degreeSize: 10 },
  position: { x: 0, y: 0 },
});
const tie = (id: string, source: string, target: string): MapElement => ({
  group: 'edges',
  data: { id, source, target, crossCluster: false, weight: 1 },
});

const people = Array.from({ length: 30 }, (_, i) => person(`p${i}`));
const ties = Array.from({ length: 29 }, (_, i) => tie(`t${i}`, `p${i}`, `p${i + 1}`));

// Each slice "takes" 10 ms against a 10 ms budget, so slices stay small and there are many of them.
const options = (pauses: { count: number }) => {
  let clock = 0;
  return { budgetMs: 10, firstSlice: 5, pause: async () => void (pauses.count += 1), now: () => (clock += 5) };
};

describe('addTiesInSlices', () => {
  it('when the people are drawn, then every missing tie is added over several slices and none is left hidden', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: false, elements: [...people, tie('t0', 'p0', 'p1')] });
    const pauses = { count: 0 };

    const job = addTiesInSlices(cy, () => [...people, ...ties], options(pauses));

    expect(await job.done).toBe(true);
    expect(cy.edges().length).toBe(29);
    expect(cy.edges(`.${ARRIVING}`).length).toBe(0);
    expect(pauses.count).toBeGreaterThan(1);
  });

  it('when the elements change between slices, then ties whose ends are gone are skipped', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: false, elements: people });
    let current: MapElement[] = [...people, ...ties];
    const pauses = { count: 0 };
    const job = addTiesInSlices(cy, () => current, {
      ...options(pauses),
      pause: async () => {
        // After the first slice, p29 leaves the map.
        cy.getElementById('p29').remove();
        current = [...people.slice(0, 29), ...ties.slice(0, 28)];
      },
    });

    expect(await job.done).toBe(true);
    expect(cy.edges().length).toBe(28);
  });

  it('when cancelled, then it stops and reports so', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: false, elements: people });
    const held: { cancel?: () => void } = {};
    const job = addTiesInSlices(cy, () => [...people, ...ties], { ...options({ count: 0 }), pause: async () => held.cancel?.() });
    held.cancel = job.cancel;

    expect(await job.done).toBe(false);
    expect(cy.edges().length).toBeLessThan(29);
  });
});
