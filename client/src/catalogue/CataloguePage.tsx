import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { RequireSignIn } from '../auth/RequireSignIn';
import { useT } from '../i18n';
import { CatalogueImport } from './CatalogueImport';
import { CatalogueShell } from './CatalogueShell';
import { InterestsTable } from './InterestsTable';
import { OrganizationsTable } from './OrganizationsTable';
import { catalogueQuery } from './queries';

/** `/c/:slug/catalogue`: the community's interests and organizations, edited in place or loaded from CSV. */
export function CataloguePage() {
  const slug = useParams().slug ?? '';
  return <RequireSignIn>{() => <Catalogue slug={slug} />}</RequireSignIn>;
}

function Catalogue({ slug }: { slug: string }) {
  const t = useT();
  const state = useQuery(catalogueQuery(slug));
  const community = state.data?.community ?? null;
  useEffect(() => {
    document.title = `${t('setup.catalogueTitle')} · ${community?.name ?? slug} · Tejido`;
  }, [t, community, slug]);
  const refresh = () => void state.refetch();

  return (
    <CatalogueShell slug={slug} name={community?.name ?? null}>
      <header className="page-header">
        <h1>{t('setup.catalogueTitle')}</h1>
        <p className="lead">{t('setup.catalogueLead')}</p>
      </header>
      {state.isPending ? (
        <p className="status" role="status">
          …
        </p>
      ) : state.isError && !state.data ? (
        <p className="status status--error" role="alert">
          {t('setup.loadFailed', { message: state.error.message })}
        </p>
      ) : !community ? (
        <p className="status">{t('setup.notFacilitator')}</p>
      ) : (
        <>
          <section className="catalogue-section" aria-labelledby="catalogue-interests">
            <h2 id="catalogue-interests">
              {t('setup.interestsHeading')} <span className="catalogue-section__count">{community.interests.length}</span>
            </h2>
            <InterestsTable slug={slug} interests={community.interests} t={t} onChanged={refresh} />
            <CatalogueImport slug={slug} kind="INTEREST" t={t} onImported={refresh} />
          </section>
          <section className="catalogue-section" aria-labelledby="catalogue-organizations">
            <h2 id="catalogue-organizations">
              {t('setup.organizationsHeading')} <span className="catalogue-section__count">{community.organizations.length}</span>
            </h2>
            <OrganizationsTable slug={slug} organizations={community.organizations} regions={community.regions} t={t} onChanged={refresh} />
            <CatalogueImport slug={slug} kind="ORGANIZATION" t={t} onImported={refresh} />
          </section>
        </>
      )}
    </CatalogueShell>
  );
}
