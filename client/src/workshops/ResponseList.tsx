import { graphql } from '../gql';
import { useId, useState } from 'react';
import { request } from '../api/graphql';
import { formatTime, plural } from './format';
import { MERGE_MUTATION } from './queries';
import type { CurationResponse, DuplicateCandidate, DuplicateReason } from './queries';

/** One answer as curation lists it, with the records it may duplicate and why each was flagged. */
export const CurationResponseFields = graphql(`
  fragment CurationResponse on WorkshopResponse {
    submittedAt
    person {
      id
      name
      email
      role
      consent {
        listed
        contactable
      }
      organization {
        name
      }
      region {
        name
      }
    }
    possibleDuplicates {
      reasons
      person {
        id
        name
        email
        organization {
          name
        }
        region {
          name
        }
      }
    }
  }
`);

type Described = Pick<DuplicateCandidate, 'name' | 'email' | 'organization' | 'region'>;

/** Namesakes are told apart by what else is known about them. */
const describe = (p: Described) => {
  const details = [p.organization?.name, p.region?.name, p.email].filter(Boolean);
  return details.length > 0 ? `${p.name} (${details.join(', ')})` : `${p.name} (no organization, region or email)`;
};

export interface ResponseListProps {
  responses: CurationResponse[];
  /** After a merge: the list and the vocabulary must be read again. */
  onMerged: () => void;
}

/** The people who answered in the workshop, newest first, with their possible duplicates. */
export function ResponseList({ responses, onMerged }: ResponseListProps) {
  const id = useId();
  const [onlyDuplicates, setOnlyDuplicates] = useState(false);
  const withDuplicates = responses.filter((r) => r.possibleDuplicates.length > 0).length;
  const shown = onlyDuplicates ? responses.filter((r) => r.possibleDuplicates.length > 0) : responses;
  // Two newcomers with the same name flag each other: say so, and offer the established record first.
  const answeredHere = new Set(responses.map((r) => r.person.id));

  if (responses.length === 0) return <p className="status">No answers yet.</p>;

  return (
    <>
      <p className="wk-toolbar">
        <span>
          {plural(responses.length, 'person', 'people')} answered;{' '}
          {withDuplicates === 0 ? 'no possible duplicates.' : `${plural(withDuplicates, 'has', 'have')} a possible duplicate.`}
        </span>
        {withDuplicates > 0 && (
          <label className="wk-checkbox" htmlFor={`${id}-only`}>
            <input id={`${id}-only`} type="checkbox" checked={onlyDuplicates} onChange={(e) => setOnlyDuplicates(e.target.checked)} />
            Show only possible duplicates
          </label>
        )}
      </p>
      <ul className="response-list" data-testid="response-list">
        {shown.map((response) => (
          <ResponseItem key={response.person.id} response={response} answeredHere={answeredHere} onMerged={onMerged} />
        ))}
      </ul>
    </>
  );
}

interface ResponseItemProps {
  response: CurationResponse;
  answeredHere: ReadonlySet<string>;
  onMerged: () => void;
}

/** Why a record was flagged, in the facilitator's words. */
const REASON_TEXT: Record<DuplicateReason, string> = {
  SAME_NAME: 'same name',
  LOOKALIKE_NAME: 'a name that looks the same but is spelled with other letters',
  SAME_EMAIL: 'same email: answers with a known email never change the existing record',
};

function ResponseItem({ response, answeredHere, onMerged }: ResponseItemProps) {
  const { person, submittedAt } = response;
  const [confirming, setConfirming] = useState<DuplicateCandidate | null>(null);
  const possibleDuplicates = [...response.possibleDuplicates].sort(
    (a, b) => Number(answeredHere.has(a.person.id)) - Number(answeredHere.has(b.person.id)),
  );

  return (
    <li className="response-card" data-testid="response-item">
      <div className="response-card__head">
        <h3 className="response-card__name">{person.name}</h3>
        {!person.consent.listed && <span className="wk-badge wk-badge--unlisted">not listed</span>}
        <span className="response-card__time">{formatTime(submittedAt)}</span>
      </div>
      <p className="response-card__meta">
        {[person.role, person.organization?.name, person.region?.name].filter(Boolean).join(' · ') || 'No role, organization or region given'}
      </p>
      <p className="response-card__meta">
        {person.email ?? 'No email'} · {person.consent.contactable ? 'may be contacted' : 'does not want to be contacted'}
      </p>
      {possibleDuplicates.length > 0 && (
        <div className="duplicates">
          {possibleDuplicates.map(({ person: duplicate, reasons }) => (
            <div key={duplicate.id} className="duplicates__item">
              <span>
                <span aria-hidden>⚠ </span>Possible duplicate of <strong>{describe(duplicate)}</strong>
                <span className="duplicates__note" data-testid="duplicate-reasons">
                  {' '}
                  ({reasons.map((reason) => REASON_TEXT[reason]).join('; ')})
                </span>
                {answeredHere.has(duplicate.id) && <span className="duplicates__note"> (also answered in this workshop)</span>}
              </span>
              <button
                className="wk-button wk-button--small"
                type="button"
                onClick={() => setConfirming(duplicate)}
                aria-expanded={confirming?.id === duplicate.id}
                data-testid="merge-person"
              >
                Merge into {duplicate.name}…
              </button>
            </div>
          ))}
          {confirming && (
            <MergeConfirmation
              key={confirming.id}
              duplicate={{ id: person.id, label: describe(person) }}
              survivor={{ id: confirming.id, label: describe(confirming) }}
              onCancel={() => setConfirming(null)}
              onMerged={onMerged}
            />
          )}
        </div>
      )}
    </li>
  );
}

interface MergeConfirmationProps {
  duplicate: { id: string; label: string };
  survivor: { id: string; label: string };
  onCancel: () => void;
  onMerged: () => void;
}

function MergeConfirmation({ duplicate, survivor, onCancel, onMerged }: MergeConfirmationProps) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function merge() {
    setBusy(true);
    setError(null);
    try {
      await request(MERGE_MUTATION, { kind: 'PERSON', survivorId: survivor.id, duplicateId: duplicate.id });
      onMerged();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <div className="wk-confirm" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="wk-confirm__title">
        Merge {duplicate.label} into {survivor.label}?
      </p>
      <p>
        Everything moves to {survivor.label}: ties, interests offered and sought, organization, region and workshop
        attendance. The record {duplicate.label} is then deleted. This cannot be undone.
      </p>
      {error && (
        <p className="wk-field-error" role="alert">
          {error}
        </p>
      )}
      <p className="wk-confirm__actions">
        <button className="wk-button wk-button--danger" type="button" onClick={() => void merge()} disabled={busy} data-testid="merge-confirm">
          {busy ? 'Merging…' : 'Merge'}
        </button>
        {/* Focus lands on the safe choice. */}
        <button className="wk-button" type="button" onClick={onCancel} disabled={busy} autoFocus>
          Cancel
        </button>
      </p>
    </div>
  );
}
