import { describe, expect, it } from 'vitest';
import { cleanText, normalizeName } from './normalize.ts';

describe('normalizeName', () => {
  it('when names differ only in case, accents, spacing or Unicode form, then they match', () => {
    const variants = ['CONAFOR', 'Conafor ', '  conafor', 'CONÀFOR', 'co\u006e\u0061for'];
    expect(new Set(variants.map(normalizeName))).toEqual(new Set(['conafor']));
    expect(normalizeName('Península  de\tYucatán')).toBe(normalizeName('peninsula de yucatan'));
    expect(normalizeName('Pen\u0069\u0301nsula')).toBe(normalizeName('Península'));
  });

  it('when names differ in letters, then they do not match', () => {
    expect(normalizeName('CONANP')).not.toBe(normalizeName('CONAFOR'));
  });
});

describe('cleanText', () => {
  it('when text holds control characters or runs of spaces, then they become single spaces', () => {
    expect(cleanText(' Ana\u0000 María\n\tLópez ')).toBe('Ana María López');
  });
});
