import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LanguageToggle } from '../i18n';
import { FacilitatorHeader } from '../workshops/FacilitatorHeader';
import '../workshops/workshops.css';
import './catalogue.css';

/** The frame of the catalogue and survey-settings pages: facilitator bar, back link, language switch. */
export function CatalogueShell({ slug, name, children }: { slug: string; name: string | null; children: ReactNode }) {
  return (
    <>
      <FacilitatorHeader />
      <main className="page page--wide catalogue-page">
        <div className="catalogue-page__top">
          <nav className="breadcrumb">
            <Link to={`/c/${encodeURIComponent(slug)}`}>← {name ?? slug}</Link>
          </nav>
          <LanguageToggle />
        </div>
        {children}
      </main>
    </>
  );
}
