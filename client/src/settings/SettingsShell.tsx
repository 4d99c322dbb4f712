import type { ReactNode } from 'react';
import type { Lang } from '../i18n';
import { LanguageToggle } from '../i18n';
import { FacilitatorHeader } from '../workshops/FacilitatorHeader';
import '../workshops/workshops.css';
import './settings.css';

/** The frame of a settings page: the facilitator bar, the language switch, and the page's heading. */
export function SettingsShell(props: { lang: Lang; onLang: (lang: Lang) => void; title: string; lead?: ReactNode; children: ReactNode; signedIn?: boolean }) {
  return (
    <>
      {props.signedIn !== false && <FacilitatorHeader />}
      <main className="page settings">
        <div className="settings__lang">
          <LanguageToggle />
        </div>
        <header className="page-header">
          <h1>{props.title}</h1>
          {props.lead && <p className="lead">{props.lead}</p>}
        </header>
        {props.children}
      </main>
    </>
  );
}
