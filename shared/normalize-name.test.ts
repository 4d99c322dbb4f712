import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize-name.ts';

describe('normalizeName', () => {
  it('when names differ only in case, accents, spacing or Unicode form, then they match', () => {
    const variants = ['CONAFOR', 'Conafor ', '  conafor', 'CONÀFOR', 'co\u006e\u0061for'];
    expect(new Set(variants.map(normalizeName))).toEqual(new Set(['conafor']));
    expect(normalizeName('  Península   de YUCATÁN ')).toBe('peninsula de yucatan');
    expect(normalizeName('Península  de\tYucatán')).toBe(normalizeName('peninsula de yucatan'));
  });

  it('when a letter is written as a base letter plus combining accent, then it matches the composed letter', () => {
    expect(normalizeName('Pen\u0069\u0301nsula')).toBe(normalizeName('Península'));
    expect(normalizeName('Dete\u0063\u0063io\u0301n')).toBe(normalizeName('Detección'));
  });

  it('when a name hides invisible format characters, then it matches the name without them', () => {
    expect(normalizeName('A\u200Bna\u00AD Mar\u200Día')).toBe(normalizeName('Ana María'));
  });

  it('when names differ in letters, then they do not match', () => {
    expect(normalizeName('CONANP')).not.toBe(normalizeName('CONAFOR'));
  });
});
