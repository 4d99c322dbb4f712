import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { GraphQLRequestError } from '../api/graphql';
import { CommunityPage } from '../communities/CommunityPage';
import { shareLinkQuery } from './queries';
import { isShareToken } from './share-token';
import { useT } from '../i18n';

/** The community a share link opens. */
export interface ShareAccess {
  token: string;
  slug: string;
}

const mapView = (share: ShareAccess) => <CommunityPage share={share} />;

/**
 * `/s/:token` and the pages below it: the read-only view a share link opens (the map unless `view` says
 * otherwise), or a clear answer when the link is unknown or revoked.
 */
export function SharePage({ view = mapView }: { view?: (share: ShareAccess) => ReactNode }) {
  const { token = '' } = useParams();
  return isShareToken(token) ? <SharedCommunity key={token} token={token} view={view} /> : <UnknownShareLink />;
}

function SharedCommunity({ token, view }: { token: string; view: (share: ShareAccess) => ReactNode }) {
  // The link itself is public; the community is then read with the token in the x-tejido-share header.
  const state = useQuery(shareLinkQuery(token));
  const t = useT();

  if (state.status === 'pending') {
    return (
      <main className="page">
        <p className="status" role="status">
          {t('share.opening')}
        </p>
      </main>
    );
  }
  if (state.status === 'error') {
    if (state.error instanceof GraphQLRequestError && state.error.code === 'NOT_FOUND') return <UnknownShareLink />;
    return (
      <main className="page">
        <p className="status status--error" role="alert">
          {t('share.failed', { message: state.error.message })}
        </p>
      </main>
    );
  }
  return view({ token, slug: state.data.shareLink.communitySlug });
}

function UnknownShareLink() {
  const t = useT();
  useEffect(() => {
    document.title = `${t('share.notFoundTitle')} · Tejido`;
  }, [t]);
  return (
    <main className="page" data-testid="share-link-unknown">
      <h1>{t('share.unknownTitle')}</h1>
      <p>{t('share.unknownText')}</p>
      <p>
        <Link to="/">{t('communityPage.about')}</Link>
      </p>
    </main>
  );
}
