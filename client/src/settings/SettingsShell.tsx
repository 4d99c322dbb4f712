import type { ReactNode } from 'react';
import { LanguageToggle } from '../i18n';
import { FacilitatorHeader } from '../workshops/FacilitatorHeader';
import '../workshops/workshops.css';
import './settings.css';

/** The frame of a settings page: the facilitator bar, the language switch, and the page's heading. */
export function SettingsShell(props: { title: string; lead?: ReactNode; children: ReactNode; signedIn?: boolean }) {
  return (
    <>
      {props.signedIn !== false && <FacilitatorHeader />}
      <main className="page settings">
        {/* Signed-in pages have the switch in the facilitator bar; invitation and reset pages need their own. */}
        {props.signedIn === false && (
          <div className="settings__lang">
            <LanguageToggle />
          </div>
        )}
        <header className="page-header">
          <h1>{props.title}</h1>
          {props.lead && <p className="lead">{props.lead}</p>}
        </header>
        {props.children}
      </main>
    </>
  );
}
