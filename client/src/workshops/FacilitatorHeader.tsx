import { Link } from 'react-router';
import { AccountBar } from '../auth/AccountBar';

/** The slim bar above facilitator pages: where am I, and who is signed in. */
export function FacilitatorHeader() {
  return (
    <header className="facilitator-header">
      <nav className="facilitator-header__nav" aria-label="Facilitator">
        <Link to="/" className="facilitator-header__brand">
          Tejido
        </Link>
        <Link to="/facilitate">Workshops</Link>
      </nav>
      <AccountBar />
    </header>
  );
}
