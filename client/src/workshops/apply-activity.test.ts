import { describe, expect, it } from 'vitest';
import type { CommunityMapData, MapPerson } from '../communities/queries';
import { applyActivities, arrivalsOf, participantIdsOf, responseCountOf } from './apply-activity';
import type { WorkshopActivity } from './queries';

const person = (id: string, regionId: string | null = 'no', organization: string | null = null): MapPerson => ({
  id,
  name: `Person ${id}`,
  regionId,
  organization,
  participation: 'PERIPHERAL',
  listed: true,
  offerIds: [],
  seekIds: [],
});

const map: CommunityMapData = {
  regions: [{ id: 'no', name: 'Noroeste', latitude: null, longitude: null }],
  people: [person('ana'), person('beto')],
  ties: [{ id: 't1', source: 'ana', target: 'beto' }],
};

const activity = (p: MapPerson | null, ties: WorkshopActivity['ties'] = [], responseCount = 1): WorkshopActivity => ({
  responseCount,
  person: p,
  ties,
});

describe('applyActivities', () => {
  it('when there are no events, then the map is returned as it is', () => {
    expect(applyActivities(map, [])).toBe(map);
  });

  it('when a new person arrives with ties, then they and their ties are appended', () => {
    const next = applyActivities(map, [activity(person('caro'), [{ id: 't2', source: 'caro', target: 'ana' }])]);

    expect(next.people.map((p) => p.id)).toEqual(['ana', 'beto', 'caro']);
    expect(next.ties.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(next.regions).toBe(map.regions);
    expect(map.people).toHaveLength(2); // the input is not modified
  });

  it('when the same event is applied twice, then nothing is duplicated', () => {
    const event = activity(person('caro'), [{ id: 't2', source: 'caro', target: 'ana' }]);
    const once = applyActivities(map, [event]);

    expect(applyActivities(once, [event])).toBe(once);
    expect(applyActivities(map, [event, event])).toEqual(once);
  });

  it('when a tie arrives under another id for a pair already tied, then it is skipped', () => {
    const next = applyActivities(map, [activity(person('ana'), [{ id: 't9', source: 'beto', target: 'ana' }])]);

    expect(next).toBe(map);
  });

  it('when someone on the map submits again with a new organization, then their node is updated in place', () => {
    const next = applyActivities(map, [activity(person('beto', 'no', 'CONAFOR'))]);

    expect(next.people.map((p) => p.id)).toEqual(['ana', 'beto']);
    expect(next.people[1]?.organization).toBe('CONAFOR');
  });
});

describe('arrivalsOf', () => {
  it('when events arrive, then the latest comes first and listed arrivals read from the server follow', () => {
    const arrivals = arrivalsOf([person('ana'), person('beto', 'no', 'CONAFOR')], [activity(person('caro')), activity(person('dani'))]);

    expect(arrivals.map((a) => a.id)).toEqual(['dani', 'caro', 'ana', 'beto']);
    expect(arrivals[3]).toEqual({ id: 'beto', name: 'Person beto', organization: 'CONAFOR' });
  });

  it('when an arrival is not listed (an event without a person), then nobody is named for it', () => {
    expect(arrivalsOf([person('ana')], [activity(null, [], 2)]).map((a) => a.id)).toEqual(['ana']);
  });

  it('when someone already shown submits again, then they appear once, at the top', () => {
    expect(arrivalsOf([person('ana'), person('beto')], [activity(person('beto'))]).map((a) => a.id)).toEqual(['beto', 'ana']);
  });

  it('when a limit is given, then only that many newest arrivals are kept', () => {
    expect(arrivalsOf([person('ana'), person('beto')], [activity(person('caro'))], 2).map((a) => a.id)).toEqual(['caro', 'ana']);
  });
});

describe('participantIdsOf and responseCountOf', () => {
  it('when people answered before and during the page, then the listed ones are participants', () => {
    expect([...participantIdsOf([person('ana')], [activity(person('caro')), activity(null)])].sort()).toEqual(['ana', 'caro']);
  });

  it('when an unlisted arrival comes in, then the map is unchanged and the count still grows', () => {
    expect(applyActivities(map, [activity(null, [], 7)])).toBe(map);
    expect(responseCountOf(3, [activity(null, [], 7)])).toBe(7);
  });

  it('when events and a server read disagree on the count, then the larger one wins', () => {
    expect(responseCountOf(3, [])).toBe(3);
    expect(responseCountOf(3, [activity(person('a'), [], 4), activity(person('b'), [], 5)])).toBe(5);
    expect(responseCountOf(9, [activity(person('a'), [], 4)])).toBe(9);
  });
});
