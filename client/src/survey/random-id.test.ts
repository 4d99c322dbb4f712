import { describe, expect, it } from 'vitest';
import { randomUuid } from './random-id';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u;

describe('randomUuid', () => {
  it('when crypto.randomUUID exists, then it is used', () => {
    expect(randomUuid({ randomUUID: () => 'from-crypto', getRandomValues: (a) => a })).toBe('from-crypto');
  });

  it('when the page is not a secure context (no randomUUID), then a version 4 UUID is built from random bytes', () => {
    const id = randomUuid({ getRandomValues: crypto.getRandomValues.bind(crypto) });
    expect(id).toMatch(UUID_V4);
  });

  it('when called twice, then the ids differ', () => {
    const source = { getRandomValues: crypto.getRandomValues.bind(crypto) };
    expect(randomUuid(source)).not.toBe(randomUuid(source));
  });
});
