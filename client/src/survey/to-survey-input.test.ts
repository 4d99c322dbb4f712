import { describe, expect, it } from 'vitest';
import { fieldFromServer, firstField, toSurveyInput, validateSurvey } from './to-survey-input';
import { emptyValues } from './survey-values';
import type { SurveyValues } from './survey-values';

const limits = { maxTextLength: 20, maxInterests: 2, maxTies: 1 };

function values(patch: Partial<SurveyValues> = {}): SurveyValues {
  return { ...emptyValues('r1'), name: 'Ana López', ...patch };
}

describe('toSurveyInput', () => {
  it('when records were picked from lists, then they are sent by id (people with the name shown, in case they are no longer listed), and typed ones by name', () => {
    const input = toSurveyInput(
      values({
        organization: { id: 'o1', name: 'CONAFOR' },
        offers: [
          { id: 'i1', name: 'Quemas prescritas' },
          { id: null, name: '  Drones  térmicos ' },
        ],
        seeks: [{ id: 'i2', name: 'Brigadas' }],
        knows: [
          { personId: 'p1', name: 'Luis', organization: 'CONANP' },
          { personId: null, name: ' Marta Ruiz ', organization: ' Ejido El Largo ' },
          { personId: null, name: 'Sin Org', organization: '' },
        ],
      }),
      { submissionId: 'sub-1', language: 'es' },
    );
    expect(input.organization).toEqual({ id: 'o1' });
    expect(input.offers).toEqual([{ id: 'i1' }, { name: 'Drones térmicos' }]);
    expect(input.seeks).toEqual([{ id: 'i2' }]);
    expect(input.knows).toEqual([
      { personId: 'p1', name: 'Luis' },
      { name: 'Marta Ruiz', organization: 'Ejido El Largo' },
      { name: 'Sin Org', organization: null },
    ]);
  });

  it('when optional fields are blank, then they are sent as null', () => {
    const input = toSurveyInput(values({ email: '  ', role: '', regionId: '' }), { submissionId: 's', language: 'en' });
    expect(input).toMatchObject({ email: null, role: null, organization: null, regionId: null, offers: [], seeks: [], knows: [] });
  });

  it('when the form is sent, then it carries the submissionId, the language, the consent and trimmed text', () => {
    const input = toSurveyInput(values({ name: '  Ana   López ', email: ' ana@example.org ', listed: true }), {
      submissionId: 'fixed-id',
      language: 'en',
    });
    expect(input).toMatchObject({
      submissionId: 'fixed-id',
      language: 'en',
      name: 'Ana López',
      email: 'ana@example.org',
      regionId: 'r1',
      consent: { listed: true, contactable: false },
    });
  });

  it('when a new organization is typed, then it is sent by its name', () => {
    const input = toSurveyInput(values({ organization: { id: null, name: 'Brigada Tres Picos' } }), {
      submissionId: 's',
      language: 'es',
    });
    expect(input.organization).toEqual({ name: 'Brigada Tres Picos' });
  });
});

describe('validateSurvey', () => {
  it('when the answers are fine, then there are no problems', () => {
    expect(validateSurvey(values({ email: 'ana@example.org' }), limits)).toEqual({});
  });

  it('when the name is blank, then the name is required', () => {
    expect(validateSurvey(values({ name: '   ' }), limits)).toEqual({ name: { kind: 'required' } });
  });

  it('when the email is malformed, then the email is flagged', () => {
    expect(validateSurvey(values({ email: 'ana@' }), limits).email).toEqual({ kind: 'email' });
  });

  it('when texts are longer than the limit, then each such field is flagged with the limit', () => {
    const long = 'x'.repeat(21);
    const problems = validateSurvey(
      values({ name: long, role: long, organization: { id: null, name: long }, offers: [{ id: null, name: long }] }),
      limits,
    );
    expect(problems).toEqual({
      name: { kind: 'tooLong', max: 20 },
      role: { kind: 'tooLong', max: 20 },
      organization: { kind: 'tooLong', max: 20 },
      offers: { kind: 'tooLong', max: 20 },
    });
  });

  it('when there are more interests or ties than allowed, then those lists are flagged', () => {
    const three = [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C' },
    ];
    const two = [
      { personId: 'p1', name: 'P1', organization: '' },
      { personId: 'p2', name: 'P2', organization: '' },
    ];
    expect(validateSurvey(values({ seeks: three, knows: two }), limits)).toEqual({
      seeks: { kind: 'tooMany', max: 2 },
      knows: { kind: 'tooMany', max: 1 },
    });
  });

  it('when several fields have problems, then the first one in the form order is focused first', () => {
    expect(firstField({ knows: 1, email: 1 })).toBe('email');
    expect(firstField({})).toBeUndefined();
  });
});

describe('fieldFromServer', () => {
  it('when the server names a field in any of its path forms, then the form field is found', () => {
    expect(fieldFromServer('name')).toBe('name');
    expect(fieldFromServer('input.email')).toBe('email');
    expect(fieldFromServer('offers[2].name')).toBe('offers');
    expect(fieldFromServer('knows.0.organization')).toBe('knows');
    expect(fieldFromServer('regionId')).toBe('region');
    expect(fieldFromServer('consent.listed')).toBe('consent');
  });

  it('when the server names no field, or one the form does not show, then there is none', () => {
    expect(fieldFromServer(undefined)).toBeUndefined();
    expect(fieldFromServer('submissionId')).toBeUndefined();
  });
});
