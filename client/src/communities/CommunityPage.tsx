import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { GraphQLRequestError } from '../api/graphql';
import { NextSteps, cataloguePath, surveySettingsPath } from '../catalogue/NextSteps';
import { useT } from '../i18n';
import { ClusterExplorer } from '../clusters/ClusterExplorer';
import { peersPath } from '../peers/community-access';
import { shareHeaders } from '../sharing/share-token';
import { communityMapQuery } from './queries';

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

  useEffect(() => {
    document.title = community ? `${community.name} · Tejido` : 'Tejido';
  }, [community]);

  if (state.status === 'pending') {
    return (
      <main className="page">
        <BackLink shared={shared} />
        <p className="status" role="status">Loading the map…</p>
      </main>
    );
  }
  if (state.status === 'error') {
    if (!shared && state.error instanceof GraphQLRequestError && state.error.code === 'UNAUTHENTICATED') {
      const next = `/c/${encodeURIComponent(slug)}`;
      return (
        <main className="page">
          <BackLink shared={false} />
          <h1>Sign in to see this map</h1>
          <p>
            The map at <code>{next}</code> is open to the facilitators of its community; others see a community
            through a share link a facilitator sent them.
          </p>
          <p>
            <Link to={`/signin?next=${encodeURIComponent(next)}`}>Facilitator sign in</Link>
          </p>
        </main>
      );
    }
    return (
      <main className="page">
        <BackLink shared={shared} />
        <p className="status status--error" role="alert">Could not load this community: {state.error.message}</p>
      </main>
    );
  }
  if (!community) {
    return (
      <main className="page">
        <h1>No community called “{slug}”</h1>
        <p>
          The link may be mistyped, the community was removed, or your account does not facilitate it.{' '}
          <Link to="/">See your communities</Link>.
        </p>
      </main>
    );
  }

  const { map } = community;
  // A community nobody answered yet: what to do next instead of an empty map and a row of zeros.
  const empty = map.people.length === 0;
  return (
    <main className="page page--wide">
      <BackLink shared={shared} />
      <header className="page-header page-header--map">
        <h1>{community.name}</h1>
        {community.description && <p className="lead">{community.description}</p>}
        {shared && (
          <p className="share-note" data-testid="share-note">
            Read-only shared view: people who chose not to be listed are not shown.
          </p>
        )}
        {!empty && (
          <dl className="counts">
            <Count label={map.people.length === 1 ? 'person' : 'people'} value={map.people.length} />
            <Count label={map.ties.length === 1 ? 'tie' : 'ties'} value={map.ties.length} />
            <Count label={map.regions.length === 1 ? 'region' : 'regions'} value={map.regions.length} />
          </dl>
        )}
        {!empty && (
          <p className="page-header__action">
            <Link to={peersPath({ slug, shareToken: share?.token ?? null })} data-testid="peers-link">
              Find peers: who should meet whom, and why →
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
          <p className="status" data-testid="empty-map">{t('setup.emptyMap')}</p>
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
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value.toLocaleString('en')}</dd>
    </div>
  );
}

function BackLink({ shared }: { shared: boolean }) {
  return (
    <nav className="breadcrumb">
      <Link to="/">{shared ? '← About Tejido' : '← Your communities'}</Link>
    </nav>
  );
}
