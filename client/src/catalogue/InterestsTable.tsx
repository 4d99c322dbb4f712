import { request } from '../api/graphql';
import type { Translate } from '../i18n';
import type { Column } from './EditableTable';
import { EditableTable } from './EditableTable';
import { CREATE_INTEREST_MUTATION, UPDATE_INTEREST_MUTATION } from './queries';
import type { CatalogueInterest } from './queries';
import { splitList } from './useSave';

type Draft = { nameEs: string; nameEn: string; synonyms: string; theme: string };
const BLANK: Draft = { nameEs: '', nameEn: '', synonyms: '', theme: '' };
const draftOf = (i: CatalogueInterest): Draft => ({
  nameEs: i.nameEs ?? '',
  nameEn: i.nameEn ?? '',
  synonyms: i.synonyms.join('; '),
  theme: i.theme ?? '',
});
const inputOf = (d: Draft) => ({
  nameEs: d.nameEs || null,
  nameEn: d.nameEn || null,
  synonyms: splitList(d.synonyms),
  theme: d.theme || null,
});

/** A text column: every column of an interest is one. */
function textColumn(field: keyof Draft, t: Translate, view: (i: CatalogueInterest) => string | null): Column<CatalogueInterest, Draft> {
  const name = t(`setup.${field}`);
  return {
    field,
    name,
    header:
      field === 'synonyms' ? (
        <>
          {name} <span className="catalogue-table__hint">({t('setup.synonymsHint')})</span>
        </>
      ) : (
        name
      ),
    view,
    input: ({ draft, set, label, invalid, adding, form }) => (
      <input
        form={form}
        aria-label={label}
        aria-invalid={invalid || undefined}
        value={draft[field]}
        placeholder={adding ? name : undefined}
        onChange={(event) => set({ ...draft, [field]: event.target.value })}
        data-testid={`interest-${field}`}
      />
    ),
  };
}

/** The community's interests, each edited in place, and a row to add one. */
export function InterestsTable({
  slug,
  interests,
  t,
  onChanged,
}: {
  slug: string;
  interests: readonly CatalogueInterest[];
  t: Translate;
  onChanged: () => void;
}) {
  const columns = [
    textColumn('nameEs', t, (i) => i.nameEs ?? null),
    textColumn('nameEn', t, (i) => i.nameEn ?? null),
    textColumn('synonyms', t, (i) => i.synonyms.join('; ')),
    textColumn('theme', t, (i) => i.theme ?? null),
  ];
  return (
    <EditableTable
      kind="interest"
      items={interests}
      columns={columns}
      empty={t('setup.noInterests')}
      addLabel={t('setup.addInterest')}
      blank={BLANK}
      draftOf={draftOf}
      create={(draft) => request(CREATE_INTEREST_MUTATION, { slug, input: inputOf(draft) })}
      update={(interest, draft) => request(UPDATE_INTEREST_MUTATION, { id: interest.id, input: inputOf(draft) })}
      t={t}
      onChanged={onChanged}
    />
  );
}
