import type { ReactNode } from 'react';
import type { Lang } from './i18n';
import { LANGUAGES, messages } from './i18n';
import './survey.css';

interface SurveyShellProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  children: ReactNode;
}

/** The frame of the participant's pages: the app name and the language switch on top, one column below. */
export function SurveyShell({ lang, onLangChange, children }: SurveyShellProps) {
  const t = messages[lang];
  return (
    <div className="survey">
      <header className="survey-topbar">
        <span className="survey-topbar__brand">{t.appName}</span>
        <div className="lang-toggle" role="group" aria-label={t.languageLabel}>
          {LANGUAGES.map((option) => (
            <button
              key={option}
              type="button"
              lang={option}
              className="lang-toggle__option"
              aria-pressed={option === lang}
              onClick={() => onLangChange(option)}
            >
              {messages[option].languageName}
            </button>
          ))}
        </div>
      </header>
      <main className="survey-page">{children}</main>
    </div>
  );
}
