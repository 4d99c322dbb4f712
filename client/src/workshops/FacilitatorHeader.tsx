import { Link } from 'react-router';
import { AccountBar } from '../auth/AccountBar';
import { useMe } from '../auth/useMe';

/** The slim bar above facilitator pages: where am I, and who is signed in. */
export function FacilitatorHeader() {
  const me = useMe().data?.me;
  return (
    <header className="facilitator-header">
      <nav className="facilitator-header__nav" aria-label="Facilitator">
        <Link to="/" className="facilitator-header__brand">
          Tejido
        </Link>
        <Link to="/facilitate">Workshops</Link>
        {me?.role === 'ADMIN' && <Link to="/admin/communities">Communities</Link>}
      </nav>
      <AccountBar />
    </header>
  );
}
