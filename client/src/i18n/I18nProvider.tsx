import type { ReactNode } from 'react';
import { createContext, useCallback, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { browserStorage } from '../survey/browser-storage';
import type { Lang } from './catalogue';
import { loadCatalogue, loadedCatalogue } from './catalogue';
import type { Catalogue } from './catalogue-type';
import { chooseLanguage } from './choose-language';
import { setRequestLanguage } from './request-language';

/** Where the viewer's own choice of language is remembered (the survey's toggle used it first). */
export const LANGUAGE_STORAGE_KEY = 'tejido.language';

export interface LanguageControl {
  /** The language shown. */
  lang: Lang;
  /** The viewer's own switch: remembered on this device, it wins over everything but a forced language. */
  choose: (lang: Lang) => void;
  /** A page of a community says its default language (`'ES'`, `'EN'`); null when it leaves. */
  setCommunityDefault: (language: string | null) => void;
  /** A page facing a room (the projector) forces the community's language; null when it leaves. */
  setForced: (language: string | null) => void;
}

export const LanguageContext = createContext<LanguageControl | null>(null);

function storedChoice(): string | null {
  try {
    return browserStorage().getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function browserLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/**
 * Chooses the language (see chooseLanguage), fetches its catalogue and speaks it through react-intl;
 * `<html lang>` follows. Until the first catalogue arrives it renders nothing (one small request, in
 * parallel with the page's own chunk); on a switch the previous language stays until the next one is there.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState<string | null>(storedChoice);
  const [community, setCommunityDefault] = useState<string | null>(null);
  const [forced, setForced] = useState<string | null>(null);
  const wanted = chooseLanguage({ forced, chosen, community, browser: browserLanguages() });
  const [shown, setShown] = useState<{ lang: Lang; catalogue: Catalogue } | null>(() => {
    const catalogue = loadedCatalogue(wanted);
    return catalogue ? { lang: wanted, catalogue } : null;
  });

  useEffect(() => {
    let live = true;
    void loadCatalogue(wanted).then((catalogue) => {
      if (live) setShown({ lang: wanted, catalogue });
    });
    return () => {
      live = false;
    };
  }, [wanted]);

  // Before children render, so their first requests already carry it.
  if (shown) setRequestLanguage(shown.lang);
  else setRequestLanguage(wanted);

  useEffect(() => {
    if (shown) document.documentElement.lang = shown.lang;
  }, [shown]);

  const choose = useCallback((lang: Lang) => {
    setChosen(lang);
    try {
      browserStorage().setItem(LANGUAGE_STORAGE_KEY, lang);
    } catch {
      // Not remembered; the choice still holds on this page.
    }
  }, []);

  const lang = shown?.lang ?? wanted;
  const control = useMemo(() => ({ lang, choose, setCommunityDefault, setForced }), [lang, choose]);

  if (!shown) return null;
  return (
    <LanguageContext.Provider value={control}>
      <IntlProvider locale={shown.catalogue['language.locale']} messages={shown.catalogue} textComponent="span">
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}
