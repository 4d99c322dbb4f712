import { useLanguage } from '../i18n';
import { settingsMessages } from './i18n';

/**
 * The settings screens speak the language the person chose anywhere in Tejido (remembered), first guessed from
 * the browser. Their texts are still their own dictionary (./i18n, English and Spanish), shown in English for a
 * language it lacks.
 */
export function useSettingsLanguage() {
  const [lang, setLang] = useLanguage();
  return { lang, setLang, t: settingsMessages[lang === 'es' ? 'es' : 'en'] };
}
