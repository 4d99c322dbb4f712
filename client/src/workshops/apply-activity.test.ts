import { describe, expect, it } from 'vitest';
import type { CommunityMapData, MapPerson } from '../communities/queries';
import { applyActivities, arrivalsOf, participantIdsOf, responseCountOf } from './apply-activity';
import type { ProjectorResponse, WorkshopActivity } from './queries';

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
  regions: [{ id: 'no', name: 'Noroeste' }],
  people: [person('ana'), person('beto')],
  ties: [{ id: 't1', source: 'ana', target: 'beto' }],
};

const activity = (p: MapPerson, ties: WorkshopActivity['ties'] = [], responseCount = 1): WorkshopActivity => ({
  responseCount,
  person: p,
  ties,
});

const response = (id: string, listed: boolean, organization: string | null = null): ProjectorResponse => ({
  submittedAt: '2025-05-01T10:00:00Z',
  person: { id, name: `Person ${id}`, consent: { listed }, organization: organization ? { name: organization } : null },
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
  it('when events arrive, then the latest comes first and people read from the server follow', () => {
    const arrivals = arrivalsOf([response('ana', true), response('beto', false, 'CONAFOR')], [
      activity(person('caro')),
      activity(person('dani')),
    ]);

    expect(arrivals.map((a) => a.id)).toEqual(['dani', 'caro', 'ana', 'beto']);
    expect(arrivals[3]).toEqual({ id: 'beto', name: 'Person beto', organization: 'CONAFOR', listed: false });
  });

  it('when a live arrival is not in the responses yet, then whether they are listed is unknown', () => {
    expect(arrivalsOf([], [activity(person('caro'))])[0]?.listed).toBeNull();
  });

  it('when someone already listed submits again, then they appear once, at the top, with their consent', () => {
    const arrivals = arrivalsOf([response('ana', true), response('beto', false)], [activity(person('beto'))]);

    expect(arrivals.map((a) => [a.id, a.listed])).toEqual([
      ['beto', false],
      ['ana', true],
    ]);
  });

  it('when a limit is given, then only that many newest arrivals are kept', () => {
    const arrivals = arrivalsOf([response('ana', true), response('beto', true)], [activity(person('caro'))], 2);

    expect(arrivals.map((a) => a.id)).toEqual(['caro', 'ana']);
  });
});

describe('participantIdsOf and responseCountOf', () => {
  it('when people answered before and during the page, then all of them are participants', () => {
    expect([...participantIdsOf([response('ana', true)], [activity(person('caro'))])].sort()).toEqual(['ana', 'caro']);
  });

  it('when events and a server read disagree on the count, then the larger one wins', () => {
    expect(responseCountOf(3, [])).toBe(3);
    expect(responseCountOf(3, [activity(person('a'), [], 4), activity(person('b'), [], 5)])).toBe(5);
    expect(responseCountOf(9, [activity(person('a'), [], 4)])).toBe(9);
  });
});
