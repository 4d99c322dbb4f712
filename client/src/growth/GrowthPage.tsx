import { useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { graphqlQuery } from '../api/graphql-query';
import { shortCommunityName } from '../communities/short-name';
import { communityPath } from '../peers/community-access';
import { PeerContextProvider, peerContextValue, usePeerContext } from '../peers/PeerContext';
import { CommunityBody, PeerFrame } from '../peers/PeerFrame';
import { usePageAccess } from '../peers/usePageAccess';
import { SharePage } from '../sharing/SharePage';
import type { ShareAccess } from '../sharing/SharePage';
import { formatDay, formatNumber, interestLabel, useCommunityLanguage, useLanguage, useLocale, useT } from '../i18n';
import type { Figure } from './figures';
import { FIGURES, READ_FIGURES, readingOf } from './figures';
import { GROWTH_QUERY } from './queries';
import type { GrowthChanges, GrowthCommunity, GrowthSnapshot } from './queries';
import { Sparkline } from './Sparkline';
import './growth.css';

/** Everything since the start: the change list's default before there are two snapshots. */
const FROM_THE_START = '2000-01-01';

/** `/c/:slug/growth` (facilitators) and `/s/:token/growth` (share links): the network's health over time. */
export function GrowthPage({ share }: { share?: ShareAccess }) {
  const access = usePageAccess(share);
  const [lang] = useLanguage();
  const t = useT();
  const context = useMemo(() => peerContextValue(access, lang, t), [access, lang, t]);
  // The change list covers what came after the snapshot before the latest: first the snapshots, then the changes.
  const first = useQuery(graphqlQuery(GROWTH_QUERY, { slug: access.slug, since: FROM_THE_START }, context.headers));
  const snapshots = first.status === 'success' ? (first.data.community?.snapshots ?? []) : [];
  const since = snapshots.length >= 2 ? snapshots.at(-2)!.takenAt : FROM_THE_START;
  const second = useQuery({
    ...graphqlQuery(GROWTH_QUERY, { slug: access.slug, since }, context.headers),
    enabled: since !== FROM_THE_START,
  });
  // Until the second answer comes, the page shows the first, and says that its changes are since the start.
  const sinceLast = since !== FROM_THE_START && second.status !== 'pending';
  const state = sinceLast ? second : first;
  const community = state.status === 'success' ? state.data.community : null;
  useCommunityLanguage(community?.defaultLanguage);

  useEffect(() => {
    document.title = community ? `${t('growth.title')} · ${community.name} · Tejido` : `${t('growth.title')} · Tejido`;
  }, [community, t]);

  return (
    <PeerContextProvider value={context}>
      <PeerFrame
        back={{
          to: communityPath(access),
          label: t('peers.backToMap', { community: community ? shortCommunityName(community.name) : access.slug }),
        }}
      >
        <CommunityBody state={state}>{(found) => <Growth community={found} sinceStart={!sinceLast} />}</CommunityBody>
      </PeerFrame>
    </PeerContextProvider>
  );
}

/** `/s/:token/growth`: the growth page through a share link. */
export function SharedGrowthPage() {
  return <SharePage view={(share) => <GrowthPage share={share} />} />;
}

function Growth({ community, sinceStart }: { community: GrowthCommunity; sinceStart: boolean }) {
  const { t } = usePeerContext();
  const locale = useLocale();
  const { snapshots } = community;
  const occasion = (s: GrowthSnapshot) => s.workshopTitle ?? formatDay(s.takenAt.slice(0, 10), locale);
  const readings = READ_FIGURES.flatMap((id) => {
    const reading = readingOf(
      FIGURES.find((f) => f.id === id)!,
      snapshots,
      occasion,
    );
    return reading ? [reading] : [];
  });
  return (
    <article className="growth" data-testid="growth-page">
      <header className="page-header">
        <h1>{t('growth.title')}</h1>
        <p>{t('growth.intro', { count: snapshots.length })}</p>
      </header>
      {snapshots.length === 0 ? (
        <p className="status" role="status">
          {t('growth.none')}
        </p>
      ) : (
        <>
          {readings.length > 0 && (
            <ul className="growth-readings" data-testid="growth-readings">
              {readings.map((r) => (
                <li key={r.figure}>
                  {t(r.key, { figure: t(r.figure), from: formatNumber(r.from, locale), to: formatNumber(r.to, locale), since: r.since })}
                </li>
              ))}
            </ul>
          )}
          <div className="growth-figures">
            {FIGURES.map((figure) => (
              <FigureOverTime key={figure.id} figure={figure} snapshots={snapshots} occasion={occasion} />
            ))}
          </div>
        </>
      )}
      <ChangeList changes={community.changes} sinceStart={sinceStart} />
    </article>
  );
}

function FigureOverTime({
  figure,
  snapshots,
  occasion,
}: {
  figure: Figure;
  snapshots: GrowthSnapshot[];
  occasion: (s: GrowthSnapshot) => string;
}) {
  const { t } = usePeerContext();
  const locale = useLocale();
  const values = snapshots.map(figure.value);
  const shown = (v: number) => (figure.share ? formatNumber(v, locale, { maximumFractionDigits: 2 }) : formatNumber(v, locale));
  return (
    <section className="growth-figure" data-testid={`growth-figure-${figure.id}`}>
      <h2>{t(figure.label)}</h2>
      <Sparkline values={values} />
      <table className="growth-table">
        <caption className="visually-hidden">{t(figure.label)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('growth.when')}</th>
            <th scope="col">{t('growth.value')}</th>
          </tr>
        </thead>
        <tbody>
          {snapshots.map((s, i) => (
            <tr key={s.id}>
              <th scope="row">{occasion(s)}</th>
              <td>{shown(values[i]!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ChangeList({ changes, sinceStart }: { changes: GrowthChanges; sinceStart: boolean }) {
  const { lang, t } = usePeerContext();
  const gap = (g: GrowthChanges['gapsClosed'][number]) => `${interestLabel(g.interest, lang)} · ${g.region.name}`;
  return (
    <section className="growth-changes" data-testid="growth-changes">
      <h2>{t(sinceStart ? 'growth.changesSinceStart' : 'growth.changesSinceLast')}</h2>
      <ul>
        <li>{t('growth.newPeople', { count: changes.newPeopleCount })}</li>
        <li>{t('growth.newTies', { count: changes.newTieCount, cross: changes.newCrossRegionTieCount })}</li>
        {changes.newBridges.length > 0 && <li>{t('growth.newBridges', { names: changes.newBridges.map((p) => p.name).join(', ') })}</li>}
        {changes.gapsClosed.map((g) => (
          <li key={`closed ${gap(g)}`}>{t('growth.gapClosed', { gap: gap(g) })}</li>
        ))}
        {changes.gapsOpened.map((g) => (
          <li key={`opened ${gap(g)}`}>{t('growth.gapOpened', { gap: gap(g) })}</li>
        ))}
      </ul>
      {changes.newPeople.length > 0 && (
        <p className="growth-changes__people">{t('growth.newPeopleNames', { names: changes.newPeople.map((p) => p.name).join(', ') })}</p>
      )}
    </section>
  );
}
