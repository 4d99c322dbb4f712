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
import { displayUrl, formatDay, joinUrl, spelledCode } from './format';
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

  useEffect(() => {
    document.title = workshop ? `${workshop.title} · Tejido` : 'Workshop · Tejido';
  }, [workshop]);

  if (!workshop) {
    return <WorkshopPlaceholder loading={query.isPending} error={query.error ?? undefined} loadingText="Loading the workshop…" />;
  }
  return <Projector workshop={workshop} refreshWorkshop={() => void query.refetch()} />;
}

function Projector({ workshop, refreshWorkshop }: { workshop: ProjectorWorkshop; refreshWorkshop: () => void }) {
  const mapQuery = useQuery(publicMapQuery(workshop.communitySlug));
  const refreshMap = mapQuery.refetch;
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
        <nav className="projector__nav" aria-label="Facilitator">
          <Link to="/facilitate">← Workshops</Link>
          <Link to={`${path}/curate`}>Curate answers</Link>
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
            {formatDay(workshop.date)}
            {workshop.region && ` · ${workshop.region.name}`}
          </p>
          {status === 'CLOSED' ? (
            <p className="projector__closed" role="status">
              This workshop is closed: the survey takes no more answers.
            </p>
          ) : (
            <>
              {phonesLockedOut && <LocalNetworkNotice />}
              <p className="projector__instruction">Join on your phone: scan the code or open</p>
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
                    aria-label={`QR code of the join link ${url}`}
                    data-testid="join-qr"
                    // SVG drawn by the qrcode package from our own URL: only paths, no scripts.
                    dangerouslySetInnerHTML={{ __html: qrSvg }}
                  />
                )}
                <div className="projector__code-box">
                  <p className="projector__code-label" aria-hidden>
                    Code
                  </p>
                  <p className="projector__code">
                    <span className="visually-hidden">Join code: {spelledCode(workshop.code)}</span>
                    <span aria-hidden data-testid="workshop-code">
                      {workshop.code}
                    </span>
                  </p>
                </div>
              </div>
            </>
          )}
        </section>

        <section className="projector__live" aria-label="Live responses">
          <p className="projector__count" aria-live="polite" aria-atomic="true">
            <span className="projector__count-number" data-testid="response-count">
              {count.toLocaleString('en')}
            </span>{' '}
            {count === 1 ? 'response' : 'responses'}
          </p>
          <LiveIndicator status={liveStatus} />
          <h2 className="projector__arrivals-heading">Newest arrivals</h2>
          <ArrivalList arrivals={arrivals} />
        </section>

        <section className="projector__map" aria-label="Community map">
          {map ? (
            <>
              <GraphCanvas
                elements={elements}
                highlightIds={participantIds}
                label={`Community map: ${map.people.length} people, ${participantIds.size} of them in this workshop, ${map.ties.length} ties`}
              />
              <div className="projector__legend">
                <MapLegend />
                <p className="projector__legend-highlight">
                  <span className="swatch-ring" style={{ borderColor: HIGHLIGHT_BORDER }} aria-hidden />
                  In this workshop (others faded)
                </p>
              </div>
            </>
          ) : mapQuery.isError ? (
            <p className="status status--error" role="alert">
              Could not load the map: {mapQuery.error.message}
            </p>
          ) : (
            <p className="status" role="status">
              Loading the map…
            </p>
          )}
        </section>
      </main>
    </div>
  );
}

function ArrivalList({ arrivals }: { arrivals: Arrival[] }) {
  if (arrivals.length === 0) {
    return (
      <p className="projector__empty" data-testid="newest-arrivals">
        Nobody yet: the first answers appear here.
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

const LIVE_TEXT: Record<StreamStatus['state'], string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  stopped: 'Live updates stopped',
};

function LiveIndicator({ status }: { status: StreamStatus }) {
  return (
    <p className={`live-status live-status--${status.state}`} role="status" data-testid="live-status" data-state={status.state}>
      <span className="live-status__dot" aria-hidden />
      {LIVE_TEXT[status.state]}
      {status.state === 'stopped' && <span className="live-status__detail">: {status.message} Reload the page to try again.</span>}
    </p>
  );
}
