import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import '../workshops/workshops.css';
import { signOut } from './session';
import { useMe } from './useMe';

/** "Signed in as … · Sign out", or a sign-in link; for the header of any page. */
export function AccountBar() {
  const state = useMe();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  if (state.status !== 'success') return null;
  const { me } = state.data;
  if (!me) {
    return (
      <div className="account-bar">
        <Link to="/signin">Sign in</Link>
      </div>
    );
  }

  async function leave() {
    setBusy(true);
    try {
      await signOut();
    } catch {
      // The page has forgotten the account anyway; the session expires on its own.
    }
    void navigate('/signin', { replace: true });
  }

  return (
    <div className="account-bar" data-testid="account-bar">
      <span className="account-bar__email">
        <span className="visually-hidden">Signed in as </span>
        {me.email}
      </span>
      <Link to="/account/password">Password</Link>
      <button className="wk-button wk-button--small" type="button" onClick={() => void leave()} disabled={busy}>
        {busy ? 'Signing out…' : 'Sign out'}
      </button>
    </div>
  );
}
