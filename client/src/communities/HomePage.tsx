import { useEffect } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { Me } from '../auth/queries';
import { useMe } from '../auth/useMe';
import { graphqlQuery } from '../api/graphql-query';
import { HOME_PUBLIC_QUERY, communitiesQuery } from './queries';
import { shortCommunityName } from './short-name';
import { LanguageToggle, useT } from '../i18n';

/** `/`: a facilitator's communities, or for visitors the demo map and the ways in (join, sign in). */
export function HomePage() {
  const meState = useMe();
  const t = useT();

  useEffect(() => {
    document.title = 'Tejido';
  }, []);

  return (
    <main className="page home">
      <header className="page-header">
        <h1>Tejido</h1>
        <p className="lead">{t('home.lead')}</p>
        <LanguageToggle />
      </header>

      {meState.status === 'pending' && (
        <p className="status" role="status">
          {t('common.loading')}
        </p>
      )}
      {meState.status === 'error' && (
        <p className="status status--error" role="alert">
          {t('home.unreachable', { message: meState.error.message })}{' '}
          <button className="link-button" type="button" onClick={() => void meState.refetch()}>
            {t('common.retry')}
          </button>
        </p>
      )}
      {meState.status === 'success' && (meState.data.me ? <FacilitatorHome me={meState.data.me} /> : <VisitorHome />)}
    </main>
  );
}

/** Signed-in facilitators and admins: their communities' maps and the way to their workshops. */
function FacilitatorHome({ me }: { me: Me }) {
  const state = useQuery(communitiesQuery);
  const t = useT();

  return (
    <>
      <div className="home-account">
        <p>
          {t('home.signedInAs')} <strong>{me.email}</strong>
        </p>
        <Link className="home-account__workshops" to="/facilitate" data-testid="facilitate-link">
          {t('home.yourWorkshops')}
        </Link>
      </div>

      <section aria-labelledby="communities-heading">
        <h2 id="communities-heading">{t('home.yourCommunities')}</h2>
        {state.status === 'pending' && (
          <p className="status" role="status">
            {t('home.loadingCommunities')}
          </p>
        )}
        {state.status === 'error' && (
          <p className="status status--error" role="alert">
            {t('home.communitiesFailed', { message: state.error.message })}
          </p>
        )}
        {state.status === 'success' && state.data.communities.length === 0 && <p className="status">{t('home.noCommunities')}</p>}
        {state.status === 'success' && state.data.communities.length > 0 && (
          <ul className="community-list" data-testid="home-communities">
            {state.data.communities.map((community) => (
              <li key={community.slug}>
                <Link className="community-card" to={`/c/${encodeURIComponent(community.slug)}`}>
                  <span className="community-card__name">{community.name}</span>
                  {community.description && <span className="community-card__description">{community.description}</span>}
                  <span className="community-card__meta">{t('home.peopleCount', { count: community.peopleCount })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** Anonymous visitors: the demo map, joining a workshop, signing in; on a fresh install, how to start. */
function VisitorHome() {
  const state = useQuery(graphqlQuery(HOME_PUBLIC_QUERY, {}));
  const demo = state.status === 'success' ? state.data.demo : null;
  const t = useT();

  return (
    <>
      {state.status === 'success' && state.data.needsFirstAdmin && (
        <p className="notice" role="note" data-testid="first-admin-notice">
          {t('home.firstAdmin')} <code>npm run admin:create</code>
        </p>
      )}
      {state.status === 'error' && (
        <p className="status status--error" role="alert">
          {t('home.demoFailed', { message: state.error.message })}
        </p>
      )}

      <nav className="home-actions" aria-label={t('home.waysIn')}>
        {demo && (
          <Link className="demo-card" to={demo.path} data-testid="demo-link">
            <span className="demo-card__title">{t('home.demoTitle', { community: shortCommunityName(demo.communityName) })}</span>
            <span className="demo-card__text">{t('home.demoText', { community: demo.communityName })}</span>
          </Link>
        )}
        {state.status === 'pending' && (
          <p className="status home-actions__wide" role="status">
            {t('home.loadingDemo')}
          </p>
        )}
        <Link className="action-card" to="/join" data-testid="join-link">
          <span className="action-card__title">{t('home.joinTitle')}</span>
          <span className="action-card__text">{t('home.joinText')}</span>
        </Link>
        <Link className="action-card" to="/signin" data-testid="signin-link">
          <span className="action-card__title">{t('home.signInTitle')}</span>
          <span className="action-card__text">{t('home.signInText')}</span>
        </Link>
      </nav>
    </>
  );
}
