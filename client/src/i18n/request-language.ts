import type { Lang } from './catalogue';

// The language the page speaks, sent with every API request (Accept-Language) so the server words its
// errors the same way. Set by I18nProvider as soon as a language is chosen, before any child renders.
let current: Lang | undefined;

export function setRequestLanguage(lang: Lang): void {
  current = lang;
}

export function requestLanguage(): Lang | undefined {
  return current;
}
