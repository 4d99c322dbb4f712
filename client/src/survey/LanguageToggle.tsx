import type { Lang } from './i18n';
import { LANGUAGES, messages } from './i18n';

/** The Español / English switch of the pages that speak both (survey, private record, peer finder). */
export function LanguageToggle({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  return (
    <div className="lang-toggle" role="group" aria-label={messages[lang].languageLabel}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="lang-toggle__option"
          aria-pressed={option === lang}
          onClick={() => onChange(option)}
        >
          {messages[option].languageName}
        </button>
      ))}
    </div>
  );
}
