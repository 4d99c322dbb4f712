import type { InterestRecord } from '../communities/community-repository.ts';

export type ReasonLanguage = 'EN' | 'ES';

/** What the reasons of one suggestion are built from. */
export type ReasonFacts = {
  name: string;
  organization: string | null;
  region: string | null;
  /** The region of the person the suggestion is for. */
  askerRegion: string | null;
  theyOffer: InterestRecord[];
  youOffer: InterestRecord[];
  shared: InterestRecord[];
  mutualContacts: { name: string }[];
};

const PHRASES = {
  EN: {
    theyOffer: (who: string, what: string) => `${who} offers ${what}, which you seek`,
    youOffer: (who: string, what: string) => `${who} seeks ${what}, which you offer`,
    shared: (who: string, what: string) => `${who} shares your interest in ${what}`,
    contacts: (who: string, names: string) => `you and ${who} both know ${names}`,
    sameRegion: (who: string, region: string) => `${who} is in your region (${region})`,
    otherRegion: (who: string, region: string) => `${who} is in another region (${region}): a bridge between clusters`,
    and: 'and',
  },
  ES: {
    theyOffer: (who: string, what: string) => `${who} ofrece ${what}, que tú buscas`,
    youOffer: (who: string, what: string) => `${who} busca ${what}, que tú ofreces`,
    shared: (who: string, what: string) => `${who} comparte tu interés en ${what}`,
    contacts: (who: string, names: string) => `tú y ${who} conocen a ${names}`,
    sameRegion: (who: string, region: string) => `${who} está en tu región (${region})`,
    otherRegion: (who: string, region: string) => `${who} está en otra región (${region}): un puente entre grupos`,
    and: 'y',
  },
} satisfies Record<ReasonLanguage, unknown>;

/**
 * Plain-language reasons for a suggestion, most important first, e.g. "Ana (CONAFOR, Occidente) offers
 * prescribed burning, which you seek". The first reason introduces the person with their organization and
 * region; the others name them alone.
 */
export function reasonsFor(facts: ReasonFacts, language: ReasonLanguage): string[] {
  const phrase = PHRASES[language];
  const list = (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${phrase.and} ${items.at(-1)}`;
  const interests = (items: InterestRecord[]) => list(items.map((i) => interestName(i, language)));
  const context = [facts.organization, facts.region].filter(Boolean).join(', ');
  const reasons: string[] = [];
  const who = () => (reasons.length === 0 && context ? `${facts.name} (${context})` : facts.name);
  const add = (text: string) => reasons.push(text.charAt(0).toUpperCase() + text.slice(1));

  if (facts.theyOffer.length > 0) add(phrase.theyOffer(who(), interests(facts.theyOffer)));
  if (facts.youOffer.length > 0) add(phrase.youOffer(who(), interests(facts.youOffer)));
  if (facts.shared.length > 0) add(phrase.shared(who(), interests(facts.shared)));
  if (facts.mutualContacts.length > 0) add(phrase.contacts(who(), list(facts.mutualContacts.map((c) => c.name))));
  if (facts.region && facts.askerRegion) {
    add(facts.region === facts.askerRegion ? phrase.sameRegion(who(), facts.region) : phrase.otherRegion(who(), facts.region));
  }
  return reasons;
}

/** The interest's name in the language, in running text: "Prescribed burning" reads "prescribed burning". */
export function interestName(interest: InterestRecord, language: ReasonLanguage): string {
  const name = (language === 'ES' ? interest.nameEs : interest.nameEn) || interest.name;
  const [first = ''] = name.split(' ');
  // Acronyms and proper names keep their capitals ("SIG", "CONAFOR"); ordinary words go lower case.
  return first.length > 1 && first.slice(1) === first.slice(1).toLowerCase() ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
