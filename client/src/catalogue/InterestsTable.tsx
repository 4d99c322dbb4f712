import { useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql';
import type { Translate } from '../i18n';
import { CREATE_INTEREST_MUTATION, UPDATE_INTEREST_MUTATION } from './queries';
import type { CatalogueInterest } from './queries';
import { splitList, useSave } from './useSave';

type Draft = { nameEs: string; nameEn: string; synonyms: string; theme: string };
const EMPTY: Draft = { nameEs: '', nameEn: '', synonyms: '', theme: '' };
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
const FIELDS = ['nameEs', 'nameEn', 'synonyms', 'theme'] as const;

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
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="table-scroll">
      <table className="catalogue-table" data-testid="interests-table">
        <thead>
          <tr>
            <th scope="col">{t('setup.nameEs')}</th>
            <th scope="col">{t('setup.nameEn')}</th>
            <th scope="col">
              {t('setup.synonyms')} <span className="catalogue-table__hint">({t('setup.synonymsHint')})</span>
            </th>
            <th scope="col">{t('setup.theme')}</th>
            <th scope="col">{t('setup.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('setup.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {interests.length === 0 && (
            <tr>
              <td colSpan={6} className="catalogue-table__empty">
                {t('setup.noInterests')}
              </td>
            </tr>
          )}
          {interests.map((interest) =>
            editing === interest.id ? (
              <InterestRow
                key={interest.id}
                t={t}
                initial={draftOf(interest)}
                label={interest.name}
                submitLabel={t('setup.save')}
                onSubmit={(d) => request(UPDATE_INTEREST_MUTATION, { id: interest.id, input: inputOf(d) })}
                onDone={() => {
                  setEditing(null);
                  onChanged();
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <tr key={interest.id} data-testid="interest-row">
                <td>{interest.nameEs}</td>
                <td>{interest.nameEn}</td>
                <td>{interest.synonyms.join('; ')}</td>
                <td>{interest.theme}</td>
                <td>
                  <CuratedBadge curated={interest.curated} t={t} />
                </td>
                <td>
                  <button
                    type="button"
                    className="wk-button wk-button--small"
                    onClick={() => setEditing(interest.id)}
                    aria-label={`${t('setup.edit')}: ${interest.name}`}
                  >
                    {t('setup.edit')}
                  </button>
                </td>
              </tr>
            ),
          )}
          <InterestRow
            key={`new-${interests.length}`}
            t={t}
            initial={EMPTY}
            label={t('setup.addInterest')}
            submitLabel={t('setup.add')}
            onSubmit={(d) => request(CREATE_INTEREST_MUTATION, { slug, input: inputOf(d) })}
            onDone={onChanged}
          />
        </tbody>
      </table>
    </div>
  );
}

export function CuratedBadge({ curated, t }: { curated: boolean; t: Translate }) {
  return curated ? (
    <span className="catalogue-badge">{t('setup.reviewed')}</span>
  ) : (
    <span className="catalogue-badge catalogue-badge--new" title={t('setup.fromSurveyHint')}>
      {t('setup.fromSurvey')}
    </span>
  );
}

interface RowProps {
  t: Translate;
  initial: Draft;
  /** What the row is, for screen readers (the interest's name, or "Add an interest"). */
  label: string;
  submitLabel: string;
  onSubmit: (draft: Draft) => Promise<unknown>;
  onDone: () => void;
  onCancel?: () => void;
}

/** One interest as a row of inputs: editing an existing one, or the last row that adds one. */
function InterestRow({ t, initial, label, submitLabel, onSubmit, onDone, onCancel }: RowProps) {
  const [draft, setDraft] = useState(initial);
  const { busy, error, save } = useSave();
  const formId = `interest-form-${label.replace(/\W+/g, '-')}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await save(() => onSubmit(draft))) onDone();
  }
  return (
    <>
      <tr
        className={`catalogue-table__edit${onCancel ? '' : ' catalogue-table__add'}`}
        data-testid={onCancel ? 'interest-edit-row' : 'interest-add-row'}
      >
        {FIELDS.map((field) => (
          <td key={field}>
            <input
              form={formId}
              aria-label={`${t(`setup.${field}`)} — ${label}`}
              aria-invalid={error?.field === field || undefined}
              value={draft[field]}
              placeholder={onCancel ? undefined : t(`setup.${field}`)}
              onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
              data-testid={`interest-${field}`}
            />
          </td>
        ))}
        <td />
        <td className="catalogue-table__actions">
          <form id={formId} onSubmit={(event) => void submit(event)}>
            <button type="submit" className="wk-button wk-button--small wk-button--primary" disabled={busy} data-testid="interest-save">
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
          <td colSpan={6}>
            <p className="status status--error" role="alert">
              {error.message}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}
