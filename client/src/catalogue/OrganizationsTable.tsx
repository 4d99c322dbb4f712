import { useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql';
import type { Translate } from '../i18n';
import { CuratedBadge } from './InterestsTable';
import { CREATE_ORGANIZATION_MUTATION, UPDATE_ORGANIZATION_MUTATION } from './queries';
import type { CatalogueOrganization, OrganizationKind } from './queries';
import { useSave } from './useSave';

type Draft = { name: string; kind: OrganizationKind; regionId: string };
const EMPTY: Draft = { name: '', kind: 'OTHER', regionId: '' };
const KINDS: OrganizationKind[] = ['GOVERNMENT', 'NGO', 'COMMUNITY', 'ACADEMIC', 'PRIVATE', 'OTHER'];
const inputOf = (d: Draft) => ({ name: d.name, kind: d.kind, regionId: d.regionId || null });

interface Props {
  slug: string;
  organizations: readonly CatalogueOrganization[];
  regions: readonly { id: string; name: string }[];
  t: Translate;
  onChanged: () => void;
}

/** The community's organizations, each edited in place, and a row to add one. */
export function OrganizationsTable({ slug, organizations, regions, t, onChanged }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="table-scroll">
      <table className="catalogue-table" data-testid="organizations-table">
        <thead>
          <tr>
            <th scope="col">{t('setup.name')}</th>
            <th scope="col">{t('setup.kind')}</th>
            <th scope="col">{t('setup.region')}</th>
            <th scope="col">{t('setup.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('setup.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {organizations.length === 0 && (
            <tr>
              <td colSpan={5} className="catalogue-table__empty">
                {t('setup.noOrganizations')}
              </td>
            </tr>
          )}
          {organizations.map((organization) =>
            editing === organization.id ? (
              <OrganizationRow
                key={organization.id}
                t={t}
                regions={regions}
                initial={{ name: organization.name, kind: organization.kind, regionId: organization.region?.id ?? '' }}
                label={organization.name}
                submitLabel={t('setup.save')}
                onSubmit={(d) => request(UPDATE_ORGANIZATION_MUTATION, { id: organization.id, input: inputOf(d) })}
                onDone={() => {
                  setEditing(null);
                  onChanged();
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <tr key={organization.id} data-testid="organization-row">
                <td>{organization.name}</td>
                <td>{t(`setup.kind.${organization.kind}`)}</td>
                <td>{organization.region?.name}</td>
                <td>
                  <CuratedBadge curated={organization.curated} t={t} />
                </td>
                <td>
                  <button
                    type="button"
                    className="wk-button wk-button--small"
                    onClick={() => setEditing(organization.id)}
                    aria-label={`${t('setup.edit')}: ${organization.name}`}
                  >
                    {t('setup.edit')}
                  </button>
                </td>
              </tr>
            ),
          )}
          <OrganizationRow
            key={`new-${organizations.length}`}
            t={t}
            regions={regions}
            initial={EMPTY}
            label={t('setup.addOrganization')}
            submitLabel={t('setup.add')}
            onSubmit={(d) => request(CREATE_ORGANIZATION_MUTATION, { slug, input: inputOf(d) })}
            onDone={onChanged}
          />
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  t: Translate;
  regions: readonly { id: string; name: string }[];
  initial: Draft;
  label: string;
  submitLabel: string;
  onSubmit: (draft: Draft) => Promise<unknown>;
  onDone: () => void;
  onCancel?: () => void;
}

function OrganizationRow({ t, regions, initial, label, submitLabel, onSubmit, onDone, onCancel }: RowProps) {
  const [draft, setDraft] = useState(initial);
  const { busy, error, save } = useSave();
  const formId = `organization-form-${label.replace(/\W+/g, '-')}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await save(() => onSubmit(draft))) onDone();
  }
  return (
    <>
      <tr
        className={`catalogue-table__edit${onCancel ? '' : ' catalogue-table__add'}`}
        data-testid={onCancel ? 'organization-edit-row' : 'organization-add-row'}
      >
        <td>
          <input
            form={formId}
            aria-label={`${t('setup.name')} — ${label}`}
            aria-invalid={error?.field === 'name' || undefined}
            placeholder={onCancel ? undefined : t('setup.name')}
            value={draft.name}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
            data-testid="organization-name"
          />
        </td>
        <td>
          <select
            form={formId}
            aria-label={`${t('setup.kind')} — ${label}`}
            value={draft.kind}
            onChange={(event) => setDraft({ ...draft, kind: event.target.value as OrganizationKind })}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`setup.kind.${kind}`)}
              </option>
            ))}
          </select>
        </td>
        <td>
          <select
            form={formId}
            aria-label={`${t('setup.region')} — ${label}`}
            value={draft.regionId}
            onChange={(event) => setDraft({ ...draft, regionId: event.target.value })}
          >
            <option value="">{t('setup.noRegion')}</option>
            {regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </select>
        </td>
        <td />
        <td className="catalogue-table__actions">
          <form id={formId} onSubmit={(event) => void submit(event)}>
            <button type="submit" className="wk-button wk-button--small wk-button--primary" disabled={busy} data-testid="organization-save">
              {busy ? t('setup.saving') : submitLabel}
            </button>
            {onCancel && (
              <button type="button" className="wk-button wk-button--small" onClick={onCancel}>
                {t('common.cancel')}
              </button>
            )}
          </form>
        </td>
      </tr>
      {error && (
        <tr>
          <td colSpan={5}>
            <p className="status status--error" role="alert">
              {error.message}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}
