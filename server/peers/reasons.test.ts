import { describe, expect, it } from 'vitest';
import type { ReasonFacts } from './reasons.ts';
import { interestName, reasonsFor } from './reasons.ts';

const interest = (nameEs: string, nameEn: string) => ({
  id: nameEn,
  name: nameEs,
  nameEs,
  nameEn,
  synonyms: [],
  theme: null,
  curated: true,
  public: true,
});
const burning = interest('Quemas prescritas', 'Prescribed burning');
const brigades = interest('Brigadas comunitarias', 'Community fire brigades');
const gis = interest('SIG', 'GIS');

const ana: ReasonFacts = {
  name: 'Ana',
  organization: 'CONAFOR',
  region: 'Occidente',
  askerRegion: 'Occidente',
  theyOffer: [burning],
  youOffer: [],
  shared: [],
  mutualContacts: [{ name: 'Luis' }],
};

describe('reasonsFor', () => {
  it('when Ana offers what you seek and you both know Luis, then the reasons say so in English', () => {
    expect(reasonsFor(ana, 'EN')).toEqual([
      'Ana (CONAFOR, Occidente) offers prescribed burning, which you seek',
      'You and Ana both know Luis',
      'Ana is in your region (Occidente)',
    ]);
  });

  it('when asked in Spanish, then the reasons and the interest names are Spanish', () => {
    expect(reasonsFor(ana, 'ES')).toEqual([
      'Ana (CONAFOR, Occidente) ofrece quemas prescritas, que tú buscas',
      'Tú y Ana conocen a Luis',
      'Ana está en tu región (Occidente)',
    ]);
  });

  it('when the fit goes both ways with several interests and contacts, then lists read naturally', () => {
    const facts: ReasonFacts = {
      ...ana,
      organization: null,
      region: 'Sur',
      theyOffer: [burning, brigades],
      youOffer: [gis],
      shared: [brigades],
      mutualContacts: [{ name: 'Luis' }, { name: 'Marta' }, { name: 'Eva' }],
    };
    expect(reasonsFor(facts, 'EN')).toEqual([
      'Ana (Sur) offers prescribed burning and community fire brigades, which you seek',
      'Ana seeks GIS, which you offer',
      'Ana shares your interest in community fire brigades',
      'You and Ana both know Luis, Marta and Eva',
      'Ana is in another region (Sur): a bridge between clusters',
    ]);
  });

  it('when nothing but a region is known about the person, then no interest or contact reason is made up', () => {
    expect(reasonsFor({ ...ana, theyOffer: [], mutualContacts: [], askerRegion: null }, 'EN')).toEqual([]);
  });
});

describe('interestName', () => {
  it('when the name starts with an acronym, then it keeps its capitals', () => {
    expect(interestName(gis, 'ES')).toBe('SIG');
    expect(interestName({ ...burning, nameEn: null }, 'EN')).toBe('quemas prescritas');
  });
});
