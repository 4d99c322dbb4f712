import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { CommunityMapData, MapPerson } from '../communities/queries';
import { buildElements } from './build-elements';
import { fitClusterBoxes } from './cluster-boxes';
import { emptyBox } from './cluster-geometry';
import { patchElements } from './patch-elements';

const person = (id: string, regionId: string): MapPerson => ({
  id,
  name: id,
  regionId,
  organization: null,
  participation: 'ACTIVE',
  listed: true,
  offerIds: [],
  seekIds: [],
});
// Centro holds nobody yet.
const map: CommunityMapData = {
  regions: [
    { id: 'no', name: 'Noroeste', latitude: null, longitude: null },
    { id: 'ce', name: 'Centro', latitude: null, longitude: null },
  ],
  people: [person('ana', 'no'), person('beto', 'no')],
  ties: [],
};

/** A headless graph styled as the map sizes people and boxes (map-style.ts). */
function graphOf(data: CommunityMapData): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node[kind = "person"]', style: { width: 20, height: 20 } },
      { selector: 'node[kind = "cluster"]', style: { width: 'data(boxW)', height: 'data(boxH)' } },
    ],
  });
  patchElements(cy, buildElements(data));
  fitClusterBoxes(cy);
  return cy;
}

describe('fitClusterBoxes', () => {
  it('when a region is empty, then its box is drawn around its anchor with room for its name, clear of the other box', () => {
    const cy = graphOf(map);
    const centro = cy.getElementById('cluster:ce');
    const anchor = { x: centro.data('anchorX') as number, y: centro.data('anchorY') as number };
    const drawn = emptyBox(anchor, 'Centro');

    expect(centro.position()).toEqual({ x: (drawn.x1 + drawn.x2) / 2, y: (drawn.y1 + drawn.y2) / 2 });
    expect([centro.data('boxW'), centro.data('boxH')]).toEqual([drawn.x2 - drawn.x1, drawn.y2 - drawn.y1]);
    const [a, b] = [centro.boundingBox({ includeLabels: false }), cy.getElementById('cluster:no').boundingBox({ includeLabels: false })];
    expect(a.x2 < b.x1 || b.x2 < a.x1 || a.y2 < b.y1 || b.y2 < a.y1).toBe(true);
  });

  it('when the first person arrives in an empty region, then its box is no longer empty and encloses them', () => {
    const cy = graphOf(map);
    patchElements(cy, buildElements({ ...map, people: [...map.people, person('caro', 'ce')] }));
    fitClusterBoxes(cy);
    const centro = cy.getElementById('cluster:ce');
    const box = centro.boundingBox({ includeLabels: false });
    const caro = cy.getElementById('caro').position();

    expect(centro.data('empty')).toBeUndefined();
    expect(caro.x > box.x1 && caro.x < box.x2 && caro.y > box.y1 && caro.y < box.y2).toBe(true);
  });
});
