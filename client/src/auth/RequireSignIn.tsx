import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Me } from './queries';
import { useMe } from './useMe';

/** Renders `children(me)` for a signed-in account; otherwise sends the visitor to /signin and back here after. */
export function RequireSignIn({ children }: { children: (me: Me) => ReactNode }) {
  const state = useMe();
  const location = useLocation();

  if (state.status === 'pending') {
    return (
      <main className="page">
        <p className="status" role="status">Checking your session…</p>
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main className="page">
        <p className="status status--error" role="alert">
          Could not check your session: {state.error.message}{' '}
          <button className="wk-button wk-button--small" type="button" onClick={() => void state.refetch()}>
            Try again
          </button>
        </p>
      </main>
    );
  }
  const { me } = state.data;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children(me)}</>;
}
