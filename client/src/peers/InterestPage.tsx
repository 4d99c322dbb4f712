import { useEffect, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { graphqlQuery } from '../api/graphql-query';
import { SharePage } from '../sharing/SharePage';
import type { ShareAccess } from '../sharing/SharePage';
import { useCommunityLanguage, useLanguage, useT } from '../i18n';
import { peersPath } from './community-access';
import { interestLabel } from '../i18n';
import { InterestGaps } from './InterestGaps';
import { PeerContextProvider, peerContextValue, usePeerContext } from './PeerContext';
import { CommunityBody, PeerFrame } from './PeerFrame';
import { PersonLine } from './PersonLine';
import { INTEREST_PAGE_QUERY } from './queries';
import type { InterestPageData, PersonCard } from './queries';
import { usePageAccess } from './usePageAccess';

/** `/c/:slug/interests/:id` and `/s/:token/interests/:id`: who offers and seeks an interest, where the gaps are. */
export function InterestPage({ share }: { share?: ShareAccess }) {
  const { id = '' } = useParams();
  const access = usePageAccess(share);
  const [lang] = useLanguage();
  const t = useT();
  const context = useMemo(() => peerContextValue(access, lang, t), [access, lang, t]);
  const state = useQuery(graphqlQuery(INTEREST_PAGE_QUERY, { slug: access.slug, id }, context.headers));
  const community = state.status === 'success' ? state.data.community : null;
  useCommunityLanguage(community?.defaultLanguage);
  const title = community ? interestLabel(community.interestPage.interest, lang) : t('peers.interestKicker');

  useEffect(() => {
    document.title = `${title} · Tejido`;
  }, [title]);

  return (
    <PeerContextProvider value={context}>
      <PeerFrame back={{ to: peersPath(access), label: t('peers.backToPeers') }}>
        <CommunityBody state={state} notFoundText={t('peers.interestUnknown')}>
          {(found) => <InterestDetails page={found.interestPage} />}
        </CommunityBody>
      </PeerFrame>
    </PeerContextProvider>
  );
}

/** `/s/:token/interests/:id`: an interest page through a share link. */
export function SharedInterestPage() {
  return <SharePage view={(share) => <InterestPage share={share} />} />;
}

function InterestDetails({ page }: { page: InterestPageData }) {
  const { lang, t } = usePeerContext();
  const { interest } = page;
  const label = interestLabel(interest, lang);
  const otherNames = [interest.name, interest.nameEs, interest.nameEn, ...interest.synonyms].filter(
    (name, index, all): name is string => !!name && name !== label && all.indexOf(name) === index,
  );

  return (
    <article className="interest-page" data-testid="interest-page">
      <header className="page-header">
        <p className="interest-page__kicker">{t('peers.interestKicker')}</p>
        <h1>{label}</h1>
        {otherNames.length > 0 && <p className="peer-note">{t('peers.alsoCalled', { names: otherNames.join(', ') })}</p>}
        <p className="lead">{t('peers.interestCounts', { offer: page.offeredBy.length, seek: page.soughtBy.length })}</p>
      </header>
      <div className="interest-page__grid">
        <InterestGaps gaps={page.gaps} />
        <RegionTable page={page} />
        <PeopleList title={t('peers.offeredBy')} people={page.offeredBy} empty={t('peers.nobodyOffers')} testId="offered-by" />
        <PeopleList title={t('peers.soughtBy')} people={page.soughtBy} empty={t('peers.nobodySeeks')} testId="sought-by" />
      </div>
    </article>
  );
}

function RegionTable({ page }: { page: InterestPageData }) {
  const { t } = usePeerContext();
  if (page.regions.length === 0) return null;
  return (
    <section className="interest-section" aria-labelledby="by-region">
      <h2 id="by-region">{t('peers.byRegion')}</h2>
      <table className="peer-table" data-testid="region-table">
        <thead>
          <tr>
            <th scope="col">{t('peers.regionColumn')}</th>
            <th scope="col">{t('peers.offerColumn')}</th>
            <th scope="col">{t('peers.seekColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {page.regions.map((row) => {
            const gap = row.seekers > 0 && row.offerers === 0;
            return (
              <tr key={row.region?.id ?? 'none'} className={gap ? 'peer-table__gap' : undefined}>
                <th scope="row">{row.region?.name ?? t('peers.noRegion')}</th>
                <td>{row.offerers}</td>
                <td>{row.seekers}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** People on an interest page; each name opens the peer finder for them. */
function PeopleList({ title, people, empty, testId }: { title: string; people: PersonCard[]; empty: string; testId: string }) {
  const { access } = usePeerContext();
  return (
    <section className="interest-section" aria-label={title} data-testid={testId}>
      <h2>{title}</h2>
      {people.length === 0 ? (
        <p className="peer-note">{empty}</p>
      ) : (
        <ul className="peer-people">
          {people.map((person) => (
            <li key={person.id}>
              <Link to={peersPath(access, person.id)}>
                <PersonLine person={person} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
