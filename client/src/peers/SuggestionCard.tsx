import { graphql } from '../gql';
import { IntroductionPath } from './IntroductionPath';
import { InterestChips } from './InterestChips';
import { usePeerContext } from './PeerContext';
import type { PathState } from './PeerFinder';
import { PersonLine } from './PersonLine';
import type { PeerSuggestion, PersonCard, RegionPreference } from './queries';
import { ScoreBars } from './ScoreBars';

/** One suggestion with its parts and reasons, in the operation's `$language`. */
export const PeerSuggestionFields = graphql(`
  fragment PeerSuggestion on PeerSuggestion {
    person {
      ...PersonCard
    }
    score
    parts {
      complementarity
      sharedRarity
      proximity
      region
    }
    theyOffer {
      ...InterestRef
    }
    youOffer {
      ...InterestRef
    }
    shared {
      ...InterestRef
    }
    mutualContacts {
      id
      name
    }
    reasons(language: $language)
  }
`);

interface SuggestionCardProps {
  suggestion: PeerSuggestion;
  /** The person the suggestion is for. */
  from: PersonCard;
  preference: RegionPreference;
  onOpenProfile: (personId: string) => void;
  /** The introduction path to this suggestion, when it was asked for. */
  path: PathState | null;
  onPathChange: (path: PathState | null) => void;
}

/** One suggested person: why (reasons, score parts, interests), their profile, and who can introduce them. */
export function SuggestionCard({ suggestion, from, preference, onOpenProfile, path, onPathChange }: SuggestionCardProps) {
  const { t } = usePeerContext();
  const { person } = suggestion;
  return (
    <li className="peer-card" data-testid="suggestion" data-person-id={person.id}>
      <button type="button" className="peer-card__who" onClick={() => onOpenProfile(person.id)}>
        <PersonLine person={person} />
      </button>
      <ul className="peer-reasons" data-testid="suggestion-reasons">
        {suggestion.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <ScoreBars parts={suggestion.parts} preference={preference} />
      <InterestChips label={t('peers.theyOffer', { name: from.name })} interests={suggestion.theyOffer} />
      <InterestChips label={t('peers.youOffer', { name: from.name })} interests={suggestion.youOffer} />
      <InterestChips label={t('peers.shared')} interests={suggestion.shared} />
      <div className="peer-card__actions">
        <button
          type="button"
          className="peer-button"
          aria-expanded={path !== null}
          onClick={() => onPathChange(path ? null : { toId: person.id, people: undefined })}
        >
          {path ? t('peers.hidePath') : t('peers.introduce')}
        </button>
      </div>
      {path && (
        <IntroductionPath from={from} to={person} onLoaded={(people) => onPathChange({ toId: person.id, people })} people={path.people} />
      )}
    </li>
  );
}
