import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { LanguageToggle } from '../i18n';
import './survey.css';

interface SurveyShellProps {
  children: ReactNode;
}

/** The frame of the participant's pages: the app name and the language switch on top, one column below. */
export function SurveyShell({ children }: SurveyShellProps) {
  const t = useT();
  return (
    <div className="survey">
      <header className="survey-topbar">
        <span className="survey-topbar__brand">{t('common.appName')}</span>
        <LanguageToggle />
      </header>
      <main className="survey-page">{children}</main>
    </div>
  );
}
