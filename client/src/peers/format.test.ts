import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH_FORM, formatScore, mapHighlight, personPlace, scoreBars, toPeopleSearch } from './format';
import { interestLabel } from '../i18n/interest-label';
import type { PersonCard } from './queries';

const burning = { id: 'i1', name: 'quemas prescritas', nameEs: 'Quemas prescritas', nameEn: 'Prescribed burning' };

function person(id: string): PersonCard {
  return { id, name: id, role: null, participation: 'ACTIVE', organization: null, region: null };
}

describe('interest labels', () => {
  it('when the interest has a name in the reader’s language, then that name is shown', () => {
    expect(interestLabel(burning, 'en')).toBe('Prescribed burning');
    expect(interestLabel(burning, 'es')).toBe('Quemas prescritas');
  });

  it('when it has none (or a blank one), then the canonical name is shown', () => {
    expect(interestLabel({ ...burning, nameEn: null }, 'en')).toBe('quemas prescritas');
    expect(interestLabel({ ...burning, nameEs: '  ' }, 'es')).toBe('quemas prescritas');
  });
});

describe('a person’s place', () => {
  it('when organization and region are known, then both are joined; missing parts are left out', () => {
    expect(personPlace({ organization: { id: 'o', name: 'CONAFOR' }, region: { id: 'r', name: 'Occidente' } })).toBe('CONAFOR · Occidente');
    expect(personPlace({ organization: null, region: { id: 'r', name: 'Occidente' } })).toBe('Occidente');
    expect(personPlace({ organization: null, region: null })).toBe('');
  });
});

describe('score bars', () => {
  const parts = { complementarity: 3, sharedRarity: 0.5, proximity: 0.75, region: 0.5 };

  it('when no region preference was asked for, then the region part is not drawn', () => {
    expect(scoreBars(parts, 'ANY').map((b) => b.key)).toEqual(['complementarity', 'sharedRarity', 'proximity']);
  });

  it('when one was, then it is drawn last, and each bar is filled in proportion to its weight', () => {
    expect(scoreBars(parts, 'OTHER_REGION')).toEqual([
      { key: 'complementarity', value: 3, max: 3, percent: 100 },
      { key: 'sharedRarity', value: 0.5, max: 2, percent: 25 },
      { key: 'proximity', value: 0.75, max: 1, percent: 75 },
      { key: 'region', value: 0.5, max: 0.5, percent: 100 },
    ]);
  });

  it('when a part is out of range or not a number, then the bar stays between empty and full', () => {
    const bars = scoreBars({ complementarity: 7, sharedRarity: -1, proximity: Number.NaN, region: 0 }, 'ANY');
    expect(bars.map((b) => b.percent)).toEqual([100, 0, 0]);
  });
});

describe('score figures', () => {
  it('when a score is shown, then it has one decimal at most and the reader’s decimal mark', () => {
    expect(formatScore(2.4999, 'en')).toBe('2.5');
    expect(formatScore(3, 'en')).toBe('3');
    expect(formatScore(0.333, 'es')).toBe('0.3');
    expect(formatScore(1.25, 'en')).toBe('1.3');
  });
});

describe('map highlight', () => {
  it('when no chain is shown, then the listed people stand out', () => {
    expect(mapHighlight(['a', 'b'], null)).toEqual({ highlightIds: new Set(['a', 'b']), pathIds: [] });
  });

  it('when a chain is shown, then its people stand out and it is drawn in order', () => {
    const path = [person('a'), person('x'), person('b')];
    expect(mapHighlight(['a', 'b', 'c'], path)).toEqual({ highlightIds: new Set(['a', 'x', 'b']), pathIds: ['a', 'x', 'b'] });
  });

  it('when the chain is empty (same person), then the listed people stand out again', () => {
    expect(mapHighlight(['a'], []).pathIds).toEqual([]);
  });
});

describe('search input', () => {
  it('when the form is blank or only spaces, then there is nothing to search for', () => {
    expect(toPeopleSearch(EMPTY_SEARCH_FORM)).toBeNull();
    expect(toPeopleSearch({ ...EMPTY_SEARCH_FORM, text: '   ', interest: '\t' })).toBeNull();
  });

  it('when some fields are filled, then only those are sent, trimmed', () => {
    expect(toPeopleSearch({ ...EMPTY_SEARCH_FORM, interest: ' quemas ', regionId: 'r1' })).toEqual({ interest: 'quemas', regionId: 'r1' });
    expect(toPeopleSearch({ text: 'Ana', interest: '', regionId: '', organizationId: 'o1', participation: 'CORE' })).toEqual({
      text: 'Ana',
      organizationId: 'o1',
      participation: 'CORE',
    });
  });
});
