import { describe, expect, it } from 'vitest';
import { decimal, modularityVerdict, nounPlural, percent } from './format';

describe('format', () => {
  it('when shares are shown, then they read as whole percents, small ones keeping a decimal', () => {
    expect(percent(0.234)).toBe('23%');
    expect(percent(0)).toBe('0%');
    expect(percent(0.0042)).toBe('0.4%');
  });

  it('when 0–1 figures are shown, then they have two decimals, tiny ones shown as under 0.01', () => {
    expect(decimal(0.7412)).toBe('0.74');
    expect(decimal(0)).toBe('0.00');
    expect(decimal(0.001)).toBe('< 0.01');
  });

  it('when modularity is read, then 0.3 and above are real clusters', () => {
    expect(modularityVerdict(0.3)).toBe('real clusters');
    expect(modularityVerdict(0.15)).toBe('weak clusters');
    expect(modularityVerdict(0.02)).toBe('not clusters');
  });

  it('when nouns are pluralized, then communities end in -ies', () => {
    expect(nounPlural('community')).toBe('communities');
    expect(nounPlural('region')).toBe('regions');
  });
});
