import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { graphqlQuery } from '../api/graphql-query';
import { peersPath } from '../peers/community-access';
import { PERSON_PROFILE_QUERY } from '../peers/queries';
import { formatNumber, useLocale, useT } from '../i18n';

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
  const t = useT();
  const locale = useLocale();

  // Keyboard and screen reader users land on the profile they just opened.
  useEffect(() => {
    if (person) headingRef.current?.focus();
  }, [person]);

  return (
    <section className="panel-section panel-section--selected" aria-labelledby="profile-heading" data-testid="profile-panel">
      <div className="panel-section__head">
        <h2 id="profile-heading" ref={headingRef} tabIndex={-1}>
          {person?.name ?? t('peers.pickerLabel')}
        </h2>
        <button type="button" className="small-button" onClick={onClose} aria-label={t('profile.close')}>
          {t('common.close')}
        </button>
      </div>
      {state.status === 'pending' && (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <p className="status status--error" role="alert">
          {t('profile.failed', { message: state.error.message })}
        </p>
      )}
      {state.status === 'success' && !person && <p className="muted">{t('profile.gone')}</p>}
      {person && (
        <>
          <dl className="profile">
            {person.role && <Row label={t('profile.role')} value={person.role} />}
            <Row label={t('peers.organizationLabel')} value={person.organization?.name ?? t('clusters.notGiven')} />
            <Row label={t('peers.regionLabel')} value={person.region?.name ?? t('clusters.notGiven')} />
            <Row
              label={t('peers.participationLabel')}
              value={t(`map.level.${person.participation}`) + (bridge ? `, ${t('profile.bridge')}` : '')}
            />
            {clusterName && <Row label={t('clusters.cluster')} value={clusterName} />}
            <Row label={t('clusters.ties')} value={formatNumber(ties, locale)} />
          </dl>
          <h3>{t('peers.offers')}</h3>
          <InterestNames items={person.offers} />
          <h3>{t('peers.seeks')}</h3>
          <InterestNames items={person.seeks} />
          <p>
            <Link to={peersPath({ slug, shareToken }, person.id)} data-testid="peers-link">
              {t('peers.peersOf', { name: person.name })}
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
  const t = useT();
  if (items.length === 0) return <p className="muted">{t('peers.nothingYet')}</p>;
  return (
    <ul className="tag-list">
      {items.map((item) => (
        <li key={item.id}>{item.name}</li>
      ))}
    </ul>
  );
}
