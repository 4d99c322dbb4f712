import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { RequireSignIn } from '../auth/RequireSignIn';
import { FacilitatorHeader } from './FacilitatorHeader';
import { formatDay, plural } from './format';
import { MergeRecordsForm } from './MergeRecordsForm';
import { PaperSurveyImport } from './PaperSurveyImport';
import { curationVocabularyQuery, curationWorkshopQuery } from './queries';
import type { CurationWorkshop, WorkshopStatus } from './queries';
import { ResponseList } from './ResponseList';
import { StatusBadge } from './StatusBadge';
import { WorkshopStatusButton } from './WorkshopStatusButton';
import './workshops.css';
import { WorkshopPlaceholder } from './WorkshopPlaceholder';

/** `/w/:id/curate`: fix duplicates, merge synonyms, import paper surveys. */
export function CuratePage() {
  const { id = '' } = useParams();
  return (
    <RequireSignIn>
      {() => (
        <>
          <FacilitatorHeader />
          <CurateLoader key={id} id={id} />
        </>
      )}
    </RequireSignIn>
  );
}

function CurateLoader({ id }: { id: string }) {
  // A failed re-read keeps what is shown.
  const query = useQuery(curationWorkshopQuery(id));
  const workshop = query.data?.workshopById ?? null;

  useEffect(() => {
    document.title = workshop ? `Curate ${workshop.title} · Tejido` : 'Curate · Tejido';
  }, [workshop]);

  if (!workshop) {
    return <WorkshopPlaceholder loading={query.isPending} error={query.error ?? undefined} loadingText="Loading the answers…" />;
  }
  return <Curate workshop={workshop} refreshWorkshop={() => void query.refetch()} />;
}

function Curate({ workshop, refreshWorkshop }: { workshop: CurationWorkshop; refreshWorkshop: () => void }) {
  const vocabulary = useQuery(curationVocabularyQuery(workshop.communitySlug));
  const refreshVocabulary = vocabulary.refetch;
  const [statusOverride, setStatusOverride] = useState<WorkshopStatus | null>(null);
  const status = statusOverride ?? workshop.status;
  // A merge or an import changes both the answers and the names to choose from.
  const refreshAll = useCallback(() => {
    refreshWorkshop();
    void refreshVocabulary();
  }, [refreshWorkshop, refreshVocabulary]);
  const community = vocabulary.data?.community ?? null;

  return (
    <main className="page page--wide curate">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to="/facilitate">← Workshops</Link>
        </p>
        <h1>Curate “{workshop.title}”</h1>
        <p className="curate__meta">
          <span>{formatDay(workshop.date)}</span>
          <span>
            Code <strong className="wk-code">{workshop.code}</strong>
          </span>
          <span>{plural(workshop.responseCount, 'response', 'responses')}</span>
          <StatusBadge status={status} />
          <WorkshopStatusButton workshopId={workshop.id} status={status} onChanged={setStatusOverride} />
          <Link to={`/w/${encodeURIComponent(workshop.id)}`}>Projector view</Link>
        </p>
      </header>

      <section aria-labelledby="responses-heading">
        <h2 id="responses-heading">Answers</h2>
        <p className="wk-hint">
          Tejido never merges people on its own, and an answer never changes someone else&rsquo;s record: when a new
          answer may be someone already mapped (the same name, a name that looks the same, or the same email), check
          and merge it here.
        </p>
        <ResponseList responses={workshop.responses} onMerged={refreshAll} />
      </section>

      <section aria-labelledby="vocabulary-heading">
        <h2 id="vocabulary-heading">Organizations and interests</h2>
        <p className="wk-hint">
          Participants type names freely, so “CONAFOR Jalisco” and “Conafor-Jal.” or “quemas prescritas” and
          “prescribed burning” may both appear. Merge them so the map and the suggestions treat them as one.
        </p>
        {vocabulary.isPending && <p className="status" role="status">Loading organizations and interests…</p>}
        {vocabulary.isError && !vocabulary.data && (
          <p className="status status--error" role="alert">
            Could not load organizations and interests: {vocabulary.error.message}
          </p>
        )}
        {community && (
          <div className="merge-grid">
            <MergeRecordsForm kind="ORGANIZATION" records={community.organizations} onMerged={refreshAll} />
            <MergeRecordsForm kind="INTEREST" records={community.interests} onMerged={refreshAll} />
          </div>
        )}
      </section>

      <section aria-labelledby="paper-heading">
        <h2 id="paper-heading">Paper surveys</h2>
        <PaperSurveyImport workshopId={workshop.id} onImported={refreshAll} />
      </section>
    </main>
  );
}
