import { useEffect } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { Me } from '../auth/queries';
import { useMe } from '../auth/useMe';
import { graphqlQuery } from '../api/graphql-query';
import { HOME_PUBLIC_QUERY, communitiesQuery } from './queries';
import { shortCommunityName } from './short-name';

/** `/`: a facilitator's communities, or for visitors the demo map and the ways in (join, sign in). */
export function HomePage() {
  const meState = useMe();

  useEffect(() => {
    document.title = 'Tejido';
  }, []);

  return (
    <main className="page home">
      <header className="page-header">
        <h1>Tejido</h1>
        <p className="lead">
          Participatory knowledge mapping for communities of practice: who knows what, who needs what, and who
          already works with whom.
        </p>
      </header>

      {meState.status === 'pending' && <p className="status" role="status">Loading…</p>}
      {meState.status === 'error' && (
        <p className="status status--error" role="alert">
          Could not reach Tejido: {meState.error.message}{' '}
          <button className="link-button" type="button" onClick={() => void meState.refetch()}>
            Try again
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

  return (
    <>
      <div className="home-account">
        <p>
          Signed in as <strong>{me.email}</strong>.
        </p>
        <Link className="home-account__workshops" to="/facilitate" data-testid="facilitate-link">
          Your workshops →
        </Link>
      </div>

      <section aria-labelledby="communities-heading">
        <h2 id="communities-heading">Your communities</h2>
        {state.status === 'pending' && <p className="status" role="status">Loading communities…</p>}
        {state.status === 'error' && (
          <p className="status status--error" role="alert">
            Could not load the communities: {state.error.message}
          </p>
        )}
        {state.status === 'success' && state.data.communities.length === 0 && (
          <p className="status">Your account does not facilitate any community yet. Ask an admin to add you to one.</p>
        )}
        {state.status === 'success' && state.data.communities.length > 0 && (
          <ul className="community-list" data-testid="home-communities">
            {state.data.communities.map((community) => (
              <li key={community.slug}>
                <Link className="community-card" to={`/c/${encodeURIComponent(community.slug)}`}>
                  <span className="community-card__name">{community.name}</span>
                  {community.description && <span className="community-card__description">{community.description}</span>}
                  <span className="community-card__meta">
                    {community.peopleCount} {community.peopleCount === 1 ? 'person' : 'people'}
                  </span>
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

  return (
    <>
      {state.status === 'success' && state.data.needsFirstAdmin && (
        <p className="notice" role="note" data-testid="first-admin-notice">
          No account exists yet: open the setup link printed in the server log, or run{' '}
          <code>npm run admin:create</code>.
        </p>
      )}
      {state.status === 'error' && (
        <p className="status status--error" role="alert">
          Could not load the demo map: {state.error.message}
        </p>
      )}

      <nav className="home-actions" aria-label="Ways in">
        {demo && (
          <Link className="demo-card" to={demo.path} data-testid="demo-link">
            <span className="demo-card__title">Explore the {shortCommunityName(demo.communityName)} demo map</span>
            <span className="demo-card__text">
              {demo.communityName}: a read-only map of the people who agreed to be listed, grouped by region.
            </span>
          </Link>
        )}
        {state.status === 'pending' && <p className="status home-actions__wide" role="status">Loading the demo map…</p>}
        <Link className="action-card" to="/join" data-testid="join-link">
          <span className="action-card__title">Joining a workshop? Enter your code</span>
          <span className="action-card__text">Fill in the mapping survey on your phone; no account needed.</span>
        </Link>
        <Link className="action-card" to="/signin" data-testid="signin-link">
          <span className="action-card__title">Facilitator sign in</span>
          <span className="action-card__text">Run workshops, watch the map grow, curate and export.</span>
        </Link>
      </nav>
    </>
  );
}
