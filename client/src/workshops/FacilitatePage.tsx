import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { RequireSignIn } from '../auth/RequireSignIn';
import type { Me } from '../auth/queries';
import { communitiesQuery } from '../communities/queries';
import { ExportLinks } from './ExportLinks';
import { FacilitatorHeader } from './FacilitatorHeader';
import { NewWorkshopForm } from './NewWorkshopForm';
import { facilitatedCommunityQuery } from './queries';
import type { WorkshopSummary } from './queries';
import { ShareLinkPanel } from './ShareLinkPanel';
import { StatusBadge } from './StatusBadge';
import { peersPath } from '../peers/community-access';
import { cataloguePath, surveySettingsPath } from '../catalogue/NextSteps';
import './workshops.css';
import { formatDay, useLocale, useT } from '../i18n';

/** `/facilitate`: the workshops of every community the account facilitates, a form for a new one, exports. */
export function FacilitatePage() {
  const t = useT();
  useEffect(() => {
    document.title = `${t('facilitate.workshops')} · Tejido`;
  }, [t]);
  return <RequireSignIn>{(me) => <Facilitate me={me} />}</RequireSignIn>;
}

function Facilitate({ me }: { me: Me }) {
  const t = useT();
  return (
    <>
      <FacilitatorHeader />
      <main className="page page--wide facilitate">
        <header className="page-header">
          <h1>{t('facilitate.title')}</h1>
          <p className="lead">{t('facilitate.lead')}</p>
        </header>
        {me.role === 'ADMIN' ? <AllCommunities /> : <Communities slugs={me.communities} />}
      </main>
    </>
  );
}

/** Admins may act in every community, so they see them all. */
function AllCommunities() {
  const state = useQuery(communitiesQuery);
  const t = useT();
  if (state.status === 'pending')
    return (
      <p className="status" role="status">
        {t('home.loadingCommunities')}
      </p>
    );
  if (state.status === 'error') {
    return (
      <p className="status status--error" role="alert">
        {t('home.communitiesFailed', { message: state.error.message })}
      </p>
    );
  }
  return <Communities slugs={state.data.communities.map((c) => c.slug)} />;
}

function Communities({ slugs }: { slugs: string[] }) {
  const t = useT();
  if (slugs.length === 0) {
    return (
      <p className="status">
        {t('home.noCommunities')} <Link to="/admin/communities">{t('facilitate.communities')}</Link>
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
  const t = useT();

  if (state.isPending) {
    return (
      <section className="community-workshops" aria-busy="true">
        <p className="status" role="status">
          {t('facilitate.loadingWorkshops', { slug })}
        </p>
      </section>
    );
  }
  if (!state.data) {
    return (
      <section className="community-workshops">
        <p className="status status--error" role="alert">
          {t('facilitate.workshopsFailed', { slug, message: state.error?.message ?? '' })}
        </p>
      </section>
    );
  }
  const { community, workshops } = state.data;
  if (!community) return null;

  return (
    <section className="community-workshops" aria-labelledby={headingId} data-testid={`community-workshops-${slug}`}>
      <h2 id={headingId}>
        {community.name}{' '}
        <Link className="community-workshops__map-link" to={`/c/${encodeURIComponent(slug)}`}>
          {t('facilitate.seeMap')}
        </Link>{' '}
        <Link className="community-workshops__map-link" to={peersPath({ slug, shareToken: null })}>
          {t('facilitate.findPeers')}
        </Link>{' '}
        <Link className="community-workshops__map-link" to={`/c/${encodeURIComponent(slug)}/settings`}>
          {t('facilitate.settings')}
        </Link>{' '}
        <Link className="community-workshops__map-link" to={cataloguePath(slug)}>
          {t('facilitate.catalogue')}
        </Link>{' '}
        <Link className="community-workshops__map-link" to={surveySettingsPath(slug)}>
          {t('facilitate.surveySettings')}
        </Link>
      </h2>
      <div className="community-workshops__grid">
        <div>
          {workshops.length === 0 ? (
            <p className="status">{t('facilitate.noWorkshops')}</p>
          ) : (
            <ul className="workshop-list" aria-label={t('facilitate.workshopsOf', { community: community.name })}>
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
  const t = useT();
  const locale = useLocale();
  return (
    <li className="workshop-card" data-testid="workshop-item">
      <div className="workshop-card__head">
        <h3 className="workshop-card__title">{workshop.title}</h3>
        <StatusBadge status={workshop.status} />
      </div>
      <p className="workshop-card__meta">
        <span>{formatDay(workshop.date, locale, { weekday: true })}</span>
        {workshop.region && <span>{workshop.region.name}</span>}
        <span>
          {t('facilitate.code')} <strong className="wk-code">{workshop.code}</strong>
        </span>
        <span>{t('facilitate.responses', { count: workshop.responseCount })}</span>
      </p>
      <p className="workshop-card__actions">
        <Link className="wk-button wk-button--small wk-button--primary" to={path}>
          {t('facilitate.projectorView')}
        </Link>
        <Link className="wk-button wk-button--small" to={`${path}/curate`}>
          {t('facilitate.curate')}
        </Link>
      </p>
    </li>
  );
}
