import { graphql } from '../gql';
import { useId, useState } from 'react';
import { PersonMergeDialog } from './PersonMergeDialog';
import type { CurationResponse, DuplicateCandidate, DuplicateReason } from './queries';
import type { Translate } from '../i18n';
import { formatTime, useLocale, useT } from '../i18n';

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
const describe = (p: Described, t: Translate) => {
  const details = [p.organization?.name, p.region?.name, p.email].filter(Boolean);
  return details.length > 0 ? `${p.name} (${details.join(', ')})` : `${p.name} (${t('curate.noDetails')})`;
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
  const t = useT();

  const mergedStatus = (
    <p className={merged ? 'status' : undefined} role="status" data-testid="merge-done">
      {merged && t('curation.mergedInto', { name: merged })}
    </p>
  );
  if (responses.length === 0)
    return (
      <>
        {mergedStatus}
        <p className="status">{t('curate.noAnswers')}</p>
      </>
    );

  return (
    <>
      {mergedStatus}
      <p className="wk-toolbar">
        <span>{t('curate.summary', { answered: responses.length, duplicates: withDuplicates })}</span>
        {withDuplicates > 0 && (
          <label className="wk-checkbox" htmlFor={`${id}-only`}>
            <input id={`${id}-only`} type="checkbox" checked={onlyDuplicates} onChange={(e) => setOnlyDuplicates(e.target.checked)} />
            {t('curate.onlyDuplicates')}
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
const reasonKey = (reason: DuplicateReason) => `curate.reason.${reason}` as const;

function ResponseItem({ response, answeredHere, onMerged }: ResponseItemProps) {
  const { person, submittedAt } = response;
  const [confirming, setConfirming] = useState<DuplicateCandidate | null>(null);
  const t = useT();
  const locale = useLocale();
  const possibleDuplicates = [...response.possibleDuplicates].sort(
    (a, b) => Number(answeredHere.has(a.person.id)) - Number(answeredHere.has(b.person.id)),
  );

  return (
    <li className="response-card" data-testid="response-item">
      <div className="response-card__head">
        <h3 className="response-card__name">{person.name}</h3>
        {!person.consent.listed && <span className="wk-badge wk-badge--unlisted">{t('curate.notListed')}</span>}
        <span className="response-card__time">{formatTime(submittedAt, locale)}</span>
      </div>
      <p className="response-card__meta">
        {[person.role, person.organization?.name, person.region?.name].filter(Boolean).join(' · ') || t('curate.noRoleGiven')}
      </p>
      <p className="response-card__meta">
        {person.email ?? t('curate.noEmail')} · {person.consent.contactable ? t('curate.contactable') : t('curate.notContactable')}
      </p>
      <Answers response={response} />
      {possibleDuplicates.length > 0 && (
        <div className="duplicates">
          {possibleDuplicates.map(({ person: duplicate, reasons }) => (
            <div key={duplicate.id} className="duplicates__item">
              <span>
                <span aria-hidden>⚠ </span>
                {t('curate.possibleDuplicate')} <strong>{describe(duplicate, t)}</strong>
                <span className="duplicates__note" data-testid="duplicate-reasons">
                  {' '}
                  ({reasons.map((reason) => t(reasonKey(reason))).join('; ')})
                </span>
                {answeredHere.has(duplicate.id) && <span className="duplicates__note"> ({t('curate.alsoHere')})</span>}
              </span>
              <button
                className="wk-button wk-button--small"
                type="button"
                onClick={() => setConfirming(duplicate)}
                aria-expanded={confirming?.id === duplicate.id}
                data-testid="merge-person"
              >
                {t('curate.mergeInto', { name: duplicate.name })}
              </button>
            </div>
          ))}
          {confirming && (
            <PersonMergeDialog
              key={confirming.id}
              duplicate={{ id: person.id, label: describe(person, t) }}
              survivor={{ id: confirming.id, label: describe(confirming, t) }}
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
  const t = useT();
  const { offers, seeks } = response.person;
  const unmatched = response.namedTies.filter((tie) => !tie.matched).length;
  return (
    <dl className="response-answers" data-testid="response-answers">
      <div>
        <dt>{t('curation.offers')}</dt>
        <dd data-testid="answer-offers">{offers.length > 0 ? offers.map((i) => i.name).join(', ') : '—'}</dd>
      </div>
      <div>
        <dt>{t('curation.seeks')}</dt>
        <dd data-testid="answer-seeks">{seeks.length > 0 ? seeks.map((i) => i.name).join(', ') : '—'}</dd>
      </div>
      <div>
        <dt>{t('curation.worksWith')}</dt>
        <dd data-testid="answer-ties">
          {response.namedTies.length === 0 && '—'}
          {response.namedTies.length > 0 && (
            <ul className="response-ties">
              {response.namedTies.map((tie) => (
                <li
                  key={tie.person.id}
                  className={tie.matched ? undefined : 'response-ties__unmatched'}
                  data-testid={tie.matched ? 'tie-matched' : 'tie-unmatched'}
                >
                  {tie.name}
                  {tie.organization && <span className="response-ties__org"> ({tie.organization})</span>}
                  {!tie.matched && <span className="wk-badge wk-badge--unlisted">{t('curation.matchedNobody')}</span>}
                </li>
              ))}
            </ul>
          )}
          {unmatched > 0 && <p className="wk-hint response-ties__hint">{t('curation.unmatchedHint', { count: unmatched })}</p>}
        </dd>
      </div>
    </dl>
  );
}
