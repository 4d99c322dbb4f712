import { graphql } from '../gql';
import { useId, useState } from 'react';
import { formatTime, plural } from './format';
import { PersonMergeDialog } from './PersonMergeDialog';
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
      offers {
        id
        name
      }
      seeks {
        id
        name
      }
    }
    namedTies {
      name
      organization
      matched
      person {
        id
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
  // The merged card disappears: say what it became, where the list begins.
  const [merged, setMerged] = useState<string | null>(null);
  const afterMerge = (result: string) => {
    setMerged(result);
    onMerged();
  };
  const withDuplicates = responses.filter((r) => r.possibleDuplicates.length > 0).length;
  const shown = onlyDuplicates ? responses.filter((r) => r.possibleDuplicates.length > 0) : responses;
  // Two newcomers with the same name flag each other: say so, and offer the established record first.
  const answeredHere = new Set(responses.map((r) => r.person.id));

  const mergedStatus = (
    <p className={merged ? 'status' : undefined} role="status" data-testid="merge-done">
      {merged && `Merged into ${merged}.`}
    </p>
  );
  if (responses.length === 0) return <>{mergedStatus}<p className="status">No answers yet.</p></>;

  return (
    <>
      {mergedStatus}
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
          <ResponseItem key={response.person.id} response={response} answeredHere={answeredHere} onMerged={afterMerge} />
        ))}
      </ul>
    </>
  );
}

interface ResponseItemProps {
  response: CurationResponse;
  answeredHere: ReadonlySet<string>;
  onMerged: (result: string) => void;
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
      <Answers response={response} />
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
            <PersonMergeDialog
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

/** What the person said: what they offer, what they seek, whom they work with (and which names matched nobody). */
function Answers({ response }: { response: CurationResponse }) {
  const { offers, seeks } = response.person;
  const unmatched = response.namedTies.filter((tie) => !tie.matched).length;
  return (
    <dl className="response-answers" data-testid="response-answers">
      <div>
        <dt>Offers</dt>
        <dd data-testid="answer-offers">{offers.length > 0 ? offers.map((i) => i.name).join(', ') : '—'}</dd>
      </div>
      <div>
        <dt>Seeks</dt>
        <dd data-testid="answer-seeks">{seeks.length > 0 ? seeks.map((i) => i.name).join(', ') : '—'}</dd>
      </div>
      <div>
        <dt>Works with</dt>
        <dd data-testid="answer-ties">
          {response.namedTies.length === 0 && '—'}
          {response.namedTies.length > 0 && (
            <ul className="response-ties">
              {response.namedTies.map((tie) => (
                <li key={tie.person.id} className={tie.matched ? undefined : 'response-ties__unmatched'} data-testid={tie.matched ? 'tie-matched' : 'tie-unmatched'}>
                  {tie.name}
                  {tie.organization && <span className="response-ties__org"> ({tie.organization})</span>}
                  {!tie.matched && <span className="wk-badge wk-badge--unlisted">matched nobody</span>}
                </li>
              ))}
            </ul>
          )}
          {unmatched > 0 && (
            <p className="wk-hint response-ties__hint">
              {unmatched === 1 ? 'A name' : `${unmatched} names`} matched nobody already mapped: Tejido made a new, unlisted
              record for {unmatched === 1 ? 'it' : 'each'}. If it is someone already mapped, merge the two.
            </p>
          )}
        </dd>
      </div>
    </dl>
  );
}
