import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { AccountBar } from '../auth/AccountBar';
import { RequireSignIn } from '../auth/RequireSignIn';
import { publicMapQuery } from '../communities/queries';
import { buildElements } from '../map/build-elements';
import { GraphCanvas } from '../map/GraphCanvas';
import { MapLegend } from '../map/MapLegend';
import { HIGHLIGHT_BORDER } from '../map/map-style';
import { applyActivities, arrivalsOf, participantIdsOf, responseCountOf } from './apply-activity';
import type { Arrival } from './apply-activity';
import type { StreamStatus } from './event-stream';
import { displayUrl, joinUrl, spelledCode } from './format';
import { LocalNetworkNotice, openedOnLoopback } from './LocalNetworkNotice';
import { joinAddressQuery, projectorWorkshopQuery } from './queries';
import type { ProjectorWorkshop, WorkshopActivity, WorkshopStatus } from './queries';
import { StatusBadge } from './StatusBadge';
import { useQrSvg } from './useQrSvg';
import { useThrottledValue } from './useThrottledValue';
import { useWorkshopActivity } from './useWorkshopActivity';
import { WorkshopStatusButton } from './WorkshopStatusButton';
import './workshops.css';
import { WorkshopPlaceholder } from './WorkshopPlaceholder';
import { formatDay, formatNumber, useForcedLanguage, useLocale, useT } from '../i18n';

const ARRIVALS_SHOWN = 12;
// Re-read the workshop this long after an arrival, so the arrivals and counts settle on the server's.
const RESPONSES_REFRESH_MS = 3_000;
// A burst of arrivals becomes one map update (and one layout) per interval.
const MAP_UPDATE_MS = 1_500;

/**
 * `/w/:id`: the projector view of a workshop, readable from the back of the room. It is a public screen: it
 * shows what a share link shows (listed people only); unlisted arrivals are counted, never named or drawn.
 */
export function ProjectorPage() {
  const { id = '' } = useParams();
  return <RequireSignIn>{() => <ProjectorLoader key={id} id={id} />}</RequireSignIn>;
}

function ProjectorLoader({ id }: { id: string }) {
  // A failed re-read keeps what is shown: a projector should not go blank on a hiccup.
  const query = useQuery(projectorWorkshopQuery(id));
  const workshop = query.data?.workshopById ?? null;
  const t = useT();

  useEffect(() => {
    document.title = workshop ? `${workshop.title} · Tejido` : `${t('workshop.title')} · Tejido`;
  }, [workshop, t]);

  if (!workshop) {
    return <WorkshopPlaceholder loading={query.isPending} error={query.error ?? undefined} loadingText={t('survey.loadingWorkshop')} />;
  }
  return <Projector workshop={workshop} refreshWorkshop={() => void query.refetch()} />;
}

