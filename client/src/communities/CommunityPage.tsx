import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { GraphQLRequestError } from '../api/graphql';
import { NextSteps, cataloguePath, surveySettingsPath } from '../catalogue/NextSteps';
import { ClusterExplorer } from '../clusters/ClusterExplorer';
import { communityPath, peersPath } from '../peers/community-access';
import { shareHeaders } from '../sharing/share-token';
import { communityMapQuery } from './queries';
import { LanguageToggle, formatNumber, useCommunityLanguage, useLocale, useT } from '../i18n';

const NO_HEADERS: Record<string, string> = {};

interface CommunityPageProps {
  /**
   * Set on `/s/:token`: the community a share link opens. Every request then carries the token, and the
   * server answers read-only with listed people only. Without it (`/c/:slug`) the session cookie decides.
   */
  share?: { token: string; slug: string };
}

/** The community map, for its facilitators (`/c/:slug`) and for share-link viewers (`/s/:token`). */
export function CommunityPage({ share }: CommunityPageProps = {}) {
  const params = useParams();
  const slug = share ? share.slug : (params.slug ?? '');
  const state = useQuery(communityMapQuery(slug, share ? shareHeaders(share.token) : NO_HEADERS));
  const community = state.status === 'success' ? state.data.community : null;
  const shared = share !== undefined;
  const t = useT();
  useCommunityLanguage(community?.defaultLanguage);

  useEffect(() => {
    document.title = community ? `${community.name} · Tejido` : 'Tejido';
  }, [community]);

  if (state.status === 'pending') {
    return (
      <main className="page">
        <BackLink shared={shared} />
        <p className="status" role="status">
          {t('common.loadingMap')}
        </p>
      </main>
    );
  }
  if (state.status === 'error') {
    if (!shared && state.error instanceof GraphQLRequestError && state.error.code === 'UNAUTHENTICATED') {
      const next = `/c/${encodeURIComponent(slug)}`;
      return (
        <main className="page">
          <BackLink shared={false} />
          <h1>{t('communityPage.signInTitle')}</h1>
          <p>
            {t('communityPage.signInBefore')} <code>{next}</code> {t('communityPage.signInAfter')}
          </p>
          <p>
            <Link to={`/signin?next=${encodeURIComponent(next)}`}>{t('home.signInTitle')}</Link>
          </p>
        </main>
      );
    }
    return (
      <main className="page">
        <BackLink shared={shared} />
        <p className="status status--error" role="alert">
          {t('communityPage.loadFailed', { message: state.error.message })}
        </p>
      </main>
    );
  }
  if (!community) {
    return (
      <main className="page">
        <h1>{t('communityPage.noneTitle', { slug })}</h1>
        <p>
          {t('communityPage.noneText')} <Link to="/">{t('communityPage.seeCommunities')}</Link>
        </p>
      </main>
    );
  }

  const { map } = community;
  // A community nobody answered yet: what to do next instead of an empty map and a row of zeros.
  const empty = map.people.length === 0;
  return (
    <main className="page page--wide">
      <div className="topbar">
        <BackLink shared={shared} />
        <LanguageToggle />
      </div>
      <header className="page-header page-header--map">
        <h1>{community.name}</h1>
        {community.description && <p className="lead">{community.description}</p>}
        {shared && (
          <p className="share-note" data-testid="share-note">
            {t('communityPage.sharedNote')}
          </p>
        )}
        {!empty && (
          <dl className="counts">
            <Count label={t('communityPage.people', { count: map.people.length })} value={map.people.length} />
            <Count label={t('communityPage.ties', { count: map.ties.length })} value={map.ties.length} />
            <Count label={t('communityPage.regions', { count: map.regions.length })} value={map.regions.length} />
          </dl>
        )}
        {!empty && (
          <p className="page-header__action">
            <Link to={peersPath({ slug, shareToken: share?.token ?? null })} data-testid="peers-link">
              {t('communityPage.findPeers')}
            </Link>
          </p>
        )}
        {!empty && (
          <p className="page-header__action">
            <Link to={`${communityPath({ slug, shareToken: share?.token ?? null })}/growth`} data-testid="growth-link">
              {t('growth.link')}
            </Link>
          </p>
        )}
        {!shared && (
          <p className="page-header__action community-setup-links" data-testid="setup-links">
            <Link to={cataloguePath(slug)} data-testid="catalogue-link">
              {t('setup.catalogueLink')}
            </Link>
            <Link to={surveySettingsPath(slug)} data-testid="survey-settings-link">
              {t('setup.settingsLink')}
            </Link>
            <Link to="/facilitate">{t('setup.workshopsLink')}</Link>
          </p>
        )}
      </header>
      {empty ? (
        shared ? (
          <p className="status" data-testid="empty-map">
            {t('setup.emptyMap')}
          </p>
        ) : (
          <NextSteps slug={slug} regions={map.regions.length} interests={community.interests.length} />
        )
      ) : (
        <ClusterExplorer
          key={slug}
          slug={slug}
          name={community.name}
          map={map}
          interests={community.interests}
          headers={share ? shareHeaders(share.token) : NO_HEADERS}
          shareToken={share?.token ?? null}
        />
      )}
    </main>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  const locale = useLocale();
  return (
    <div>
      <dt>{label}</dt>
      <dd>{formatNumber(value, locale)}</dd>
    </div>
  );
}

function BackLink({ shared }: { shared: boolean }) {
  const t = useT();
  return (
    <nav className="breadcrumb">
      <Link to="/">← {shared ? t('communityPage.about') : t('home.yourCommunities')}</Link>
    </nav>
  );
}
