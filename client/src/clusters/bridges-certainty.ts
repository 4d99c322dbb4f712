import type { Translate } from '../i18n';
import type { NetworkFigures } from './queries';

/** How sure the bridges list is, in plain words: the sample it came from and how far its two halves agree. */
export function certaintyText(t: Translate, certainty: NetworkFigures['bridgesCertainty'], people: number): string {
  const values = { sources: certainty.sources, people, agreement: certainty.agreement ?? '–' };
  if (certainty.level === 'EXACT') return t('bridges.certaintyExact');
  if (certainty.level === 'STABLE') return t('bridges.certaintyStable', values);
  if (certainty.refining) return t('bridges.certaintyRefining', values);
  return t('bridges.certaintyRough', values);
}
