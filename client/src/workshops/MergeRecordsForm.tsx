import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql';
import { MERGE_MUTATION } from './queries';
import type { MergeKind, NamedRecord } from './queries';
import type { Translate } from '../i18n';
import { useT } from '../i18n';

export interface MergeRecordsFormProps {
  kind: Extract<MergeKind, 'ORGANIZATION' | 'INTEREST'>;
  records: Array<NamedRecord & { synonyms?: string[] }>;
  onMerged: () => void;
}

// Test ids and message choices by kind; the words are in the catalogue (merge.*, with {kind, select, …}).
const NOUN = { ORGANIZATION: 'organization', INTEREST: 'interest' } as const;

const optionLabel = (record: NamedRecord & { synonyms?: string[] }, t: Translate) =>
  record.synonyms && record.synonyms.length > 0
    ? t('merge.also', { name: record.name, synonyms: record.synonyms.join(', ') })
    : record.name;

/** Two selects, "keep" and "merge into it", for two organizations or two interests that are the same. */
export function MergeRecordsForm({ kind, records, onMerged }: MergeRecordsFormProps) {
  const id = useId();
  const noun = NOUN[kind];
  const t = useT();
  const [survivorId, setSurvivorId] = useState('');
  const [duplicateId, setDuplicateId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const survivor = records.find((r) => r.id === survivorId);
  const duplicate = records.find((r) => r.id === duplicateId);
  const same = survivorId !== '' && survivorId === duplicateId;
  const ready = survivor && duplicate && !same;

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    setError(null);
    if (ready) setConfirming(true);
  }

  async function merge() {
    if (!survivor || !duplicate) return;
    setBusy(true);
    setError(null);
    try {
      await request(MERGE_MUTATION, { kind, survivorId: survivor.id, duplicateId: duplicate.id });
      setDone(t('merge.done', { duplicate: duplicate.name, survivor: survivor.name }));
      setConfirming(false);
      setDuplicateId('');
      onMerged();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  const options = records.map((record) => (
    <option key={record.id} value={record.id}>
      {optionLabel(record, t)}
    </option>
  ));

  return (
    <form className="wk-form-card merge-form" onSubmit={review} aria-labelledby={`${id}-heading`} data-testid={`merge-${noun}`}>
      <h3 id={`${id}-heading`}>{t('merge.heading', { kind })}</h3>
      <div className="wk-field">
        <label htmlFor={`${id}-keep`}>{t('merge.keep')}</label>
        <select
          id={`${id}-keep`}
          value={survivorId}
          onChange={(e) => {
            setSurvivorId(e.target.value);
            setConfirming(false);
          }}
        >
          <option value="">{t('merge.chooseKeep', { kind })}</option>
          {options}
        </select>
      </div>
      <div className="wk-field">
        <label htmlFor={`${id}-duplicate`}>{t('merge.intoIt')}</label>
        <select
          id={`${id}-duplicate`}
          value={duplicateId}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setDuplicateId(e.target.value);
            setConfirming(false);
          }}
        >
          <option value="">{t('merge.chooseDuplicate')}</option>
          {options}
        </select>
        <p id={`${id}-hint`} className="wk-hint">
          {t('merge.hint', { kind })}
        </p>
      </div>
      {same && <p className="wk-field-error">{t('merge.same', { kind })}</p>}
      {error && (
        <p className="wk-field-error" role="alert">
          {error}
        </p>
      )}
      {confirming && survivor && duplicate ? (
        <div className="wk-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`} className="wk-confirm__title">
            {t('merge.confirmTitle', { duplicate: duplicate.name, survivor: survivor.name })}
          </p>
          <p>{t('merge.confirmText', { kind, duplicate: duplicate.name, survivor: survivor.name })}</p>
          <p className="wk-confirm__actions">
            <button
              className="wk-button wk-button--danger"
              type="button"
              onClick={() => void merge()}
              disabled={busy}
              data-testid={`merge-${noun}-confirm`}
            >
              {busy ? t('curate.merging') : t('curate.merge')}
            </button>
            <button className="wk-button" type="button" onClick={() => setConfirming(false)} disabled={busy} autoFocus>
              {t('common.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <button className="wk-button" type="submit" disabled={!ready}>
          {t('merge.review')}
        </button>
      )}
      <p className="wk-form-card__result" role="status">
        {done}
      </p>
    </form>
  );
}
