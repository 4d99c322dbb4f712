import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { request } from '../api/graphql';
import { useT } from '../i18n';
import type { Translate } from '../i18n';
import { MERGE_MUTATION, personMergePreviewQuery } from './queries';
import type { MergeSide, PersonMergeChoice, PersonMergeField, PersonMergePreviewQuery } from './queries';

type Preview = PersonMergePreviewQuery['personMergePreview'];

const FIELD_LABEL = {
  NAME: 'curation.fieldNAME',
  EMAIL: 'curation.fieldEMAIL',
  ROLE: 'curation.fieldROLE',
  ORGANIZATION: 'curation.fieldORGANIZATION',
  REGION: 'curation.fieldREGION',
} as const satisfies Record<PersonMergeField, string>;

/** The merged record in one line, as the confirmation names it. */
export const resultLabel = (p: Pick<Preview, 'name' | 'organization' | 'region' | 'email'>) => {
  const details = [p.organization, p.region, p.email].filter(Boolean);
  return details.length > 0 ? `${p.name} (${details.join(', ')})` : p.name;
};

const consentText = (t: Translate, c: { listed: boolean; contactable: boolean }) =>
  t('curation.consentText', { listed: String(c.listed), contactable: String(c.contactable) });

export interface PersonMergeDialogProps {
  /** The answer merged into the other record and then deleted. */
  duplicate: { id: string; label: string };
  /** The record kept. */
  survivor: { id: string; label: string };
  onCancel: () => void;
  /** After the merge, with the merged record named as the confirmation named it. */
  onMerged: (result: string) => void;
}

/**
 * The merged record field by field before anything is written: where the two records differ the facilitator
 * picks which value to keep; consent is not a choice (the narrower of the two). The server computes the
 * preview with the same rules as the merge and validates the choices again when merging.
 */
export function PersonMergeDialog({ duplicate, survivor, onCancel, onMerged }: PersonMergeDialogProps) {
  const id = useId();
  const t = useT();
  const [choices, setChoices] = useState<PersonMergeChoice[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const preview = useQuery({ ...personMergePreviewQuery(survivor.id, duplicate.id, choices), placeholderData: keepPreviousData });
  const result = preview.data?.personMergePreview ?? null;

  const choose = (field: PersonMergeField, side: MergeSide) =>
    setChoices((current) => [...current.filter((c) => c.field !== field), { field, side }]);

  async function merge() {
    if (!result) return;
    setBusy(true);
    setError(null);
    try {
      await request(MERGE_MUTATION, { kind: 'PERSON', survivorId: survivor.id, duplicateId: duplicate.id, choices });
      onMerged(resultLabel(result));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <div className="wk-confirm merge-preview" role="group" aria-labelledby={`${id}-title`} data-testid="merge-preview">
      <p id={`${id}-title`} className="wk-confirm__title">
        {t('curation.mergeTitle', { duplicate: duplicate.label, survivor: survivor.label })}
      </p>
      {preview.isPending && <p role="status">{t('curation.mergeWorking')}</p>}
      {preview.isError && !result && (
        <p className="wk-field-error" role="alert">
          {t('curation.mergePreviewFailed', { message: preview.error.message })}
        </p>
      )}
      {result && (
        <>
          <p className="wk-hint">{t('curation.mergeChoose')}</p>
          <div className="merge-preview__fields">
            {result.fields.map((f) =>
              f.differs ? (
                <fieldset key={f.field} className="merge-preview__field" data-testid={`merge-field-${f.field}`}>
                  <legend>{t(FIELD_LABEL[f.field])}</legend>
                  {(['SURVIVOR', 'DUPLICATE'] as const).map((side) => {
                    const value = side === 'SURVIVOR' ? f.survivorValue : f.duplicateValue;
                    return (
                      <label key={side} className="merge-preview__option">
                        <input
                          type="radio"
                          name={`${id}-${f.field}`}
                          value={side}
                          // The click shows at once; the preview follows when the server has worked it out.
                          checked={(choices.find((c) => c.field === f.field)?.side ?? f.side) === side}
                          // Emptying a field the other record fills is refused: a merge keeps what is known.
                          disabled={value === null || busy}
                          onChange={() => choose(f.field, side)}
                        />
                        <span>
                          {value ?? <em>{t('curation.none')}</em>}
                          <span className="merge-preview__from">
                            {t(side === 'SURVIVOR' ? 'curation.fromKept' : 'curation.fromAnswer')}
                          </span>
                        </span>
                      </label>
                    );
                  })}
                </fieldset>
              ) : (
                <div key={f.field} className="merge-preview__field merge-preview__field--same">
                  <span className="merge-preview__label">{t(FIELD_LABEL[f.field])}</span>
                  <span>{f.survivorValue ?? <em>{t('curation.none')}</em>}</span>
                </div>
              ),
            )}
          </div>
          <dl className="merge-preview__result" data-testid="merge-result">
            <div>
              <dt>{t('curation.mergedRecord')}</dt>
              <dd data-testid="merge-result-name">{resultLabel(result)}</dd>
            </div>
            {result.role && (
              <div>
                <dt>{t('curation.fieldROLE')}</dt>
                <dd>{result.role}</dd>
              </div>
            )}
            <div>
              <dt>{t('curation.consent')}</dt>
              <dd data-testid="merge-result-consent">
                {consentText(t, result.consent)}
                {(result.survivor.consent.listed !== result.duplicate.consent.listed ||
                  result.survivor.consent.contactable !== result.duplicate.consent.contactable) && (
                  <span className="merge-preview__note">
                    {t('curation.consentNarrower', {
                      kept: consentText(t, result.survivor.consent),
                      answer: consentText(t, result.duplicate.consent),
                    })}
                  </span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('curation.offers')}</dt>
              <dd>{result.offers.join(', ') || '—'}</dd>
            </div>
            <div>
              <dt>{t('curation.seeks')}</dt>
              <dd>{result.seeks.join(', ') || '—'}</dd>
            </div>
            <div>
              <dt>{t('curation.ties')}</dt>
              <dd>{t('curation.tieCount', { count: result.tieCount })}</dd>
            </div>
          </dl>
          <p>{t('curation.mergeMoves', { duplicate: duplicate.label })}</p>
        </>
      )}
      {error && (
        <p className="wk-field-error" role="alert">
          {error}
        </p>
      )}
      <p className="wk-confirm__actions">
        <button
          className="wk-button wk-button--danger"
          type="button"
          onClick={() => void merge()}
          disabled={busy || !result || preview.isFetching}
          data-testid="merge-confirm"
        >
          {busy ? t('curation.merging') : result ? t('curation.mergeInto', { result: resultLabel(result) }) : t('curation.merge')}
        </button>
        {/* Focus lands on the safe choice. */}
        <button className="wk-button" type="button" onClick={onCancel} disabled={busy} autoFocus>
          {t('common.cancel')}
        </button>
      </p>
    </div>
  );
}
