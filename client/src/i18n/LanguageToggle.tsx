import { LANGUAGES, languageName } from './catalogue';
import { useLanguage, useT } from './hooks';

/** The viewer's language switch (Español / English / …), one button per catalogue, each in its own language. */
export function LanguageToggle() {
  const [lang, choose] = useLanguage();
  const t = useT();
  return (
    <div className="lang-toggle" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="lang-toggle__option"
          aria-pressed={option === lang}
          onClick={() => choose(option)}
        >
          {languageName(option)}
        </button>
      ))}
    </div>
  );
}
