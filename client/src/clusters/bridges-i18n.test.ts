import { describe, expect, it } from 'vitest';
import { bridgesMessages } from './bridges-i18n';

describe('bridges certainty in plain words', () => {
  it('when the list is exact, stable, being refined or a rough estimate, then each language says so with the sample and agreement', () => {
    for (const lang of ['en', 'es'] as const) {
      const t = bridgesMessages[lang];
      const exact = t.certainty({ level: 'EXACT', sources: 236, agreement: null, refining: false }, 236);
      const stable = t.certainty({ level: 'STABLE', sources: 11264, agreement: 9, refining: false }, 20000);
      const refining = t.certainty({ level: 'ESTIMATE', sources: 44, agreement: null, refining: true }, 20000);
      const rough = t.certainty({ level: 'ESTIMATE', sources: 5632, agreement: 6, refining: false }, 20000);
      expect(new Set([exact, stable, refining, rough]).size).toBe(4);
      expect(stable).toMatch(/11[,.]264/);
      expect(stable).toMatch(/20[,.]000/);
      expect(stable).toContain(' 9 ');
      expect(rough).toContain(' 6 ');
      expect(exact).not.toMatch(/\d/);
    }
    expect(bridgesMessages.es.certainty({ level: 'ESTIMATE', sources: 44, agreement: null, refining: true }, 20000)).toMatch(
      /Primera estimación/,
    );
    expect(bridgesMessages.en.certaintyLabel.STABLE).toBe('Reliable estimate');
  });
});
