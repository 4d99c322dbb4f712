import { describe, expect, it } from 'vitest';
import type { MyRecord } from './queries';
import { emptyValues, hasAnswers, valuesFromRecord } from './survey-values';

const record: MyRecord = {
  communityName: 'CAMAFU',
  workshopCode: 'K7M4QX',
  person: {
    id: 'me',
    name: 'Ana López',
    email: 'ana@example.org',
    role: null,
    consent: { listed: true, contactable: false },
    organization: { id: 'o1', name: 'CONAFOR' },
    region: { id: 'r1', name: 'Occidente' },
    offers: [{ id: 'i1', name: 'Quemas prescritas', nameEs: null, nameEn: 'Prescribed burning', synonyms: [] }],
    seeks: [],
    knows: [
      { reportedById: 'me', confirmed: false, person: { id: 'p1', name: 'Luis', organization: { name: 'CONANP' } } },
      { reportedById: 'p2', confirmed: false, person: { id: 'p2', name: 'Marta', organization: null } },
    ],
  },
  reportedTies: [
    { personId: 'p1', name: 'Luis', organization: 'CONANP' },
    { personId: null, name: 'Rosa (as typed)', organization: null },
  ],
};

describe('valuesFromRecord', () => {
  it('when a record is opened through the private link, then the form is prefilled with every field, ties as the participant named them', () => {
    expect(valuesFromRecord(record)).toEqual({
      name: 'Ana López',
      email: 'ana@example.org',
      role: '',
      organization: { id: 'o1', name: 'CONAFOR' },
      regionId: 'r1',
      offers: [{ id: 'i1', name: 'Quemas prescritas' }],
      seeks: [],
      knows: [
        { personId: 'p1', name: 'Luis', organization: 'CONANP' },
        { personId: null, name: 'Rosa (as typed)', organization: '' },
      ],
      listed: true,
      contactable: false,
    });
  });

  it('when someone else reported a tie to the participant, then it is not among the answers they edit', () => {
    expect(valuesFromRecord(record).knows.map((tie) => tie.personId)).not.toContain('p2');
  });
});

describe('emptyValues', () => {
  it('when a form starts, then consent is off and only the workshop region is preselected', () => {
    const values = emptyValues('r1');
    expect(values).toMatchObject({ regionId: 'r1', listed: false, contactable: false });
    expect(hasAnswers(values)).toBe(false);
    expect(hasAnswers({ ...values, name: 'A' })).toBe(true);
  });
});
