import type { ReactNode } from 'react';
import type { Lang } from './i18n';
import { messages } from './i18n';
import { LanguageToggle } from './LanguageToggle';
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
        <LanguageToggle lang={lang} onChange={onLangChange} />
      </header>
      <main className="survey-page">{children}</main>
    </div>
  );
}
