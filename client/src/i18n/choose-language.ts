import type { Lang } from './catalogue';
import { FALLBACK_LANG, isLang } from './catalogue';

export interface LanguageSignals {
  /** A page that faces a room (the projector) speaks the community's language whatever the viewer chose. */
  forced?: string | null;
  /** The viewer's own switch, remembered on this device. */
  chosen?: string | null;
  /** The default language of the community the page belongs to (`Community.defaultLanguage`, e.g. 'ES'). */
  community?: string | null;
  /** navigator.languages, most preferred first. */
  browser?: readonly string[];
}

/**
 * The language to show: forced, else the viewer's choice, else the community's default, else the first browser
 * language there is a catalogue for, else Spanish. Values are matched case-insensitively on their primary subtag.
 */
export function chooseLanguage(signals: LanguageSignals): Lang {
  for (const candidate of [signals.forced, signals.chosen, signals.community, ...(signals.browser ?? [])]) {
    const primary = candidate?.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return FALLBACK_LANG;
}
