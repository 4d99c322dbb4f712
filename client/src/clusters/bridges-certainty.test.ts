import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en';
import es from '../i18n/locales/es';
import { translateWith as translator } from '../i18n/translate-with';
import { certaintyText } from './bridges-certainty';

describe('bridges certainty in plain words', () => {
  it('when the list is exact, stable, being refined or a rough estimate, then each language says so with the sample and agreement', () => {
    for (const messages of [en, es]) {
      const t = translator(messages);
      const exact = certaintyText(t, { level: 'EXACT', sources: 236, agreement: null, refining: false }, 236);
      const stable = certaintyText(t, { level: 'STABLE', sources: 11264, agreement: 9, refining: false }, 20000);
      const refining = certaintyText(t, { level: 'ESTIMATE', sources: 44, agreement: null, refining: true }, 20000);
      const rough = certaintyText(t, { level: 'ESTIMATE', sources: 5632, agreement: 6, refining: false }, 20000);
      expect(new Set([exact, stable, refining, rough]).size).toBe(4);
      expect(stable).toMatch(/11[,.\s]264/);
      expect(stable).toMatch(/20[,.\s]000/);
      expect(stable).toContain(' 9 ');
      expect(rough).toContain(' 6 ');
      expect(exact).not.toMatch(/\d/);
    }
    expect(certaintyText(translator(es), { level: 'ESTIMATE', sources: 44, agreement: null, refining: true }, 20000)).toMatch(
      /Primera estimación/,
    );
    expect(translator(en)('bridges.certaintyLabel', { level: 'STABLE' })).toBe('Reliable estimate');
  });
});
