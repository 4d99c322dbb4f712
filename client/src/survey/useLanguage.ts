import { useCallback, useEffect, useState } from 'react';
import { browserStorage } from './browser-storage';
import type { Lang } from './i18n';
import { LANGUAGE_STORAGE_KEY, detectLanguage } from './i18n';

function initialLanguage(): Lang {
  let stored: string | null;
  try {
    stored = browserStorage().getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    stored = null;
  }
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return detectLanguage(stored, languages);
}

/** The participant's language: remembered in localStorage, first guessed from the browser. */
export function useLanguage(): [Lang, (lang: Lang) => void] {
  const [lang, setLangState] = useState<Lang>(initialLanguage);

  useEffect(() => {
    const previous = document.documentElement.lang;
    document.documentElement.lang = lang;
    return () => {
      document.documentElement.lang = previous;
    };
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      browserStorage().setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Not remembered; the choice still holds on this page.
    }
  }, []);

  return [lang, setLang];
}
