import cytoscape from 'cytoscape';
import type { Core, NodeSingular } from 'cytoscape';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CommunityMapData } from '../communities/queries';
import { buildElements } from './build-elements';
import { clusterOf } from './cluster-boxes';
import { collapseClusters } from './collapse-clusters';
import { filterPeople, highlightPeople, patchElements, showNeighbourhood } from './patch-elements';

const base: CommunityMapData = {
  regions: [
    { id: 'no', name: 'Noroeste', latitude: null, longitude: null },
    { id: 'su', name: 'Sur-Sureste', latitude: null, longitude: null },
  ],
  people: [
    { id: 'ana', name: 'Ana', regionId: 'no', organization: 'CONAFOR', participation: 'CORE', listed: true, offerIds: [], seekIds: [] },
    { id: 'beto', name: 'Beto', regionId: 'no', organization: null, participation: 'ACTIVE', listed: true, offerIds: [], seekIds: [] },
    { id: 'caro', name: 'Caro', regionId: 'su', organization: null, participation: 'PERIPHERAL', listed: true, offerIds: [], seekIds: [] },
  ],
  ties: [{ id: 't1', source: 'ana', target: 'beto' }],
};

const ids = (cy: Core) =>
  cy
    .elements()
    .map((el) => el.id())
    .sort();

describe('patchElements', () => {
  let cy: Core;

  beforeEach(() => {
    cy = cytoscape({ headless: true, styleEnabled: false });
    patchElements(cy, buildElements(base));
  });

  it('when the graph is empty, then every element is added and membership changed', () => {
    const fresh = cytoscape({ headless: true, styleEnabled: false });

    expect(patchElements(fresh, buildElements(base))).toBe(true);
    expect(ids(fresh)).toEqual(['ana', 'beto', 'caro', 'cluster:no', 'cluster:su', 't1']);
  });

  it('when the same map is applied again, then membership is unchanged', () => {
    expect(patchElements(cy, buildElements(structuredClone(base)))).toBe(false);
  });

  it('when only data changes, then the element keeps its position and membership is unchanged', () => {
    const before = { ...cy.getElementById('ana').position() };
    const renamed = { ...base, people: base.people.map((p) => (p.id === 'ana' ? { ...p, name: 'Ana María' } : p)) };

    expect(patchElements(cy, buildElements(renamed))).toBe(false);
    expect(cy.getElementById('ana').data('label')).toBe('Ana María');
    expect(cy.getElementById('ana').position()).toEqual(before);
  });

  it('when a person and a tie arrive, then they are added and membership changed', () => {
    const grown: CommunityMapData = {
      ...base,
      people: [
        ...base.people,
        { id: 'dani', name: 'Dani', regionId: 'su', organization: null, participation: 'ACTIVE', listed: true, offerIds: [], seekIds: [] },
      ],
      ties: [...base.ties, { id: 't2', source: 'caro', target: 'dani' }],
    };

    expect(patchElements(cy, buildElements(grown))).toBe(true);
    expect(clusterOf(cy.getElementById('dani') as NodeSingular)).toBe('cluster:su');
    expect(cy.getElementById('t2').nonempty()).toBe(true);
    expect(cy.getElementById('caro').data('degree')).toBe(1);
  });

  it('when a person moves to another region, then their node changes cluster and keeps its ties', () => {
    const moved = { ...base, people: base.people.map((p) => (p.id === 'beto' ? { ...p, regionId: 'su' } : p)) };

    expect(patchElements(cy, buildElements(moved))).toBe(true);
    expect(clusterOf(cy.getElementById('beto') as NodeSingular)).toBe('cluster:su');
    expect(cy.getElementById('t1').data('crossCluster')).toBe(true);
  });

  it('when a region disappears after its people left it, then the people stay on the map', () => {
    const merged: CommunityMapData = {
      regions: [{ id: 'su', name: 'Sur-Sureste', latitude: null, longitude: null }],
      people: base.people.map((p) => ({ ...p, regionId: 'su' })),
      ties: base.ties,
    };

    expect(patchElements(cy, buildElements(merged))).toBe(true);
    expect(ids(cy)).toEqual(['ana', 'beto', 'caro', 'cluster:su', 't1']);
  });

  it('when a person is gone, then their node and ties are removed', () => {
    const shrunk = { ...base, people: base.people.filter((p) => p.id !== 'beto'), ties: [] };

    expect(patchElements(cy, buildElements(shrunk))).toBe(true);
    expect(ids(cy)).toEqual(['ana', 'caro', 'cluster:no', 'cluster:su']);
  });
});

