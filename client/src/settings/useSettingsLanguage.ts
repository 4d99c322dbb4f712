import { useLanguage } from '../i18n';
import { settingsMessages } from './i18n';

/** The settings screens speak the language the i18n provider shows (the viewer's switch, else the browser's). */
export function useSettingsLanguage() {
  const [lang, setLang] = useLanguage();
  return { lang, setLang, t: settingsMessages(lang) };
}
