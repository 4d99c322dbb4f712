import { describe, expect, it } from 'vitest';
import { cleanText } from './normalize.ts';

describe('cleanText', () => {
  it('when text holds control characters or runs of spaces, then they become single spaces', () => {
    expect(cleanText(' Ana\u0000 María\n\tLópez ')).toBe('Ana María López');
  });
});
