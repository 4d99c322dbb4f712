import { useCallback, useContext, useEffect } from 'react';
import { useIntl } from 'react-intl';
import type { Lang } from './catalogue';
import type { MessageKey } from './catalogue-type';
import type { LanguageControl } from './I18nProvider';
import { LanguageContext } from './I18nProvider';

/** Values an ICU message takes: {name} texts and {count, plural, …} numbers. */
export type MessageValues = Record<string, string | number | null | undefined>;

/** Translates a message id of the catalogue; the id is checked by `tsc`. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

function useLanguageControl(): LanguageControl {
  const control = useContext(LanguageContext);
  if (!control) throw new Error('A language hook outside I18nProvider');
  return control;
}

/** The translate function of the language shown. */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback((key, values) => intl.formatMessage({ id: key }, values ?? undefined), [intl]);
}

/** The language shown and the viewer's switch (remembered on this device). */
export function useLanguage(): [Lang, (lang: Lang) => void] {
  const { lang, choose } = useLanguageControl();
  return [lang, choose];
}

/** The Intl locale of the language shown (e.g. es-MX), for the format helpers in ./format. */
export function useLocale(): string {
  return useIntl().locale;
}

/**
 * Says which language the community of this page speaks by default (`Community.defaultLanguage`); it is used
 * when the viewer has not chosen one. Undefined while the community is loading.
 */
export function useCommunityLanguage(language: string | null | undefined): void {
  const { setCommunityDefault } = useLanguageControl();
  useEffect(() => {
    if (!language) return;
    setCommunityDefault(language);
    return () => setCommunityDefault(null);
  }, [language, setCommunityDefault]);
}

/** Makes the page speak `language` whatever the viewer chose (the projector faces the room). */
export function useForcedLanguage(language: string | null | undefined): void {
  const { setForced } = useLanguageControl();
  useEffect(() => {
    if (!language) return;
    setForced(language);
    return () => setForced(null);
  }, [language, setForced]);
}
