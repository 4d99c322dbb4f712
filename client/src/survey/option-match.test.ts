import { describe, expect, it } from 'vitest';
import { matchByName } from '../ui/match-text';
import { findInterestByName, findOrganizationByName, matchInterests } from './option-match';
import { interestLabel } from '../i18n/interest-label';
import type { InterestOption } from './queries';

const interest = (id: string, name: string, extra: Partial<InterestOption> = {}): InterestOption => ({
  id,
  name,
  nameEs: null,
  nameEn: null,
  synonyms: [],
  ...extra,
});

const burning = interest('i1', 'Quemas prescritas', {
  nameEs: 'Quemas prescritas',
  nameEn: 'Prescribed burning',
  synonyms: ['quemas controladas', 'fuego prescrito'],
});
const brigades = interest('i2', 'Brigadas comunitarias', { nameEs: 'Brigadas comunitarias', nameEn: 'Community fire brigades' });
const hotspots = interest('i3', 'Detección de puntos de calor', {
  nameEs: 'Detección de puntos de calor',
  nameEn: 'Hotspot detection by satellite',
});
const restoration = interest('i4', 'Restauración post-incendio', { nameEn: 'Post-fire restoration' });
const interests = [burning, brigades, hotspots, restoration];

describe('matchInterests', () => {
  it('when the query has no accents, then it finds names that have them', () => {
    const found = matchInterests(interests, 'deteccion', 'es');
    expect(found.map((m) => m.interest.id)).toEqual(['i3']);
  });

  it('when the query matches an English name, then a Spanish speaker sees the Spanish label and what matched', () => {
    const [first] = matchInterests(interests, 'prescribed', 'es');
    expect(first?.interest.id).toBe('i1');
    expect(first?.label).toBe('Quemas prescritas');
    expect(first?.matchedName).toBe('Prescribed burning');
  });

  it('when the query matches a synonym, then the interest is found with the synonym as the matched name', () => {
    const [first] = matchInterests(interests, 'CONTROLADAS', 'en');
    expect(first?.interest.id).toBe('i1');
    expect(first?.label).toBe('Prescribed burning');
    expect(first?.matchedName).toBe('quemas controladas');
  });

  it('when the label itself matches, then no alternative name is shown', () => {
    const [first] = matchInterests(interests, 'brigad', 'es');
    expect(first?.matchedName).toBeNull();
  });

  it('when several match, then names starting with the query come before names merely containing it', () => {
    const list = [interest('a', 'Campfires'), interest('b', 'Community fire brigades'), interest('c', 'Fire ecology')];
    const found = matchInterests(list, 'fire', 'en');
    expect(found.map((m) => m.interest.name)).toEqual(['Fire ecology', 'Community fire brigades', 'Campfires']);
  });

  it('when an interest is already chosen, then it is left out', () => {
    expect(matchInterests(interests, 'quemas', 'es', { excludeIds: new Set(['i1']) })).toEqual([]);
  });

  it('when the query is blank, then nothing is suggested', () => {
    expect(matchInterests(interests, '   ', 'es')).toEqual([]);
  });

  it('when an interest has no name in the chosen language, then its canonical name is the label', () => {
    expect(interestLabel(restoration, 'es')).toBe('Restauración post-incendio');
    expect(interestLabel(restoration, 'en')).toBe('Post-fire restoration');
  });
});

describe('findInterestByName', () => {
  it('when the typed text equals any name after folding, then that interest is found', () => {
    expect(findInterestByName(interests, 'prescribed BURNING ')?.id).toBe('i1');
    expect(findInterestByName(interests, 'fuego prescrito')?.id).toBe('i1');
  });

  it('when the typed text is only part of a name, then nothing is found', () => {
    expect(findInterestByName(interests, 'prescribed')).toBeUndefined();
  });
});

describe('organizations', () => {
  const organizations = [
    { id: 'o1', name: 'CONAFOR' },
    { id: 'o2', name: 'Pronatura Península de Yucatán' },
    { id: 'o3', name: 'Ejido El Conejo' },
  ];

  it('when the typed name differs only by case, accents or spaces, then it is the same organization', () => {
    expect(findOrganizationByName(organizations, 'Conafor ')?.id).toBe('o1');
    expect(findOrganizationByName(organizations, 'pronatura peninsula de yucatan')?.id).toBe('o2');
  });

  it('when part of a name is typed, then prefix matches come first', () => {
    expect(matchByName(organizations, 'con').map((o) => o.id)).toEqual(['o1', 'o3']);
    expect(matchByName(organizations, 'yucatan').map((o) => o.id)).toEqual(['o2']);
  });
});