function Projector({ workshop, refreshWorkshop }: { workshop: ProjectorWorkshop; refreshWorkshop: () => void }) {
  const mapQuery = useQuery(publicMapQuery(workshop.communitySlug));
  const refreshMap = mapQuery.refetch;
  // The projector faces the room: it speaks the community's language, whatever this laptop chose, from its first
  // picture (the workshop carries the language; the map comes later).
  useForcedLanguage(workshop.communityLanguage);
  const t = useT();
  const locale = useLocale();
  const [log, setLog] = useState<WorkshopActivity[]>([]);
  const [statusOverride, setStatusOverride] = useState<WorkshopStatus | null>(null);
  const status = statusOverride ?? workshop.status;

  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(refreshTimer.current ?? undefined), []);

  const onActivity = useCallback(
    (activity: WorkshopActivity) => {
      setLog((previous) => [...previous, activity]);
      refreshTimer.current ??= setTimeout(() => {
        refreshTimer.current = null;
        refreshWorkshop();
      }, RESPONSES_REFRESH_MS);
    },
    [refreshWorkshop],
  );
  // Events sent while the connection was down are lost: read everything again.
  const onReconnected = useCallback(() => {
    refreshWorkshop();
    void refreshMap();
  }, [refreshWorkshop, refreshMap]);
  const liveStatus = useWorkshopActivity(workshop.code, { onActivity, onReconnected });

  const count = responseCountOf(workshop.responseCount, log);
  const arrivals = useMemo(() => arrivalsOf(workshop.listedArrivals, log, ARRIVALS_SHOWN), [workshop.listedArrivals, log]);
  const participantIds = useMemo(() => participantIdsOf(workshop.listedArrivals, log), [workshop.listedArrivals, log]);
  const mapLog = useThrottledValue(log, MAP_UPDATE_MS);
  const baseMap = mapQuery.data?.community?.map ?? null;
  const map = useMemo(() => (baseMap ? applyActivities(baseMap, mapLog) : null), [baseMap, mapLog]);
  const elements = useMemo(() => (map ? buildElements(map) : []), [map]);

  // The server knows where phones can reach it (PUBLIC_URL, or its LAN address with HOST=0.0.0.0).
  const address = useQuery(joinAddressQuery).data?.joinAddress;
  const url = joinUrl(address?.baseUrl ?? window.location.origin, workshop.joinPath);
  const phonesLockedOut = !!address?.loopbackOnly && !address.baseUrl && openedOnLoopback(window.location.hostname);
  const qrSvg = useQrSvg(url);
  const path = `/w/${encodeURIComponent(workshop.id)}`;

  return (
    <div className="projector">
      <header className="projector__bar">
        <nav className="projector__nav" aria-label={t('facilitate.nav')}>
          <Link to="/facilitate">← {t('facilitate.workshops')}</Link>
          <Link to={`${path}/curate`}>{t('facilitate.curate')}</Link>
        </nav>
        <div className="projector__controls">
          <StatusBadge status={status} />
          <WorkshopStatusButton workshopId={workshop.id} status={status} onChanged={setStatusOverride} />
        </div>
        <AccountBar />
      </header>

      <main className="projector__main">
        <section className="projector__join" aria-labelledby="projector-title">
          <h1 id="projector-title" className="projector__title">
            {workshop.title}
          </h1>
          <p className="projector__meta">
            {formatDay(workshop.date, locale, { weekday: true })}
            {workshop.region && ` · ${workshop.region.name}`}
          </p>
          {status === 'CLOSED' ? (
            <p className="projector__closed" role="status">
              {t('projector.closed')}
            </p>
          ) : (
            <>
              {phonesLockedOut && <LocalNetworkNotice />}
              <p className="projector__instruction">{t('projector.instruction')}</p>
              <p className="projector__url">
                <a href={url} data-testid="join-url">
                  {displayUrl(url)}
                </a>
              </p>
              <div className="projector__join-row">
                {qrSvg && (
                  <div
                    className="projector__qr"
                    role="img"
                    aria-label={t('projector.qr', { url })}
                    data-testid="join-qr"
                    // SVG drawn by the qrcode package from our own URL: only paths, no scripts.
                    dangerouslySetInnerHTML={{ __html: qrSvg }}
                  />
                )}
                <div className="projector__code-box">
                  <p className="projector__code-label" aria-hidden>
                    {t('facilitate.code')}
                  </p>
                  <p className="projector__code">
                    <span className="visually-hidden">{t('projector.joinCode', { code: spelledCode(workshop.code) })}</span>
                    <span aria-hidden data-testid="workshop-code">
                      {workshop.code}
                    </span>
                  </p>
                </div>
              </div>
            </>
          )}
        </section>

        <section className="projector__live" aria-label={t('projector.live')}>
          <p className="projector__count" aria-live="polite" aria-atomic="true">
            <span className="projector__count-number" data-testid="response-count">
              {formatNumber(count, locale)}
            </span>{' '}
            {t('projector.responsesWord', { count })}
          </p>
          <LiveIndicator status={liveStatus} />
          <h2 className="projector__arrivals-heading">{t('projector.arrivals')}</h2>
          <ArrivalList arrivals={arrivals} />
        </section>

        <section className="projector__map" aria-label={t('map.title')}>
          {map ? (
            <>
              <GraphCanvas
                elements={elements}
                highlightIds={participantIds}
                label={t('projector.mapLabel', { people: map.people.length, here: participantIds.size, ties: map.ties.length })}
              />
              <div className="projector__legend">
                <MapLegend />
                <p className="projector__legend-highlight">
                  <span className="swatch-ring" style={{ borderColor: HIGHLIGHT_BORDER }} aria-hidden />
                  {t('projector.inWorkshop')}
                </p>
              </div>
            </>
          ) : mapQuery.isError ? (
            <p className="status status--error" role="alert">
              {t('map.loadFailed', { message: mapQuery.error.message })}
            </p>
          ) : (
            <p className="status" role="status">
              {t('common.loadingMap')}
            </p>
          )}
        </section>
      </main>
    </div>
  );
}

function ArrivalList({ arrivals }: { arrivals: Arrival[] }) {
  const t = useT();
  if (arrivals.length === 0) {
    return (
      <p className="projector__empty" data-testid="newest-arrivals">
        {t('projector.nobodyYet')}
      </p>
    );
  }
  return (
    <ol className="arrivals" data-testid="newest-arrivals">
      {arrivals.map((arrival) => (
        <li key={arrival.id} className="arrivals__item">
          <span className="arrivals__name">{arrival.name}</span>
          {arrival.organization && <span className="arrivals__org">{arrival.organization}</span>}
        </li>
      ))}
    </ol>
  );
}

function LiveIndicator({ status }: { status: StreamStatus }) {
  const t = useT();
  return (
    <p className={`live-status live-status--${status.state}`} role="status" data-testid="live-status" data-state={status.state}>
      <span className="live-status__dot" aria-hidden />
      {t(`projector.stream.${status.state}`)}
      {status.state === 'stopped' && (
        <span className="live-status__detail">
          : {status.message} {t('projector.reload')}
        </span>
      )}
    </p>
  );
}
