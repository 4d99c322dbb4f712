import { Link } from 'react-router';
import { AccountBar } from '../auth/AccountBar';
import { useMe } from '../auth/useMe';
import { LanguageToggle, useT } from '../i18n';

/** The slim bar above facilitator pages: where am I, and who is signed in. */
export function FacilitatorHeader() {
  const t = useT();
  const me = useMe().data?.me;
  return (
    <header className="facilitator-header">
      <nav className="facilitator-header__nav" aria-label={t('facilitate.nav')}>
        <Link to="/" className="facilitator-header__brand">
          Tejido
        </Link>
        <Link to="/facilitate">{t('facilitate.workshops')}</Link>
        {me?.role === 'ADMIN' && <Link to="/admin/communities">{t('facilitate.communities')}</Link>}
      </nav>
      <div className="facilitator-header__end">
        <LanguageToggle />
        <AccountBar />
      </div>
    </header>
  );
}
