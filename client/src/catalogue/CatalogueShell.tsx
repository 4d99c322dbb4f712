import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LanguageToggle } from '../survey/LanguageToggle';
import type { Lang } from '../survey/i18n';
import { FacilitatorHeader } from '../workshops/FacilitatorHeader';
import '../workshops/workshops.css';
import './catalogue.css';

/** The frame of the catalogue and survey-settings pages: facilitator bar, back link, language switch. */
export function CatalogueShell({ slug, name, lang, onLangChange, children }: { slug: string; name: string | null; lang: Lang; onLangChange: (lang: Lang) => void; children: ReactNode }) {
  return (
    <>
      <FacilitatorHeader />
      <main className="page page--wide catalogue-page">
        <div className="catalogue-page__top">
          <nav className="breadcrumb">
            <Link to={`/c/${encodeURIComponent(slug)}`}>← {name ?? slug}</Link>
          </nav>
          <LanguageToggle lang={lang} onChange={onLangChange} />
        </div>
        {children}
      </main>
    </>
  );
}
