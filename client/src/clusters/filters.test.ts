import { describe, expect, it } from 'vitest';
import type { MapPerson, ParticipationLevel } from '../communities/queries';
import { matchByName } from '../ui/match-text';
import { hiddenBy, isFiltering, matchesFilter, NO_FILTER } from './filters';

const person = (
  id: string,
  name: string,
  participation: ParticipationLevel,
  offerIds: string[] = [],
  seekIds: string[] = [],
): MapPerson => ({
  id,
  name,
  regionId: null,
  organization: null,
  participation,
  listed: true,
  offerIds,
  seekIds,
});

const people = [
  person('ana', 'Ana Pérez', 'CORE', ['fire'], []),
  person('beto', 'Beto Ángeles', 'ACTIVE', [], ['fire']),
  person('caro', 'Carolina Anaya', 'PERIPHERAL', ['maps'], []),
  person('dani', 'Daniel Ruiz', 'PERIPHERAL'),
];

describe('filters', () => {
  it('when nothing is filtered, then nobody is hidden', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(hiddenBy(people, NO_FILTER).size).toBe(0);
  });

  it('when filtering by an interest, then people who offer or seek it stay and the others are hidden', () => {
    const filter = { ...NO_FILTER, interestId: 'fire' };

    expect(isFiltering(filter)).toBe(true);
    expect([...hiddenBy(people, filter)].sort()).toEqual(['caro', 'dani']);
  });

  it('when filtering by participation, then only the chosen levels stay', () => {
    const filter = { ...NO_FILTER, levels: new Set<ParticipationLevel>(['PERIPHERAL']) };

    expect([...hiddenBy(people, filter)].sort()).toEqual(['ana', 'beto']);
  });

  it('when both filters are set, then a person must pass both', () => {
    const filter = { interestId: 'fire', levels: new Set<ParticipationLevel>(['ACTIVE', 'PERIPHERAL']) };

    expect(people.filter((p) => matchesFilter(p, filter)).map((p) => p.id)).toEqual(['beto']);
  });
});

describe('matchByName on map people', () => {
  it('when searching without accents or case, then names with them match, best matches first', () => {
    expect(matchByName(people, 'ana').map((p) => p.id)).toEqual(['ana', 'caro']);
    expect(matchByName(people, 'angeles').map((p) => p.id)).toEqual(['beto']);
  });

  it('when the query is empty or matches nobody, then there are no results', () => {
    expect(matchByName(people, '  ')).toEqual([]);
    expect(matchByName(people, 'zzz')).toEqual([]);
  });

  it('when many match, then at most the limit is returned', () => {
    expect(matchByName(people, 'a', 2)).toHaveLength(2);
  });
});
