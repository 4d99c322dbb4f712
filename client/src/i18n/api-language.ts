import type { Lang } from './catalogue';

/**
 * The API's name of a language (its `Language` and `ReasonLanguage` enums: 'ES', 'EN'). Languages the server
 * has no words for yet get English.
 */
export function apiLanguage(lang: Lang): 'ES' | 'EN' {
  return lang === 'es' ? 'ES' : 'EN';
}
