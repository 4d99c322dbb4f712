import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql';
import { MERGE_MUTATION } from './queries';
import type { MergeKind, NamedRecord } from './queries';

export interface MergeRecordsFormProps {
  kind: Extract<MergeKind, 'ORGANIZATION' | 'INTEREST'>;
  records: Array<NamedRecord & { synonyms?: string[] }>;
  onMerged: () => void;
}

const NOUN = { ORGANIZATION: 'organization', INTEREST: 'interest' } as const;
const MOVES = {
  ORGANIZATION: 'its members move to',
  INTEREST: 'the people who offer or seek it move to',
} as const;

const optionLabel = (record: NamedRecord & { synonyms?: string[] }) =>
  record.synonyms && record.synonyms.length > 0 ? `${record.name} (also: ${record.synonyms.join(', ')})` : record.name;

/** Two selects, "keep" and "merge into it", for two organizations or two interests that are the same. */
export function MergeRecordsForm({ kind, records, onMerged }: MergeRecordsFormProps) {
  const id = useId();
  const noun = NOUN[kind];
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
      setDone(`Merged “${duplicate.name}” into “${survivor.name}”.`);
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
      {optionLabel(record)}
    </option>
  ));

  return (
    <form className="wk-form-card merge-form" onSubmit={review} aria-labelledby={`${id}-heading`} data-testid={`merge-${noun}`}>
      <h3 id={`${id}-heading`}>Merge two {noun}s</h3>
      <div className="wk-field">
        <label htmlFor={`${id}-keep`}>Keep</label>
        <select
          id={`${id}-keep`}
          value={survivorId}
          onChange={(e) => {
            setSurvivorId(e.target.value);
            setConfirming(false);
          }}
        >
          <option value="">Choose the {noun} to keep…</option>
          {options}
        </select>
      </div>
      <div className="wk-field">
        <label htmlFor={`${id}-duplicate`}>Merge into it</label>
        <select
          id={`${id}-duplicate`}
          value={duplicateId}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setDuplicateId(e.target.value);
            setConfirming(false);
          }}
        >
          <option value="">Choose the duplicate…</option>
          {options}
        </select>
        <p id={`${id}-hint`} className="wk-hint">
          Its name is kept as a synonym of the one you keep, so people typing it later still find the right {noun}.
        </p>
      </div>
      {same && <p className="wk-field-error">Choose two different {noun}s.</p>}
      {error && (
        <p className="wk-field-error" role="alert">
          {error}
        </p>
      )}
      {confirming && survivor && duplicate ? (
        <div className="wk-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`} className="wk-confirm__title">
            Merge “{duplicate.name}” into “{survivor.name}”?
          </p>
          <p>
            {MOVES[kind].charAt(0).toUpperCase() + MOVES[kind].slice(1)} “{survivor.name}”, “{duplicate.name}” becomes a
            synonym of it, and the {noun} “{duplicate.name}” is deleted. This cannot be undone.
          </p>
          <p className="wk-confirm__actions">
            <button className="wk-button wk-button--danger" type="button" onClick={() => void merge()} disabled={busy} data-testid={`merge-${noun}-confirm`}>
              {busy ? 'Merging…' : 'Merge'}
            </button>
            <button className="wk-button" type="button" onClick={() => setConfirming(false)} disabled={busy} autoFocus>
              Cancel
            </button>
          </p>
        </div>
      ) : (
        <button className="wk-button" type="submit" disabled={!ready}>
          Review merge…
        </button>
      )}
      <p className="wk-form-card__result" role="status">
        {done}
      </p>
    </form>
  );
}
