import { useLanguage } from '../survey/useLanguage';
import { settingsMessages } from './i18n';

/** The settings screens speak the language the person chose anywhere in Tejido (remembered), first guessed from the browser. */
export function useSettingsLanguage() {
  const [lang, setLang] = useLanguage();
  return { lang, setLang, t: settingsMessages[lang] };
}
