import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { RequireSignIn } from '../auth/RequireSignIn';
import type { Me } from '../auth/queries';
import { communitiesQuery } from '../communities/queries';
import { ExportLinks } from './ExportLinks';
import { FacilitatorHeader } from './FacilitatorHeader';
import { formatDay, plural } from './format';
import { NewWorkshopForm } from './NewWorkshopForm';
import { facilitatedCommunityQuery } from './queries';
import type { WorkshopSummary } from './queries';
import { ShareLinkPanel } from './ShareLinkPanel';
import { StatusBadge } from './StatusBadge';
import { peersPath } from '../peers/community-access';
import './workshops.css';

/** `/facilitate`: the workshops of every community the account facilitates, a form for a new one, exports. */
export function FacilitatePage() {
  useEffect(() => {
    document.title = 'Workshops · Tejido';
  }, []);
  return <RequireSignIn>{(me) => <Facilitate me={me} />}</RequireSignIn>;
}

function Facilitate({ me }: { me: Me }) {
  return (
    <>
      <FacilitatorHeader />
      <main className="page page--wide facilitate">
        <header className="page-header">
          <h1>Mapping workshops</h1>
          <p className="lead">
            Create a workshop, put its projector view on the wall, and curate the answers afterwards.
          </p>
        </header>
        {me.role === 'ADMIN' ? <AllCommunities /> : <Communities slugs={me.communities} />}
      </main>
    </>
  );
}

/** Admins may act in every community, so they see them all. */
function AllCommunities() {
  const state = useQuery(communitiesQuery);
  if (state.status === 'pending') return <p className="status" role="status">Loading communities…</p>;
  if (state.status === 'error') {
    return <p className="status status--error" role="alert">Could not load the communities: {state.error.message}</p>;
  }
  return <Communities slugs={state.data.communities.map((c) => c.slug)} />;
}

function Communities({ slugs }: { slugs: string[] }) {
  if (slugs.length === 0) {
    return (
      <p className="status">
        Your account does not facilitate any community yet. Admins create communities under{' '}
        <Link to="/admin/communities">Communities</Link>; facilitators join one through an invitation link.
      </p>
    );
  }
  return (
    <>
      {slugs.map((slug) => (
        <CommunityWorkshops key={slug} slug={slug} />
      ))}
    </>
  );
}

function CommunityWorkshops({ slug }: { slug: string }) {
  // A failed re-read (after creating a workshop) keeps what is shown.
  const state = useQuery(facilitatedCommunityQuery(slug));
  const headingId = `community-${slug}`;

  if (state.isPending) {
    return (
      <section className="community-workshops" aria-busy="true">
        <p className="status" role="status">Loading the workshops of {slug}…</p>
      </section>
    );
  }
  if (!state.data) {
    return (
      <section className="community-workshops">
        <p className="status status--error" role="alert">
          Could not load the workshops of {slug}: {state.error?.message}
        </p>
      </section>
    );
  }
  const { community, workshops } = state.data;
  if (!community) return null;

  return (
    <section className="community-workshops" aria-labelledby={headingId} data-testid={`community-workshops-${slug}`}>
      <h2 id={headingId}>
        {community.name} <Link className="community-workshops__map-link" to={`/c/${encodeURIComponent(slug)}`}>see the map</Link>{' '}
        <Link className="community-workshops__map-link" to={peersPath({ slug, shareToken: null })}>find peers</Link>{' '}
        <Link className="community-workshops__map-link" to={`/c/${encodeURIComponent(slug)}/settings`}>settings</Link>
      </h2>
      <div className="community-workshops__grid">
        <div>
          {workshops.length === 0 ? (
            <p className="status">No workshops yet. Create the first one with the form.</p>
          ) : (
            <ul className="workshop-list" aria-label={`Workshops of ${community.name}`}>
              {workshops.map((workshop) => (
                <WorkshopItem key={workshop.id} workshop={workshop} />
              ))}
            </ul>
          )}
        </div>
        <NewWorkshopForm communitySlug={slug} regions={community.regions} onCreated={() => void state.refetch()} />
      </div>
      <ExportLinks communitySlug={slug} />
      <ShareLinkPanel communitySlug={slug} />
    </section>
  );
}

function WorkshopItem({ workshop }: { workshop: WorkshopSummary }) {
  const path = `/w/${encodeURIComponent(workshop.id)}`;
  return (
    <li className="workshop-card" data-testid="workshop-item">
      <div className="workshop-card__head">
        <h3 className="workshop-card__title">{workshop.title}</h3>
        <StatusBadge status={workshop.status} />
      </div>
      <p className="workshop-card__meta">
        <span>{formatDay(workshop.date)}</span>
        {workshop.region && <span>{workshop.region.name}</span>}
        <span>
          Code <strong className="wk-code">{workshop.code}</strong>
        </span>
        <span>{plural(workshop.responseCount, 'response', 'responses')}</span>
      </p>
      <p className="workshop-card__actions">
        <Link className="wk-button wk-button--small wk-button--primary" to={path}>
          Projector view
        </Link>
        <Link className="wk-button wk-button--small" to={`${path}/curate`}>
          Curate answers
        </Link>
      </p>
    </li>
  );
}
