import { useEffect } from 'react';
import { Link } from 'react-router';
import { useQuery } from '../api/useQuery';
import { COMMUNITIES_QUERY } from './queries';
import type { CommunitiesResult } from './queries';

export function HomePage() {
  const state = useQuery<CommunitiesResult>(COMMUNITIES_QUERY);

  useEffect(() => {
    document.title = 'Tejido';
  }, []);

  return (
    <main className="page">
      <header className="page-header">
        <h1>Tejido</h1>
        <p className="lead">
          Participatory knowledge mapping for communities of practice: who knows what, who needs what, and who
          already works with whom.
        </p>
      </header>

      <section aria-labelledby="communities-heading">
        <h2 id="communities-heading">Communities</h2>
        {state.status === 'loading' && <p className="status" role="status">Loading communities…</p>}
        {state.status === 'error' && (
          <p className="status status--error" role="alert">
            Could not load the communities: {state.error.message}
          </p>
        )}
        {state.status === 'success' && state.data.communities.length === 0 && (
          <p className="status">No communities yet.</p>
        )}
        {state.status === 'success' && state.data.communities.length > 0 && (
          <ul className="community-list">
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
    </main>
  );
}
