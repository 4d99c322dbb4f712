import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Me } from './queries';
import { useMe } from './useMe';
import { useT } from '../i18n';

/** Renders `children(me)` for a signed-in account; otherwise sends the visitor to /signin and back here after. */
export function RequireSignIn({ children }: { children: (me: Me) => ReactNode }) {
  const state = useMe();
  const location = useLocation();
  const t = useT();

  if (state.status === 'pending') {
    return (
      <main className="page">
        <p className="status" role="status">
          {t('signIn.checking')}
        </p>
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main className="page">
        <p className="status status--error" role="alert">
          {t('signIn.checkFailed', { message: state.error.message })}{' '}
          <button className="wk-button wk-button--small" type="button" onClick={() => void state.refetch()}>
            {t('common.retry')}
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