describe('highlightPeople', () => {
  let cy: Core;
  const classed = (name: string) =>
    cy
      .nodes(`.${name}`)
      .map((n) => n.id())
      .sort();

  beforeEach(() => {
    cy = cytoscape({ headless: true, styleEnabled: false });
    patchElements(cy, buildElements(base));
  });

  it('when some people are highlighted, then they are marked and the other people are dimmed, regions untouched', () => {
    highlightPeople(cy, new Set(['ana', 'caro']));

    expect(classed('highlighted')).toEqual(['ana', 'caro']);
    expect(classed('dimmed')).toEqual(['beto']);
  });

  it('when the highlight is cleared, then nobody is marked or dimmed', () => {
    highlightPeople(cy, new Set(['ana']));
    highlightPeople(cy, new Set());

    expect(classed('highlighted')).toEqual([]);
    expect(classed('dimmed')).toEqual([]);
  });

  it('when a highlighted person arrives later, then highlighting again marks them and keeps the others', () => {
    highlightPeople(cy, new Set(['ana', 'dani']));
    const grown = {
      ...base,
      people: [
        ...base.people,
        {
          id: 'dani',
          name: 'Dani',
          regionId: 'su',
          organization: null,
          participation: 'ACTIVE' as const,
          listed: true,
          offerIds: [],
          seekIds: [],
        },
      ],
    };
    patchElements(cy, buildElements(grown));
    highlightPeople(cy, new Set(['ana', 'dani']));

    expect(classed('highlighted')).toEqual(['ana', 'dani']);
    expect(classed('dimmed')).toEqual(['beto', 'caro']);
  });
});

describe('patchElements with collapsed clusters', () => {
  it('when a collapsed cluster is expanded again, then its node loses the collapsed flag and its people come back', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    const built = buildElements(base);
    patchElements(cy, collapseClusters(built, new Set(['cluster:no'])));
    expect(cy.getElementById('cluster:no').data('collapsed')).toBe(true);
    expect(cy.getElementById('ana').empty()).toBe(true);

    patchElements(cy, built);

    expect(cy.getElementById('cluster:no').data('collapsed')).toBeUndefined();
    expect(clusterOf(cy.getElementById('ana') as NodeSingular)).toBe('cluster:no');
    expect(cy.getElementById('t1').nonempty()).toBe(true);
  });
});

describe('filterPeople and showNeighbourhood', () => {
  let cy: Core;
  const classed = (name: string) =>
    cy
      .elements(`.${name}`)
      .map((n) => n.id())
      .sort();

  beforeEach(() => {
    cy = cytoscape({ headless: true, styleEnabled: false });
    patchElements(cy, buildElements({ ...base, ties: [...base.ties, { id: 't2', source: 'beto', target: 'caro' }] }));
  });

  it('when people are filtered out, then exactly they are marked, and clearing the filter unmarks them', () => {
    filterPeople(cy, new Set(['beto']));
    expect(classed('filtered')).toEqual(['beto']);

    filterPeople(cy, new Set());
    expect(classed('filtered')).toEqual([]);
  });

  it('when a person is shown with their neighbourhood, then everyone and every tie beyond it fades, clusters do not', () => {
    showNeighbourhood(cy, 'ana');

    expect(classed('faded')).toEqual(['caro', 't2']);
  });

  it('when the neighbourhood is cleared, then nothing stays faded', () => {
    showNeighbourhood(cy, 'ana');
    showNeighbourhood(cy, null);

    expect(classed('faded')).toEqual([]);
  });
});
