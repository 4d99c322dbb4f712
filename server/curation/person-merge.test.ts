import { describe, expect, it } from 'vitest';
import { resolvePersonMerge } from './person-merge.ts';
import type { PersonSide } from './person-merge.ts';

const unam = { id: 'o1', name: 'UNAM' };
const conafor = { id: 'o2', name: 'CONAFOR' };
const kept: PersonSide = {
  id: 'a',
  name: 'Matías',
  email: null,
  role: 'Investigador',
  participation: 'ACTIVE',
  listed: true,
  contactable: true,
  organization: unam,
  region: null,
};
const answer: PersonSide = {
  id: 'b',
  name: 'Matías',
  email: 'm@x.org',
  role: null,
  participation: 'CORE',
  listed: true,
  contactable: false,
  organization: conafor,
  region: { id: 'r', name: 'Centro' },
};

describe('resolvePersonMerge', () => {
  it('when nothing is chosen, then the kept record’s values win and the other fills what it lacks', () => {
    const out = resolvePersonMerge(kept, answer, []);
    expect(out).toMatchObject({
      name: 'Matías',
      email: 'm@x.org',
      role: 'Investigador',
      organization: unam,
      region: { name: 'Centro' },
      participation: 'CORE',
    });
    expect(out.fields.filter((f) => f.differs).map((f) => f.field)).toEqual(['EMAIL', 'ROLE', 'ORGANIZATION', 'REGION']);
  });

  it('when the other organization is chosen, then the merged record has that one only', () => {
    expect(resolvePersonMerge(kept, answer, [{ field: 'ORGANIZATION', side: 'DUPLICATE' }]).organization).toEqual(conafor);
  });

  it('when either record withheld consent, then the merged record withholds it, whatever is chosen', () => {
    const out = resolvePersonMerge(kept, answer, [{ field: 'NAME', side: 'SURVIVOR' }]);
    expect([out.listed, out.contactable]).toEqual([true, false]);
  });

  it('when both have an email and one is chosen, then the other is kept as another address', () => {
    const out = resolvePersonMerge({ ...kept, email: 'old@x.org' }, answer, [{ field: 'EMAIL', side: 'DUPLICATE' }]);
    expect([out.email, out.otherEmail]).toEqual(['m@x.org', 'old@x.org']);
  });

  it('when a choice would empty a field the other record fills, or names a field twice, then it is refused naming choices', () => {
    for (const choices of [
      [{ field: 'ROLE', side: 'DUPLICATE' }],
      [
        { field: 'NAME', side: 'SURVIVOR' },
        { field: 'NAME', side: 'SURVIVOR' },
      ],
    ] as const) {
      expect(() => resolvePersonMerge(kept, answer, choices)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'choices' }) }),
      );
    }
  });
});
