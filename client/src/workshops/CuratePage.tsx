import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { RequireSignIn } from '../auth/RequireSignIn';
import { FacilitatorHeader } from './FacilitatorHeader';
import { MergeRecordsForm } from './MergeRecordsForm';
import { PaperSurveyImport } from './PaperSurveyImport';
import { curationVocabularyQuery, curationWorkshopQuery } from './queries';
import type { CurationWorkshop, WorkshopStatus } from './queries';
import { ResponseList } from './ResponseList';
import { StatusBadge } from './StatusBadge';
import { WorkshopStatusButton } from './WorkshopStatusButton';
import './workshops.css';
import { WorkshopPlaceholder } from './WorkshopPlaceholder';
import { formatDay, useLocale, useT } from '../i18n';

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
  const t = useT();

  useEffect(() => {
    document.title = workshop ? `${t('curate.titleOf', { title: workshop.title })} · Tejido` : `${t('facilitate.curate')} · Tejido`;
  }, [workshop, t]);

  if (!workshop) {
    return <WorkshopPlaceholder loading={query.isPending} error={query.error ?? undefined} loadingText={t('curate.loading')} />;
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
  const t = useT();
  const locale = useLocale();

  return (
    <main className="page page--wide curate">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to="/facilitate">← {t('facilitate.workshops')}</Link>
        </p>
        <h1>{t('curate.titleOf', { title: workshop.title })}</h1>
        <p className="curate__meta">
          <span>{formatDay(workshop.date, locale, { weekday: true })}</span>
          <span>
            {t('facilitate.code')} <strong className="wk-code">{workshop.code}</strong>
          </span>
          <span>{t('facilitate.responses', { count: workshop.responseCount })}</span>
          <StatusBadge status={status} />
          <WorkshopStatusButton workshopId={workshop.id} status={status} onChanged={setStatusOverride} />
          <Link to={`/w/${encodeURIComponent(workshop.id)}`}>{t('facilitate.projectorView')}</Link>
        </p>
      </header>

      <section aria-labelledby="responses-heading">
        <h2 id="responses-heading">{t('curate.answers')}</h2>
        <p className="wk-hint">{t('curate.answersHint')}</p>
        <ResponseList responses={workshop.responses} onMerged={refreshAll} />
      </section>

      <section aria-labelledby="vocabulary-heading">
        <h2 id="vocabulary-heading">{t('curate.vocabulary')}</h2>
        <p className="wk-hint">{t('curate.vocabularyHint')}</p>
        {vocabulary.isPending && (
          <p className="status" role="status">
            {t('curate.vocabularyLoading')}
          </p>
        )}
        {vocabulary.isError && !vocabulary.data && (
          <p className="status status--error" role="alert">
            {t('curate.vocabularyFailed', { message: vocabulary.error.message })}
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
        <h2 id="paper-heading">{t('curate.paper')}</h2>
        <PaperSurveyImport workshopId={workshop.id} onImported={refreshAll} />
      </section>
    </main>
  );
}
