import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { graphqlQuery } from '../api/graphql-query';
import { usePeerContext } from './PeerContext';
import { PersonLine } from './PersonLine';
import { INTRODUCTION_PATH_QUERY } from './queries';
import type { PersonCard } from './queries';

interface IntroductionPathProps {
  from: PersonCard;
  to: PersonCard;
  /** The chain once loaded (null: there is none); undefined while it loads. */
  people: PersonCard[] | null | undefined;
  onLoaded: (people: PersonCard[] | null) => void;
}

/** "Who can introduce them?": the shortest chain of people who know each other, as steps. */
export function IntroductionPath({ from, to, people, onLoaded }: IntroductionPathProps) {
  const { access, headers, t } = usePeerContext();
  const state = useQuery(graphqlQuery(INTRODUCTION_PATH_QUERY, { slug: access.slug, fromId: from.id, toId: to.id }, headers));

  const answer = state.isSuccess ? (state.data.community?.introductionPath ?? null) : undefined;
  useEffect(() => {
    if (answer !== undefined) onLoaded(answer);
    // Only the answer matters; onLoaded is a fresh arrow on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answer]);

  if (state.status === 'error') {
    return (
      <p className="status status--error" role="alert">
        {t('peers.loadFailed', { message: state.error.message })}
      </p>
    );
  }
  if (people === undefined) {
    return (
      <p className="status" role="status">
        {t('peers.introducing')}
      </p>
    );
  }
  return (
    <div className="peer-path" data-testid="introduction-path" aria-live="polite">
      {people === null ? (
        <p className="peer-path__none" data-testid="no-path">
          {t('peers.pathNone', { a: from.name, b: to.name })}
        </p>
      ) : people.length === 0 ? (
        <p>{t('peers.pathSame')}</p>
      ) : people.length === 2 ? (
        <p>{t('peers.pathDirect', { a: from.name, b: to.name })}</p>
      ) : (
        <>
          <p className="peer-path__title">{t('peers.pathSteps', { count: people.length - 2 })}</p>
          <ol className="peer-path__steps">
            {people.map((person, index) => (
              <li key={person.id} data-testid="path-step">
                <PersonLine person={person} />
                <span className="peer-path__how">
                  {' '}
                  — {index === 0 ? t('peers.pathStart') : t('peers.pathKnows', { name: people[index - 1]!.name })}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
