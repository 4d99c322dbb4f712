import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, firstErrorField, setupFormErrors } from './setup-form';

const good = { email: 'ana@example.org', password: 'correct horse', confirm: 'correct horse' };

describe('setupFormErrors', () => {
  it('when every field is filled in correctly, then there is no error', () => {
    expect(setupFormErrors(good)).toEqual({});
  });

  it('when the email has spaces around it, then it is still accepted', () => {
    expect(setupFormErrors({ ...good, email: '  ana@example.org ' })).toEqual({});
  });

  it('when the email is empty or not shaped like one, then the email field says so', () => {
    expect(setupFormErrors({ ...good, email: '  ' }).email).toEqual({ key: 'firstAdmin.emailMissing' });
    expect(setupFormErrors({ ...good, email: 'ana@localhost' }).email).toEqual({ key: 'firstAdmin.emailShape' });
    expect(setupFormErrors({ ...good, email: 'ana example.org' }).email).toEqual({ key: 'firstAdmin.emailShape' });
  });

  it('when the password is shorter than the minimum, then the password field names the minimum', () => {
    const short = 'a'.repeat(MIN_PASSWORD_LENGTH - 1);
    const errors = setupFormErrors({ ...good, password: short, confirm: short });
    expect(errors.password?.values).toEqual({ min: MIN_PASSWORD_LENGTH, length: MIN_PASSWORD_LENGTH - 1 });
    expect(errors.confirm).toBeUndefined();
  });

  it('when the password has exactly the minimum length, then it is accepted', () => {
    const exact = 'a'.repeat(MIN_PASSWORD_LENGTH);
    expect(setupFormErrors({ ...good, password: exact, confirm: exact })).toEqual({});
  });

  it('when the confirmation differs from the password, then only the confirmation field complains', () => {
    expect(setupFormErrors({ ...good, confirm: 'correct horse ' })).toEqual({ confirm: { key: 'firstAdmin.passwordsDiffer' } });
  });
});

describe('firstErrorField', () => {
  it('when several fields have errors, then the first in form order is named', () => {
    const problem = { key: 'firstAdmin.emailMissing' } as const;
    expect(firstErrorField({ confirm: problem, password: problem })).toBe('password');
    expect(firstErrorField({ confirm: problem, email: problem })).toBe('email');
  });

  it('when there is no error, then no field is named', () => {
    expect(firstErrorField({})).toBeUndefined();
  });
});
