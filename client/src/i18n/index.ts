// Tejido's i18n: react-intl (FormatJS) over one ICU catalogue per language in ./locales. Chosen over
// i18next because ICU MessageFormat keeps the same keys in every language (CLDR plural categories live inside
// the message, not in _one/_other key suffixes), so "a catalogue has exactly the English keys" is a plain
// type and test; and FormatJS is Intl-native for dates and numbers.
export type { Lang } from './catalogue';
export { LANGUAGES, languageName, isLang } from './catalogue';
export type { Catalogue, MessageKey } from './catalogue-type';
export { chooseLanguage } from './choose-language';
export { interestLabel } from './interest-label';
export { formatDay, formatDateTime, formatNumber, formatTime } from './format';
export type { MessageValues, Translate } from './hooks';
export { useCommunityLanguage, useForcedLanguage, useLanguage, useLocale, useT } from './hooks';
export { I18nProvider, LANGUAGE_STORAGE_KEY } from './I18nProvider';
export { LanguageToggle } from './LanguageToggle';
export { apiLanguage } from './api-language';
