import { request } from '../api/graphql';
import type { Translate } from '../i18n';
import type { Column } from './EditableTable';
import { EditableTable } from './EditableTable';
import { CREATE_ORGANIZATION_MUTATION, UPDATE_ORGANIZATION_MUTATION } from './queries';
import type { CatalogueOrganization, OrganizationKind } from './queries';

type Draft = { name: string; kind: OrganizationKind; regionId: string };
const BLANK: Draft = { name: '', kind: 'OTHER', regionId: '' };
const KINDS: OrganizationKind[] = ['GOVERNMENT', 'NGO', 'COMMUNITY', 'ACADEMIC', 'PRIVATE', 'OTHER'];
const draftOf = (o: CatalogueOrganization): Draft => ({ name: o.name, kind: o.kind, regionId: o.region?.id ?? '' });
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
  const columns: Column<CatalogueOrganization, Draft>[] = [
    {
      field: 'name',
      name: t('setup.name'),
      header: t('setup.name'),
      view: (o) => o.name,
      input: ({ draft, set, label, invalid, adding, form }) => (
        <input
          form={form}
          aria-label={label}
          aria-invalid={invalid || undefined}
          placeholder={adding ? t('setup.name') : undefined}
          value={draft.name}
          onChange={(event) => set({ ...draft, name: event.target.value })}
          data-testid="organization-name"
        />
      ),
    },
    {
      field: 'kind',
      name: t('setup.kind'),
      header: t('setup.kind'),
      view: (o) => t(`setup.kind.${o.kind}`),
      input: ({ draft, set, label, invalid, form }) => (
        <select
          form={form}
          aria-label={label}
          aria-invalid={invalid || undefined}
          value={draft.kind}
          onChange={(event) => set({ ...draft, kind: event.target.value as OrganizationKind })}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`setup.kind.${kind}`)}
            </option>
          ))}
        </select>
      ),
    },
    {
      field: 'regionId',
      name: t('setup.region'),
      header: t('setup.region'),
      view: (o) => o.region?.name,
      input: ({ draft, set, label, invalid, form }) => (
        <select
          form={form}
          aria-label={label}
          aria-invalid={invalid || undefined}
          value={draft.regionId}
          onChange={(event) => set({ ...draft, regionId: event.target.value })}
        >
          <option value="">{t('setup.noRegion')}</option>
          {regions.map((region) => (
            <option key={region.id} value={region.id}>
              {region.name}
            </option>
          ))}
        </select>
      ),
    },
  ];
  return (
    <EditableTable
      kind="organization"
      items={organizations}
      columns={columns}
      empty={t('setup.noOrganizations')}
      addLabel={t('setup.addOrganization')}
      blank={BLANK}
      draftOf={draftOf}
      create={(draft) => request(CREATE_ORGANIZATION_MUTATION, { slug, input: inputOf(draft) })}
      update={(organization, draft) => request(UPDATE_ORGANIZATION_MUTATION, { id: organization.id, input: inputOf(draft) })}
      t={t}
      onChanged={onChanged}
    />
  );
}
