import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { GraphQLRequestError } from '../api/graphql';
import { LanguageToggle } from '../i18n';
import { usePeerContext } from './PeerContext';
import './peers.css';

interface PeerFrameProps {
  /** The way back, e.g. to the community map. */
  back: { to: string; label: string };
  children: ReactNode;
}

/** The frame of the peer pages: the way back and the language switch on top, the share-link note. */
export function PeerFrame({ back, children }: PeerFrameProps) {
  const { access, t } = usePeerContext();
  return (
    <main className="page page--wide peers">
      <div className="peers-topbar">
        <nav className="breadcrumb peers-topbar__back">
          <Link to={back.to}>{back.label}</Link>
        </nav>
        <LanguageToggle />
      </div>
      {access.shareToken !== null && (
        <p className="share-note" data-testid="share-note">
          {t('peers.sharedNote')}
        </p>
      )}
      {children}
    </main>
  );
}

interface CommunityBodyProps<C> {
  state: UseQueryResult<{ community: C | null }>;
  /** What to say when the API answers NOT_FOUND (e.g. an unknown interest); the error itself otherwise. */
  notFoundText?: string;
  children: (community: C) => ReactNode;
}

/** A peer page's body: loading, the reason it could not load, no such community, or the community's page. */
export function CommunityBody<C>({ state, notFoundText, children }: CommunityBodyProps<C>) {
  const { access, t } = usePeerContext();
  if (state.status === 'pending') {
    return (
      <p className="status" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    if (notFoundText && state.error instanceof GraphQLRequestError && state.error.code === 'NOT_FOUND') {
      return (
        <p className="status status--error" role="alert">
          {notFoundText}
        </p>
      );
    }
    return <PeerLoadError error={state.error} />;
  }
  const { community } = state.data;
  if (!community) {
    return (
      <p className="status status--error" role="alert">
        {t('peers.noCommunity', { slug: access.slug })}
      </p>
    );
  }
  return children(community);
}

/** A peer page that could not load: a way to sign in when that is the reason, the error otherwise. */
function PeerLoadError({ error }: { error: Error }) {
  const { access, t } = usePeerContext();
  const location = useLocation();
  if (access.shareToken === null && error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
    const next = `${location.pathname}${location.search}`;
    return (
      <>
        <h1>{t('peers.signInTitle')}</h1>
        <p>{t('peers.signInText')}</p>
        <p>
          <Link to={`/signin?next=${encodeURIComponent(next)}`}>{t('peers.signInLink')}</Link>
        </p>
      </>
    );
  }
  return (
    <p className="status status--error" role="alert">
      {t('peers.loadFailed', { message: error.message })}
    </p>
  );
}
