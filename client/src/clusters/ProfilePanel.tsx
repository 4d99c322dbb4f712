import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { graphqlQuery } from '../api/graphql-query';
import { PARTICIPATION_STYLE } from '../map/map-style';
import { peersPath } from '../peers/community-access';
import { PERSON_PROFILE_QUERY } from '../peers/queries';

interface ProfilePanelProps {
  slug: string;
  personId: string;
  headers: Record<string, string>;
  /** The share link the page was opened with, if any: the peer finder link then stays under it. */
  shareToken: string | null;
  /** What the map knows: the person's cluster in the current grouping and number of ties. */
  clusterName: string | null;
  ties: number;
  bridge: boolean;
  onClose: () => void;
}

/** The person tapped or found: organization, region, what they offer and seek, and a way to their peers. */
export function ProfilePanel({ slug, personId, headers, shareToken, clusterName, ties, bridge, onClose }: ProfilePanelProps) {
  const state = useQuery(graphqlQuery(PERSON_PROFILE_QUERY, { slug, id: personId }, headers));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const person = state.status === 'success' ? state.data.community?.person : null;

  // Keyboard and screen reader users land on the profile they just opened.
  useEffect(() => {
    if (person) headingRef.current?.focus();
  }, [person]);

  return (
    <section className="panel-section panel-section--selected" aria-labelledby="profile-heading" data-testid="profile-panel">
      <div className="panel-section__head">
        <h2 id="profile-heading" ref={headingRef} tabIndex={-1}>
          {person?.name ?? 'Person'}
        </h2>
        <button type="button" className="small-button" onClick={onClose} aria-label="Close the profile">
          Close
        </button>
      </div>
      {state.status === 'pending' && <p className="muted" role="status">Loading…</p>}
      {state.status === 'error' && <p className="status status--error" role="alert">Could not load this person: {state.error.message}</p>}
      {state.status === 'success' && !person && <p className="muted">This person is not on this map any more.</p>}
      {person && (
        <>
          <dl className="profile">
            {person.role && <Row label="Role" value={person.role} />}
            <Row label="Organization" value={person.organization?.name ?? 'Not given'} />
            <Row label="Region" value={person.region?.name ?? 'Not given'} />
            <Row label="Participation" value={PARTICIPATION_STYLE[person.participation].label + (bridge ? ', bridge' : '')} />
            {clusterName && <Row label="Cluster" value={clusterName} />}
            <Row label="Ties" value={ties.toLocaleString('en')} />
          </dl>
          <h3>Offers</h3>
          <InterestNames items={person.offers} />
          <h3>Seeks</h3>
          <InterestNames items={person.seeks} />
          <p>
            <Link to={peersPath({ slug, shareToken }, person.id)} data-testid="peers-link">
              Peers {person.name} should meet →
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function InterestNames({ items }: { items: readonly { id: string; name: string }[] }) {
  if (items.length === 0) return <p className="muted">Nothing given.</p>;
  return (
    <ul className="tag-list">
      {items.map((item) => (
        <li key={item.id}>{item.name}</li>
      ))}
    </ul>
  );
}
