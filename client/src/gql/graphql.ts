/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How betweenness, and so the bridges list, was obtained. */
export type BridgesCertaintyLevel =
  /**
   * Estimated from a sample that has not been checked yet (while `refining`) or that stopped at the work limit
   * before its halves agreed (see `agreement`): read it as indicative.
   */
  | 'ESTIMATE'
  /** From every person: the list is the true top 10. */
  | 'EXACT'
  /**
   * Estimated from a sample of people that grew until two independent halves of it agreed on at least 9 of
   * their 10 top bridges; the list, from both halves, is then reliable, though close neighbours may swap places.
   */
  | 'STABLE';

/** What a catalogue CSV holds. */
export type CatalogueKind =
  /** Interests: columns name_es, name_en, synonyms, theme (/templates/interests.csv). */
  | 'INTEREST'
  /** Organizations: columns name, kind, region (/templates/organizations.csv). */
  | 'ORGANIZATION';

/** How the cluster map groups people. */
export type ClusterGrouping =
  /** Communities detected in the ties (Louvain, seeded so the same data gives the same clusters). */
  | 'DETECTED'
  /**
   * One interest (`clusterMap(interestId:)`): always three clusters, `offers` (named "Offers <interest name>"),
   * `seeks` ("Seeks <interest name>") and `others` ("Others"), even when empty. Offering wins over seeking.
   */
  | 'INTEREST'
  /** Organizations. */
  | 'ORGANIZATION'
  /** The regions people declared (CAMAFU's regional clusters): every region of the community, those nobody is in yet too (empty). */
  | 'REGION';

/** Consent given in the survey; withdrawing is as easy as giving (through the private link). */
export type ConsentInput = {
  /** Other members may be suggested to contact me. */
  contactable: boolean;
  /** Show me on shared views (share links, other participants' searches). */
  listed: boolean;
};

/** A new community. */
export type CreateCommunityInput = {
  /** A public contact (an email address or an http(s) address), at most 200 characters. */
  contact?: string | null | undefined;
  /** The language its pages and survey open in (default ES). */
  defaultLanguage?: Language | null | undefined;
  /** One-line description, at most 300 characters. */
  description?: string | null | undefined;
  /** Display name, 1–120 characters. */
  name: string;
  /** URL slug: lower-case letters, digits and dashes, 2–40 characters, starting with a letter or digit. */
  slug: string;
};

/** A new workshop. */
export type CreateWorkshopInput = {
  /** Day of the workshop (YYYY-MM-DD). */
  date: string;
  /** Region id, if the workshop is regional. */
  regionId?: string | null | undefined;
  /** Title, 1–120 characters. */
  title: string;
};

/** Why two records were flagged as possibly the same person. */
export type DuplicateReason =
  /** Names that look alike but differ in letters (a Cyrillic 'а' for a Latin 'a', '0' for 'o'). */
  | 'LOOKALIKE_NAME'
  /** The same email: answers with an email already in the community become a new record, never a change to the existing one. */
  | 'SAME_EMAIL'
  /** The same name after normalization (case, accents, spacing). */
  | 'SAME_NAME';

/** An interest as a facilitator creates or edits it. At least one of the two names is required. */
export type InterestInput = {
  /** Name in English, at most 120 characters. */
  nameEn?: string | null | undefined;
  /** Name in Spanish (the canonical name when given), at most 120 characters. */
  nameEs?: string | null | undefined;
  /** Other names people use for it, at most 20 of at most 120 characters. */
  synonyms?: Array<string>;
  /** Theme, at most 120 characters, or null. */
  theme?: string | null | undefined;
};

/** What a search or an interest page found a person for. */
export type InterestMatch =
  /** The person offers the interest searched for. */
  | 'OFFERS'
  /** The person seeks it. */
  | 'SEEKS';

/** A language Tejido's screens and messages exist in. */
export type Language =
  /** English. */
  | 'EN'
  /** Spanish (español). */
  | 'ES';

/** Where an invitation or reset link stands. */
export type LinkStatus =
  /** Its time ran out; ask for a new one. */
  | 'EXPIRED'
  /** A facilitator withdrew it, or a newer link replaced it. */
  | 'REVOKED'
  /** It was already used (links work once). */
  | 'USED'
  /** It can be used. */
  | 'VALID';

/** Kind of record two duplicates are merged in. */
export type MergeKind =
  /** Two interests that are the same (e.g. 'quemas prescritas' and 'prescribed burning'). */
  | 'INTEREST'
  /** Two organizations that are the same. */
  | 'ORGANIZATION'
  /** Two people who are the same person. */
  | 'PERSON';

/** Which of the two records a merged field comes from. */
export type MergeSide =
  /** The record merged into it and deleted (`duplicateId`). */
  | 'DUPLICATE'
  /** The record kept (`survivorId`). */
  | 'SURVIVOR';

/** A reference to an existing record by id, or to a new or existing one by name. */
export type NamedRef = {
  /** Id of an existing record. */
  id?: string | null | undefined;
  /** Name, when there is no id. */
  name?: string | null | undefined;
};

/** An organization as a facilitator creates or edits it. */
export type OrganizationInput = {
  /** What kind of organization it is. */
  kind: OrganizationKind;
  /** Name, 1–120 characters; unique in the community after normalization (case, accents, spacing). */
  name: string;
  /** Id of the region it is based in, or null. */
  regionId?: string | null | undefined;
};

/** The kind of an organization. */
export type OrganizationKind =
  /** University or research center. */
  | 'ACADEMIC'
  /** Ejido, community brigade or other local community group. */
  | 'COMMUNITY'
  /** National or state government agency. */
  | 'GOVERNMENT'
  /** Non-governmental organization. */
  | 'NGO'
  /** Anything else. */
  | 'OTHER'
  /** Company. */
  | 'PRIVATE';

/** How involved a person is in the community. */
export type ParticipationLevel =
  /** Members who take part regularly. */
  | 'ACTIVE'
  /** Coordinators and organizers who hold the network together. */
  | 'CORE'
  /** Members who mostly watch (lurkers); they have few ties. */
  | 'PERIPHERAL';

/**
 * Who to look for. Every given criterion must hold (they combine with AND). Text is always plain words:
 * Lucene operators and Cypher fragments are searched for as text, never run as syntax.
 */
export type PeopleSearch = {
  /**
   * An interest by its name in Spanish or English or by a synonym; accent- and case-insensitive. Interests
   * named exactly so come first, then those whose names contain its words. At most 200 characters.
   */
  interest?: string | null | undefined;
  /** An interest by id. */
  interestId?: string | null | undefined;
  /** Organization id. */
  organizationId?: string | null | undefined;
  /** Participation level. */
  participation?: ParticipationLevel | null | undefined;
  /** Region id. */
  regionId?: string | null | undefined;
  /**
   * Free text over names, roles, organizations and interests; accent- and case-insensitive. Every word must
   * start a word of the match ("quem pres" finds "Quemas prescritas"); people matched by their own name or
   * role rank before those matched by organization or interest. At most 200 characters.
   */
  text?: string | null | undefined;
};

/** Where one field of the merged person comes from. */
export type PersonMergeChoice = {
  /** The field. */
  field: PersonMergeField;
  /** The record it comes from. */
  side: MergeSide;
};

/** A field of a person that a facilitator chooses, record by record, when merging two people. */
export type PersonMergeField =
  /** Email (the one not chosen stays on the record as another known address). */
  | 'EMAIL'
  /** Name. */
  | 'NAME'
  /** Organization (a person is a member of one). */
  | 'ORGANIZATION'
  /** Region. */
  | 'REGION'
  /** Role or position. */
  | 'ROLE';

/** Language of the reasons. */
export type ReasonLanguage =
  /** English. */
  | 'EN'
  /** Spanish. */
  | 'ES';

/** A region's details. */
export type RegionInput = {
  /** Latitude in degrees, -90 to 90; give both coordinates or neither. */
  latitude?: number | null | undefined;
  /** Longitude in degrees, -180 to 180. */
  longitude?: number | null | undefined;
  /** Name, 1–80 characters; unique in the community after normalization (case, accents, spacing). */
  name: string;
  /** The region this one lies within (same community, not itself or one within it), or null. */
  parentId?: string | null | undefined;
};

/** Where the suggested person should be, relative to the person asking. */
export type RegionPreference =
  /** Anywhere. */
  | 'ANY'
  /** In another region: bridging clusters. */
  | 'OTHER_REGION'
  /** In the same region (people one can meet in person). */
  | 'SAME_REGION';

/** What took a snapshot. */
export type SnapshotTrigger =
  /** A facilitator asked for one (`takeSnapshot`). */
  | 'ON_DEMAND'
  /** A facilitator closed a workshop. */
  | 'WORKSHOP_CLOSED';

/** Answers of the mapping survey. */
export type SurveyInput = {
  /** What I consent to. */
  consent: ConsentInput;
  /**
   * Email, optional. An email someone in the community already has never opens or changes their record: the
   * answers become a new record flagged as a possible duplicate, for a facilitator to merge.
   */
  email?: string | null | undefined;
  /**
   * People I already work with: a listed person by id (as offered by `WorkshopJoinInfo.people`), or anyone by name
   * (and organization). A typed name links to the one listed namesake; anyone else named becomes a new person,
   * neither listed nor contactable, until they answer themselves.
   */
  knows?: Array<TieInput>;
  /** Interface language the participant used ('es' or 'en'). */
  language?: string | null | undefined;
  /** Full name (required). */
  name: string;
  /** Interests I can offer: existing ids or new names. */
  offers?: Array<NamedRef>;
  /** Organization: an existing one by id, or a name (matched after normalization, created when new). */
  organization?: NamedRef | null | undefined;
  /** Region id. */
  regionId?: string | null | undefined;
  /** Role or position. */
  role?: string | null | undefined;
  /** Interests I seek. */
  seeks?: Array<NamedRef>;
  /**
   * Created once by the client (a UUID) and sent again on every retry: the same submissionId never creates
   * a second person or duplicate ties, however often it arrives.
   */
  submissionId: string;
};

/** New survey settings of a community (every field is replaced). */
export type SurveySettingsInput = {
  /** Ask for an email. */
  askEmail: boolean;
  /** Ask for an organization. */
  askOrganization: boolean;
  /** Ask for a role or position. */
  askRole: boolean;
  /** Ask whom the participant already works with. */
  askTies: boolean;
  /** Consent wording in English, at most 1000 characters; empty or null: the built-in one. */
  consentEn?: string | null | undefined;
  /** Consent wording in Spanish, at most 1000 characters; empty or null: the built-in one. */
  consentEs?: string | null | undefined;
  /** Introduction in English, at most 1000 characters; empty or null: the built-in one. */
  introEn?: string | null | undefined;
  /** Introduction in Spanish, at most 1000 characters; empty or null: the built-in one. */
  introEs?: string | null | undefined;
  /** Most interests offered, and most sought: 1 to `SurveyLimits.maxInterests`. */
  maxInterests: number;
  /** Most people named as ties: 1 to `SurveyLimits.maxTies`. */
  maxTies: number;
};

/** Someone the participant already works with: `personId`, `name`, or both. */
export type TieInput = {
  /** Their name as the participant knows it (with `personId`: used if that person is no longer listed). */
  name?: string | null | undefined;
  /** Their organization's name (helps tell namesakes apart). */
  organization?: string | null | undefined;
  /** Id of a listed person, as offered by `WorkshopJoinInfo.people`. */
  personId?: string | null | undefined;
};

/** Changes to a community's details; fields left out keep their value. */
export type UpdateCommunityInput = {
  /** A public contact (an email address or an http(s) address; empty removes it). */
  contact?: string | null | undefined;
  /** The language its pages and survey open in. */
  defaultLanguage?: Language | null | undefined;
  /** One-line description (empty removes it). */
  description?: string | null | undefined;
  /** Display name, 1–120 characters. */
  name?: string | null | undefined;
  /** New URL slug (admins only): old links with the former slug stop working. */
  slug?: string | null | undefined;
};

/** What an account may do. */
export type UserRole =
  /** Manages facilitators and communities; may act in every community. */
  | 'ADMIN'
  /** Runs workshops and curates the communities they belong to. */
  | 'FACILITATOR';

/** Whether a workshop takes survey answers. */
export type WorkshopStatus =
  /** No more submissions; the join page says so. */
  | 'CLOSED'
  /** Participants can join and submit. */
  | 'OPEN';

export type MeFragment = { id: string, email: string, role: UserRole, communities: Array<string> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, role: UserRole, communities: Array<string> } | null };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string, email: string, role: UserRole, communities: Array<string> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type CatalogueInterestFragment = { id: string, name: string, nameEs: string | null, nameEn: string | null, synonyms: Array<string>, theme: string | null, curated: boolean };

export type CatalogueOrganizationFragment = { id: string, name: string, kind: OrganizationKind, curated: boolean, region: { id: string, name: string } | null };

export type CatalogueQueryVariables = Exact<{
  slug: string;
}>;


export type CatalogueQuery = { community: { id: string, slug: string, name: string, regions: Array<{ id: string, name: string }>, organizations: Array<{ id: string, name: string, kind: OrganizationKind, curated: boolean, region: { id: string, name: string } | null }>, interests: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null, synonyms: Array<string>, theme: string | null, curated: boolean }> } | null };

export type CreateInterestMutationVariables = Exact<{
  slug: string;
  input: InterestInput;
}>;


export type CreateInterestMutation = { createInterest: { id: string, name: string, nameEs: string | null, nameEn: string | null, synonyms: Array<string>, theme: string | null, curated: boolean } };

export type UpdateInterestMutationVariables = Exact<{
  id: string;
  input: InterestInput;
}>;


export type UpdateInterestMutation = { updateInterest: { id: string, name: string, nameEs: string | null, nameEn: string | null, synonyms: Array<string>, theme: string | null, curated: boolean } };

export type CreateOrganizationMutationVariables = Exact<{
  slug: string;
  input: OrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, name: string, kind: OrganizationKind, curated: boolean, region: { id: string, name: string } | null } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string;
  input: OrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, name: string, kind: OrganizationKind, curated: boolean, region: { id: string, name: string } | null } };

export type CatalogueImportReportFragment = { dryRun: boolean, rows: number, created: Array<string>, updated: Array<string>, unchanged: number, rejected: Array<{ line: number, column: string | null, message: string }> };

export type ImportCatalogueCsvMutationVariables = Exact<{
  slug: string;
  kind: CatalogueKind;
  csv: string;
  dryRun: boolean;
}>;


export type ImportCatalogueCsvMutation = { importCatalogueCsv: { dryRun: boolean, rows: number, created: Array<string>, updated: Array<string>, unchanged: number, rejected: Array<{ line: number, column: string | null, message: string }> } };

export type CommunitySurveySettingsQueryVariables = Exact<{
  slug: string;
}>;


export type CommunitySurveySettingsQuery = { surveyLimits: { maxInterests: number, maxTies: number }, community: { id: string, name: string, surveySettings: { introEs: string | null, introEn: string | null, consentEs: string | null, consentEn: string | null, askEmail: boolean, askRole: boolean, askOrganization: boolean, askTies: boolean, maxInterests: number, maxTies: number } } | null, workshops: Array<{ id: string, code: string, status: WorkshopStatus }> };

export type UpdateSurveySettingsMutationVariables = Exact<{
  slug: string;
  input: SurveySettingsInput;
}>;


export type UpdateSurveySettingsMutation = { updateSurveySettings: { introEs: string | null, introEn: string | null, consentEs: string | null, consentEn: string | null, askEmail: boolean, askRole: boolean, askOrganization: boolean, askTies: boolean, maxInterests: number, maxTies: number } };

export type BridgeFragment = { personId: string, name: string, betweenness: number, clustersSpanned: number };

export type InterestCountFragment = { count: number, interest: { id: string, name: string } };

export type ClusterFragment = { id: string, name: string, memberIds: Array<string>, internalTies: number, externalTies: number, density: number, coordinatorIds: Array<string>, peripheralCount: number, peripheralIds: Array<string>, organizationCount: number, tiesTo: Array<{ clusterId: string, ties: number }>, topOffered: Array<{ count: number, interest: { id: string, name: string } }>, topSought: Array<{ count: number, interest: { id: string, name: string } }> };

export type NetworkFiguresFragment = { people: number, ties: number, density: number, components: number, isolates: number, isolateIds: Array<string>, crossRegionShare: number, modularity: number, regionModularity: number, detectedModularity: number, bridgesCertainty: { level: BridgesCertaintyLevel, sources: number, agreement: number | null, refining: boolean } };

export type ClusterMapQueryVariables = Exact<{
  slug: string;
  groupBy: ClusterGrouping;
  interestId?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ClusterMapQuery = { community: { clusterMap: { groupBy: ClusterGrouping, clusters: Array<{ id: string, name: string, memberIds: Array<string>, internalTies: number, externalTies: number, density: number, coordinatorIds: Array<string>, peripheralCount: number, peripheralIds: Array<string>, organizationCount: number, tiesTo: Array<{ clusterId: string, ties: number }>, topOffered: Array<{ count: number, interest: { id: string, name: string } }>, topSought: Array<{ count: number, interest: { id: string, name: string } }> }>, network: { people: number, ties: number, density: number, components: number, isolates: number, isolateIds: Array<string>, crossRegionShare: number, modularity: number, regionModularity: number, detectedModularity: number, bridgesCertainty: { level: BridgesCertaintyLevel, sources: number, agreement: number | null, refining: boolean } }, bridges: Array<{ personId: string, name: string, betweenness: number, clustersSpanned: number }> } } | null };

export type CommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunitiesQuery = { communities: Array<{ slug: string, name: string, description: string | null, peopleCount: number }> };

export type CommunityMapQueryVariables = Exact<{
  slug: string;
  publicView?: boolean | null | undefined;
}>;


export type CommunityMapQuery = { community: { name: string, defaultLanguage: Language, description: string | null, interests: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }>, map: { regions: Array<{ id: string, name: string, latitude: number | null, longitude: number | null }>, people: Array<{ id: string, name: string, regionId: string | null, organization: string | null, participation: ParticipationLevel, listed: boolean, offerIds: Array<string>, seekIds: Array<string> }>, ties: Array<{ id: string, source: string, target: string }> } } | null };

export type HomePublicQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePublicQuery = { needsFirstAdmin: boolean, demo: { path: string, communitySlug: string, communityName: string } | null };

export type ChangedGapFragment = { interest: { name: string, nameEs: string | null, nameEn: string | null }, region: { name: string } };

export type GrowthQueryVariables = Exact<{
  slug: string;
  since: string;
}>;


export type GrowthQuery = { community: { name: string, defaultLanguage: Language, snapshots: Array<{ id: string, takenAt: string, workshopTitle: string | null, people: number, ties: number, density: number, components: number, isolates: number, crossRegionShare: number, regionModularity: number, detectedModularity: number, participation: { coordinators: number, active: number, peripheral: number, moved: number }, openGaps: Array<{ interest: { id: string } }> }>, changes: { newPeopleCount: number, newTieCount: number, newCrossRegionTieCount: number, newPeople: Array<{ id: string, name: string }>, newBridges: Array<{ id: string, name: string }>, gapsClosed: Array<{ interest: { name: string, nameEs: string | null, nameEn: string | null }, region: { name: string } }>, gapsOpened: Array<{ interest: { name: string, nameEs: string | null, nameEn: string | null }, region: { name: string } }> } } | null };

export type ReplayMomentsQueryVariables = Exact<{
  slug: string;
}>;


export type ReplayMomentsQuery = { community: { snapshots: Array<{ id: string, takenAt: string, trigger: SnapshotTrigger, workshopTitle: string | null, workshopDate: string | null }> } | null };

export type MapAsOfQueryVariables = Exact<{
  slug: string;
  asOf: string;
}>;


export type MapAsOfQuery = { community: { map: { regions: Array<{ id: string, name: string, latitude: number | null, longitude: number | null }>, people: Array<{ id: string, name: string, regionId: string | null, organization: string | null, participation: ParticipationLevel, listed: boolean, offerIds: Array<string>, seekIds: Array<string> }>, ties: Array<{ id: string, source: string, target: string }> } } | null };

export type MapPersonFragment = { id: string, name: string, regionId: string | null, organization: string | null, participation: ParticipationLevel, listed: boolean, offerIds: Array<string>, seekIds: Array<string> };

export type MapTieFragment = { id: string, source: string, target: string };

export type CommunityMapDataFragment = { regions: Array<{ id: string, name: string, latitude: number | null, longitude: number | null }>, people: Array<{ id: string, name: string, regionId: string | null, organization: string | null, participation: ParticipationLevel, listed: boolean, offerIds: Array<string>, seekIds: Array<string> }>, ties: Array<{ id: string, source: string, target: string }> };

export type PersonProfileFragment = { id: string, name: string, role: string | null, participation: ParticipationLevel, offers: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }>, seeks: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }>, organization: { id: string, name: string } | null, region: { id: string, name: string } | null };

export type InterestRefFragment = { id: string, name: string, nameEs: string | null, nameEn: string | null };

export type InterestGapFragment = { region: { id: string, name: string }, seekers: Array<{ id: string, name: string, role: string | null, participation: ParticipationLevel, organization: { id: string, name: string } | null, region: { id: string, name: string } | null }>, nearestOfferers: Array<{ hops: number | null, person: { id: string, name: string, role: string | null, participation: ParticipationLevel, organization: { id: string, name: string } | null, region: { id: string, name: string } | null } }> };

export type PersonCardFragment = { id: string, name: string, role: string | null, participation: ParticipationLevel, organization: { id: string, name: string } | null, region: { id: string, name: string } | null };

export type PeerSuggestionFragment = { score: number, reasons: Array<string>, person: { id: string, name: string, role: string | null, participation: ParticipationLevel, organization: { id: string, name: string } | null, region: { id: string, name: string } | null }, parts: { complementarity: number, sharedRarity: number, proximity: number, region: number }, theyOffer: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }>, youOffer: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }>, shared: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }>, mutualContacts: Array<{ id: string, name: string }> };

export type PeerFinderQueryVariables = Exact<{
  slug: string;
}>;


export type PeerFinderQuery = { community: { name: string, defaultLanguage: Language, map: { regions: Array<{ id: string, name: string, latitude: number | null, longitude: number | null }>, people: Array<{ id: string, name: string, regionId: string | null, organization: string | null, participation: ParticipationLevel, listed: boolean, offerIds: Array<string>, seekIds: Array<string> }>, ties: Array<{ id: string, source: string, target: string }> }, organizations: Array<{ id: string, name: string }>, interests: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }> } | null };

export type SearchPeopleQueryVariables = Exact<{
  slug: string;
  search: PeopleSearch;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchPeopleQuery = { community: { searchPeople: { totalCount: number, edges: Array<{ cursor: string, match: InterestMatch | null, node: { id: string, name: string, role: string | null, participation: ParticipationLevel, offers: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }>, seeks: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }>, organization: { id: string, name: string } | null, region: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type PersonProfileQueryVariables = Exact<{
  slug: string;
  id: string;
}>;


export type PersonProfileQuery = { community: { person: { id: string, name: string, role: string | null, participation: ParticipationLevel, offers: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }>, seeks: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }>, organization: { id: string, name: string } | null, region: { id: string, name: string } | null } | null } | null };

export type PeerSuggestionsQueryVariables = Exact<{
  slug: string;
  personId: string;
  first?: number | null | undefined;
  preference?: RegionPreference | null | undefined;
  language?: ReasonLanguage | null | undefined;
}>;


export type PeerSuggestionsQuery = { community: { person: { id: string, name: string, role: string | null, participation: ParticipationLevel, offers: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }>, seeks: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }>, organization: { id: string, name: string } | null, region: { id: string, name: string } | null } | null, peerSuggestions: Array<{ score: number, reasons: Array<string>, person: { id: string, name: string, role: string | null, participation: ParticipationLevel, organization: { id: string, name: string } | null, region: { id: string, name: string } | null }, parts: { complementarity: number, sharedRarity: number, proximity: number, region: number }, theyOffer: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }>, youOffer: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }>, shared: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null }>, mutualContacts: Array<{ id: string, name: string }> }> } | null };

export type IntroductionPathQueryVariables = Exact<{
  slug: string;
  fromId: string;
  toId: string;
}>;


export type IntroductionPathQuery = { community: { introductionPath: Array<{ id: string, name: string, role: string | null, participation: ParticipationLevel, organization: { id: string, name: string } | null, region: { id: string, name: string } | null }> | null } | null };

export type InterestPageQueryVariables = Exact<{
  slug: string;
  id: string;
}>;


export type InterestPageQuery = { community: { defaultLanguage: Language, name: string, interestPage: { interest: { synonyms: Array<string>, id: string, name: string, nameEs: string | null, nameEn: string | null }, offeredBy: Array<{ id: string, name: string, role: string | null, participation: ParticipationLevel, organization: { id: string, name: string } | null, region: { id: string, name: string } | null }>, soughtBy: Array<{ id: string, name: string, role: string | null, participation: ParticipationLevel, organization: { id: string, name: string } | null, region: { id: string, name: string } | null }>, regions: Array<{ offerers: number, seekers: number, region: { id: string, name: string } | null }>, gaps: Array<{ region: { id: string, name: string }, seekers: Array<{ id: string, name: string, role: string | null, participation: ParticipationLevel, organization: { id: string, name: string } | null, region: { id: string, name: string } | null }>, nearestOfferers: Array<{ hops: number | null, person: { id: string, name: string, role: string | null, participation: ParticipationLevel, organization: { id: string, name: string } | null, region: { id: string, name: string } | null } }> }> } } | null };

export type MyPeerSuggestionsQueryVariables = Exact<{
  token: string;
  first?: number | null | undefined;
  language?: ReasonLanguage | null | undefined;
}>;


export type MyPeerSuggestionsQuery = { myRecord: { peerSuggestions: Array<{ reasons: Array<string>, person: { id: string, name: string } }> } };

export type AdminCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCommunitiesQuery = { communities: Array<{ id: string, slug: string, name: string, description: string | null, defaultLanguage: Language, archived: boolean, peopleCount: number }> };

export type CreateCommunityMutationVariables = Exact<{
  input: CreateCommunityInput;
}>;


export type CreateCommunityMutation = { createCommunity: { slug: string } };

export type SetCommunityArchivedMutationVariables = Exact<{
  slug: string;
  archived: boolean;
}>;


export type SetCommunityArchivedMutation = { setCommunityArchived: { slug: string, archived: boolean } };

export type SettingsRegionFragment = { id: string, name: string, peopleCount: number, latitude: number | null, longitude: number | null, parent: { id: string, name: string } | null };

export type CommunitySettingsQueryVariables = Exact<{
  slug: string;
}>;


export type CommunitySettingsQuery = { community: { id: string, slug: string, name: string, description: string | null, defaultLanguage: Language, contact: string | null, archived: boolean, regions: Array<{ id: string, name: string, peopleCount: number, latitude: number | null, longitude: number | null, parent: { id: string, name: string } | null }>, facilitators: Array<{ id: string, email: string, role: UserRole }>, invitations: Array<{ id: string, email: string, expiresAt: string }> } | null };

export type UpdateCommunityMutationVariables = Exact<{
  slug: string;
  input: UpdateCommunityInput;
}>;


export type UpdateCommunityMutation = { updateCommunity: { slug: string } };

export type CreateRegionMutationVariables = Exact<{
  communitySlug: string;
  input: RegionInput;
}>;


export type CreateRegionMutation = { createRegion: { id: string } };

export type UpdateRegionMutationVariables = Exact<{
  id: string;
  input: RegionInput;
}>;


export type UpdateRegionMutation = { updateRegion: { id: string } };

export type ReorderRegionsMutationVariables = Exact<{
  communitySlug: string;
  ids: Array<string> | string;
}>;


export type ReorderRegionsMutation = { reorderRegions: Array<{ id: string }> };

export type MergeRegionsMutationVariables = Exact<{
  survivorId: string;
  duplicateId: string;
}>;


export type MergeRegionsMutation = { mergeRegions: { id: string } };

export type DeleteRegionMutationVariables = Exact<{
  id: string;
}>;


export type DeleteRegionMutation = { deleteRegion: boolean };

export type InviteFacilitatorMutationVariables = Exact<{
  communitySlug: string;
  email: string;
}>;


export type InviteFacilitatorMutation = { inviteFacilitator: { path: string, expiresAt: string } };

export type RevokeInvitationMutationVariables = Exact<{
  communitySlug: string;
  invitationId: string;
}>;


export type RevokeInvitationMutation = { revokeInvitation: boolean };

export type RemoveFacilitatorMutationVariables = Exact<{
  communitySlug: string;
  userId: string;
}>;


export type RemoveFacilitatorMutation = { removeFacilitator: boolean };

export type IssuePasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type IssuePasswordResetMutation = { issuePasswordReset: { path: string, expiresAt: string } };

export type InvitationQueryVariables = Exact<{
  token: string;
}>;


export type InvitationQuery = { invitation: { status: LinkStatus, communityName: string, email: string, accountExists: boolean, expiresAt: string } };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { id: string, email: string, role: UserRole, communities: Array<string> } };

export type PasswordResetQueryVariables = Exact<{
  token: string;
}>;


export type PasswordResetQuery = { passwordReset: { status: LinkStatus, email: string } };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: { id: string, email: string, role: UserRole, communities: Array<string> } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type NeedsFirstAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type NeedsFirstAdminQuery = { needsFirstAdmin: boolean };

export type CreateFirstAdminMutationVariables = Exact<{
  setupToken: string;
  email: string;
  password: string;
}>;


export type CreateFirstAdminMutation = { createFirstAdmin: { id: string, email: string, role: UserRole, communities: Array<string> } };

export type SharedCommunityFragment = { path: string, communitySlug: string, communityName: string };

export type ShareLinkQueryVariables = Exact<{
  token: string;
}>;


export type ShareLinkQuery = { shareLink: { path: string, communitySlug: string, communityName: string } };

export type ShareLinkStatusQueryVariables = Exact<{
  slug: string;
}>;


export type ShareLinkStatusQuery = { community: { slug: string, shareLinks: Array<{ id: string, name: string, createdAt: string, lastUsedAt: string | null }> } | null };

export type CreateShareLinkMutationVariables = Exact<{
  communitySlug: string;
  name?: string | null | undefined;
}>;


export type CreateShareLinkMutation = { createShareLink: { path: string, communitySlug: string, communityName: string } };

export type RevokeShareLinkMutationVariables = Exact<{
  communitySlug: string;
  id: string;
}>;


export type RevokeShareLinkMutation = { revokeShareLink: boolean };

export type InterestOptionFragment = { id: string, name: string, nameEs: string | null, nameEn: string | null, synonyms: Array<string> };

export type SurveyLimitsFragment = { maxTextLength: number, maxInterests: number, maxTies: number };

export type PersonHintFragment = { id: string, name: string, organization: string | null };

export type SurveySettingsFragment = { introEs: string | null, introEn: string | null, consentEs: string | null, consentEn: string | null, askEmail: boolean, askRole: boolean, askOrganization: boolean, askTies: boolean, maxInterests: number, maxTies: number };

export type WorkshopJoinInfoFragment = { code: string, title: string, date: string, status: WorkshopStatus, communityName: string, communityLanguage: Language, region: { id: string, name: string } | null, regions: Array<{ id: string, name: string }>, organizations: Array<{ id: string, name: string }>, interests: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null, synonyms: Array<string> }>, surveySettings: { introEs: string | null, introEn: string | null, consentEs: string | null, consentEn: string | null, askEmail: boolean, askRole: boolean, askOrganization: boolean, askTies: boolean, maxInterests: number, maxTies: number } };

export type SurveyJoinQueryVariables = Exact<{
  code: string;
}>;


export type SurveyJoinQuery = { surveyLimits: { maxTextLength: number, maxInterests: number, maxTies: number }, workshop: { code: string, title: string, date: string, status: WorkshopStatus, communityName: string, communityLanguage: Language, region: { id: string, name: string } | null, regions: Array<{ id: string, name: string }>, organizations: Array<{ id: string, name: string }>, interests: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null, synonyms: Array<string> }>, surveySettings: { introEs: string | null, introEn: string | null, consentEs: string | null, consentEn: string | null, askEmail: boolean, askRole: boolean, askOrganization: boolean, askTies: boolean, maxInterests: number, maxTies: number } } | null };

export type SurveyPeopleSearchQueryVariables = Exact<{
  code: string;
  search: string;
}>;


export type SurveyPeopleSearchQuery = { workshop: { people: Array<{ id: string, name: string, organization: string | null }> } | null };

export type SurveyReceiptFragment = { personId: string, privateToken: string | null };

export type SubmitSurveyMutationVariables = Exact<{
  code: string;
  input: SurveyInput;
}>;


export type SubmitSurveyMutation = { submitSurvey: { personId: string, privateToken: string | null } };

export type ReportedTieFragment = { personId: string | null, name: string, organization: string | null };

export type MyRecordFragment = { communityName: string, workshopCode: string | null, reportedTies: Array<{ personId: string | null, name: string, organization: string | null }>, person: { id: string, name: string, email: string | null, role: string | null, consent: { listed: boolean, contactable: boolean }, organization: { id: string, name: string } | null, region: { id: string, name: string } | null, offers: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null, synonyms: Array<string> }>, seeks: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null, synonyms: Array<string> }>, knows: Array<{ reportedById: string, confirmed: boolean, person: { id: string, name: string, organization: { name: string } | null } }> } };

export type MyRecordQueryVariables = Exact<{
  token: string;
}>;


export type MyRecordQuery = { surveyLimits: { maxTextLength: number, maxInterests: number, maxTies: number }, myRecord: { communityName: string, workshopCode: string | null, reportedTies: Array<{ personId: string | null, name: string, organization: string | null }>, person: { id: string, name: string, email: string | null, role: string | null, consent: { listed: boolean, contactable: boolean }, organization: { id: string, name: string } | null, region: { id: string, name: string } | null, offers: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null, synonyms: Array<string> }>, seeks: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null, synonyms: Array<string> }>, knows: Array<{ reportedById: string, confirmed: boolean, person: { id: string, name: string, organization: { name: string } | null } }> } } };

export type UpdateMyRecordMutationVariables = Exact<{
  token: string;
  input: SurveyInput;
}>;


export type UpdateMyRecordMutation = { updateMyRecord: { communityName: string, workshopCode: string | null, reportedTies: Array<{ personId: string | null, name: string, organization: string | null }>, person: { id: string, name: string, email: string | null, role: string | null, consent: { listed: boolean, contactable: boolean }, organization: { id: string, name: string } | null, region: { id: string, name: string } | null, offers: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null, synonyms: Array<string> }>, seeks: Array<{ id: string, name: string, nameEs: string | null, nameEn: string | null, synonyms: Array<string> }>, knows: Array<{ reportedById: string, confirmed: boolean, person: { id: string, name: string, organization: { name: string } | null } }> } } };

export type EraseMyRecordMutationVariables = Exact<{
  token: string;
}>;


export type EraseMyRecordMutation = { eraseMyRecord: boolean };

export type MyRecordExportQueryVariables = Exact<{
  token: string;
}>;


export type MyRecordExportQuery = { myRecordExport: string };

export type CurationResponseFragment = { submittedAt: string, person: { id: string, name: string, email: string | null, role: string | null, consent: { listed: boolean, contactable: boolean }, organization: { name: string } | null, region: { name: string } | null, offers: Array<{ id: string, name: string }>, seeks: Array<{ id: string, name: string }> }, namedTies: Array<{ name: string, organization: string | null, matched: boolean, person: { id: string } }>, possibleDuplicates: Array<{ reasons: Array<DuplicateReason>, person: { id: string, name: string, email: string | null, organization: { name: string } | null, region: { name: string } | null } }> };

export type WorkshopSummaryFragment = { id: string, code: string, joinPath: string, title: string, date: string, status: WorkshopStatus, responseCount: number, region: { name: string } | null };

export type FacilitatedCommunityQueryVariables = Exact<{
  slug: string;
}>;


export type FacilitatedCommunityQuery = { community: { slug: string, name: string, regions: Array<{ id: string, name: string }> } | null, workshops: Array<{ id: string, code: string, joinPath: string, title: string, date: string, status: WorkshopStatus, responseCount: number, region: { name: string } | null }> };

export type CreateWorkshopMutationVariables = Exact<{
  communitySlug: string;
  input: CreateWorkshopInput;
}>;


export type CreateWorkshopMutation = { createWorkshop: { id: string, code: string, joinPath: string, title: string, date: string, status: WorkshopStatus, responseCount: number, region: { name: string } | null } };

export type SetWorkshopStatusMutationVariables = Exact<{
  id: string;
  status: WorkshopStatus;
}>;


export type SetWorkshopStatusMutation = { setWorkshopStatus: { id: string, status: WorkshopStatus } };

export type ProjectorWorkshopFragment = { id: string, code: string, joinPath: string, title: string, date: string, status: WorkshopStatus, communitySlug: string, communityLanguage: Language, responseCount: number, region: { name: string } | null, listedArrivals: Array<{ id: string, name: string, regionId: string | null, organization: string | null, participation: ParticipationLevel, listed: boolean, offerIds: Array<string>, seekIds: Array<string> }> };

export type ProjectorWorkshopQueryVariables = Exact<{
  id: string;
}>;


export type ProjectorWorkshopQuery = { workshopById: { id: string, code: string, joinPath: string, title: string, date: string, status: WorkshopStatus, communitySlug: string, communityLanguage: Language, responseCount: number, region: { name: string } | null, listedArrivals: Array<{ id: string, name: string, regionId: string | null, organization: string | null, participation: ParticipationLevel, listed: boolean, offerIds: Array<string>, seekIds: Array<string> }> } | null };

export type WorkshopActivityFragment = { responseCount: number, person: { id: string, name: string, regionId: string | null, organization: string | null, participation: ParticipationLevel, listed: boolean, offerIds: Array<string>, seekIds: Array<string> } | null, ties: Array<{ id: string, source: string, target: string }> };

export type WorkshopActivitySubscriptionVariables = Exact<{
  code: string;
}>;


export type WorkshopActivitySubscription = { workshopActivity: { responseCount: number, person: { id: string, name: string, regionId: string | null, organization: string | null, participation: ParticipationLevel, listed: boolean, offerIds: Array<string>, seekIds: Array<string> } | null, ties: Array<{ id: string, source: string, target: string }> } };

export type CurationWorkshopQueryVariables = Exact<{
  id: string;
}>;


export type CurationWorkshopQuery = { workshopById: { id: string, code: string, title: string, date: string, status: WorkshopStatus, communitySlug: string, responseCount: number, responses: Array<{ submittedAt: string, person: { id: string, name: string, email: string | null, role: string | null, consent: { listed: boolean, contactable: boolean }, organization: { name: string } | null, region: { name: string } | null, offers: Array<{ id: string, name: string }>, seeks: Array<{ id: string, name: string }> }, namedTies: Array<{ name: string, organization: string | null, matched: boolean, person: { id: string } }>, possibleDuplicates: Array<{ reasons: Array<DuplicateReason>, person: { id: string, name: string, email: string | null, organization: { name: string } | null, region: { name: string } | null } }> }> } | null };

export type CurationVocabularyQueryVariables = Exact<{
  slug: string;
}>;


export type CurationVocabularyQuery = { community: { name: string, interests: Array<{ id: string, name: string, synonyms: Array<string> }>, organizations: Array<{ id: string, name: string }> } | null };

export type MergeMutationVariables = Exact<{
  kind: MergeKind;
  survivorId: string;
  duplicateId: string;
  choices?: Array<PersonMergeChoice> | PersonMergeChoice | null | undefined;
}>;


export type MergeMutation = { merge: boolean };

export type PersonMergePreviewQueryVariables = Exact<{
  survivorId: string;
  duplicateId: string;
  choices?: Array<PersonMergeChoice> | PersonMergeChoice | null | undefined;
}>;


export type PersonMergePreviewQuery = { personMergePreview: { name: string, email: string | null, role: string | null, organization: string | null, region: string | null, offers: Array<string>, seeks: Array<string>, tieCount: number, fields: Array<{ field: PersonMergeField, survivorValue: string | null, duplicateValue: string | null, differs: boolean, side: MergeSide }>, consent: { listed: boolean, contactable: boolean }, survivor: { consent: { listed: boolean, contactable: boolean } }, duplicate: { consent: { listed: boolean, contactable: boolean } } } };

export type ImportReportFragment = { dryRun: boolean, rows: number, created: number, matched: number, alreadyImported: number, newOrganizations: Array<string>, newInterests: Array<string>, rejected: Array<{ line: number, column: string | null, message: string }> };

export type ImportSurveyCsvMutationVariables = Exact<{
  workshopId: string;
  csv: string;
  dryRun: boolean;
}>;


export type ImportSurveyCsvMutation = { importSurveyCsv: { dryRun: boolean, rows: number, created: number, matched: number, alreadyImported: number, newOrganizations: Array<string>, newInterests: Array<string>, rejected: Array<{ line: number, column: string | null, message: string }> } };

export type ImportProgressFragment = { processed: number, total: number };

export type ImportProgressSubscriptionVariables = Exact<{
  workshopId: string;
}>;


export type ImportProgressSubscription = { importProgress: { processed: number, total: number } };

export type JoinAddressQueryVariables = Exact<{ [key: string]: never; }>;


export type JoinAddressQuery = { joinAddress: { baseUrl: string | null, loopbackOnly: boolean } };

export type SurveyCsvTemplateQueryVariables = Exact<{
  id: string;
}>;


export type SurveyCsvTemplateQuery = { workshopById: { id: string, surveyCsvTemplate: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MeFragmentDoc = new TypedDocumentString(`
    fragment Me on User {
  id
  email
  role
  communities
}
    `, {"fragmentName":"Me"}) as unknown as TypedDocumentString<MeFragment, unknown>;
export const CatalogueInterestFragmentDoc = new TypedDocumentString(`
    fragment CatalogueInterest on Interest {
  id
  name
  nameEs
  nameEn
  synonyms
  theme
  curated
}
    `, {"fragmentName":"CatalogueInterest"}) as unknown as TypedDocumentString<CatalogueInterestFragment, unknown>;
export const CatalogueOrganizationFragmentDoc = new TypedDocumentString(`
    fragment CatalogueOrganization on Organization {
  id
  name
  kind
  curated
  region {
    id
    name
  }
}
    `, {"fragmentName":"CatalogueOrganization"}) as unknown as TypedDocumentString<CatalogueOrganizationFragment, unknown>;
export const CatalogueImportReportFragmentDoc = new TypedDocumentString(`
    fragment CatalogueImportReport on CatalogueImportReport {
  dryRun
  rows
  created
  updated
  unchanged
  rejected {
    line
    column
    message
  }
}
    `, {"fragmentName":"CatalogueImportReport"}) as unknown as TypedDocumentString<CatalogueImportReportFragment, unknown>;
export const BridgeFragmentDoc = new TypedDocumentString(`
    fragment Bridge on Bridge {
  personId
  name
  betweenness
  clustersSpanned
}
    `, {"fragmentName":"Bridge"}) as unknown as TypedDocumentString<BridgeFragment, unknown>;
export const InterestCountFragmentDoc = new TypedDocumentString(`
    fragment InterestCount on InterestCount {
  interest {
    id
    name
  }
  count
}
    `, {"fragmentName":"InterestCount"}) as unknown as TypedDocumentString<InterestCountFragment, unknown>;
export const ClusterFragmentDoc = new TypedDocumentString(`
    fragment Cluster on Cluster {
  id
  name
  memberIds
  internalTies
  externalTies
  density
  tiesTo {
    clusterId
    ties
  }
  coordinatorIds
  peripheralCount
  peripheralIds
  organizationCount
  topOffered {
    ...InterestCount
  }
  topSought {
    ...InterestCount
  }
}
    fragment InterestCount on InterestCount {
  interest {
    id
    name
  }
  count
}`, {"fragmentName":"Cluster"}) as unknown as TypedDocumentString<ClusterFragment, unknown>;
export const NetworkFiguresFragmentDoc = new TypedDocumentString(`
    fragment NetworkFigures on NetworkFigures {
  people
  ties
  density
  components
  isolates
  isolateIds
  crossRegionShare
  modularity
  regionModularity
  detectedModularity
  bridgesCertainty {
    level
    sources
    agreement
    refining
  }
}
    `, {"fragmentName":"NetworkFigures"}) as unknown as TypedDocumentString<NetworkFiguresFragment, unknown>;
export const ChangedGapFragmentDoc = new TypedDocumentString(`
    fragment ChangedGap on RegionalGap {
  interest {
    name
    nameEs
    nameEn
  }
  region {
    name
  }
}
    `, {"fragmentName":"ChangedGap"}) as unknown as TypedDocumentString<ChangedGapFragment, unknown>;
export const MapPersonFragmentDoc = new TypedDocumentString(`
    fragment MapPerson on MapPerson {
  id
  name
  regionId
  organization
  participation
  listed
  offerIds
  seekIds
}
    `, {"fragmentName":"MapPerson"}) as unknown as TypedDocumentString<MapPersonFragment, unknown>;
export const MapTieFragmentDoc = new TypedDocumentString(`
    fragment MapTie on MapTie {
  id
  source
  target
}
    `, {"fragmentName":"MapTie"}) as unknown as TypedDocumentString<MapTieFragment, unknown>;
export const CommunityMapDataFragmentDoc = new TypedDocumentString(`
    fragment CommunityMapData on CommunityMap {
  regions {
    id
    name
    latitude
    longitude
  }
  people {
    ...MapPerson
  }
  ties {
    ...MapTie
  }
}
    fragment MapPerson on MapPerson {
  id
  name
  regionId
  organization
  participation
  listed
  offerIds
  seekIds
}
fragment MapTie on MapTie {
  id
  source
  target
}`, {"fragmentName":"CommunityMapData"}) as unknown as TypedDocumentString<CommunityMapDataFragment, unknown>;
export const PersonCardFragmentDoc = new TypedDocumentString(`
    fragment PersonCard on Person {
  id
  name
  role
  participation
  organization {
    id
    name
  }
  region {
    id
    name
  }
}
    `, {"fragmentName":"PersonCard"}) as unknown as TypedDocumentString<PersonCardFragment, unknown>;
export const InterestRefFragmentDoc = new TypedDocumentString(`
    fragment InterestRef on Interest {
  id
  name
  nameEs
  nameEn
}
    `, {"fragmentName":"InterestRef"}) as unknown as TypedDocumentString<InterestRefFragment, unknown>;
export const PersonProfileFragmentDoc = new TypedDocumentString(`
    fragment PersonProfile on Person {
  ...PersonCard
  offers {
    ...InterestRef
  }
  seeks {
    ...InterestRef
  }
}
    fragment InterestRef on Interest {
  id
  name
  nameEs
  nameEn
}
fragment PersonCard on Person {
  id
  name
  role
  participation
  organization {
    id
    name
  }
  region {
    id
    name
  }
}`, {"fragmentName":"PersonProfile"}) as unknown as TypedDocumentString<PersonProfileFragment, unknown>;
export const InterestGapFragmentDoc = new TypedDocumentString(`
    fragment InterestGap on InterestGap {
  region {
    id
    name
  }
  seekers {
    ...PersonCard
  }
  nearestOfferers {
    hops
    person {
      ...PersonCard
    }
  }
}
    fragment PersonCard on Person {
  id
  name
  role
  participation
  organization {
    id
    name
  }
  region {
    id
    name
  }
}`, {"fragmentName":"InterestGap"}) as unknown as TypedDocumentString<InterestGapFragment, unknown>;
export const PeerSuggestionFragmentDoc = new TypedDocumentString(`
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
    fragment InterestRef on Interest {
  id
  name
  nameEs
  nameEn
}
fragment PersonCard on Person {
  id
  name
  role
  participation
  organization {
    id
    name
  }
  region {
    id
    name
  }
}`, {"fragmentName":"PeerSuggestion"}) as unknown as TypedDocumentString<PeerSuggestionFragment, unknown>;
export const SettingsRegionFragmentDoc = new TypedDocumentString(`
    fragment SettingsRegion on Region {
  id
  name
  peopleCount
  latitude
  longitude
  parent {
    id
    name
  }
}
    `, {"fragmentName":"SettingsRegion"}) as unknown as TypedDocumentString<SettingsRegionFragment, unknown>;
export const SharedCommunityFragmentDoc = new TypedDocumentString(`
    fragment SharedCommunity on SharedCommunity {
  path
  communitySlug
  communityName
}
    `, {"fragmentName":"SharedCommunity"}) as unknown as TypedDocumentString<SharedCommunityFragment, unknown>;
export const SurveyLimitsFragmentDoc = new TypedDocumentString(`
    fragment SurveyLimits on SurveyLimits {
  maxTextLength
  maxInterests
  maxTies
}
    `, {"fragmentName":"SurveyLimits"}) as unknown as TypedDocumentString<SurveyLimitsFragment, unknown>;
export const PersonHintFragmentDoc = new TypedDocumentString(`
    fragment PersonHint on PersonHint {
  id
  name
  organization
}
    `, {"fragmentName":"PersonHint"}) as unknown as TypedDocumentString<PersonHintFragment, unknown>;
export const InterestOptionFragmentDoc = new TypedDocumentString(`
    fragment InterestOption on Interest {
  id
  name
  nameEs
  nameEn
  synonyms
}
    `, {"fragmentName":"InterestOption"}) as unknown as TypedDocumentString<InterestOptionFragment, unknown>;
export const SurveySettingsFragmentDoc = new TypedDocumentString(`
    fragment SurveySettings on SurveySettings {
  introEs
  introEn
  consentEs
  consentEn
  askEmail
  askRole
  askOrganization
  askTies
  maxInterests
  maxTies
}
    `, {"fragmentName":"SurveySettings"}) as unknown as TypedDocumentString<SurveySettingsFragment, unknown>;
export const WorkshopJoinInfoFragmentDoc = new TypedDocumentString(`
    fragment WorkshopJoinInfo on WorkshopJoinInfo {
  code
  title
  date
  status
  communityName
  communityLanguage
  region {
    id
    name
  }
  regions {
    id
    name
  }
  organizations {
    id
    name
  }
  interests {
    ...InterestOption
  }
  surveySettings {
    ...SurveySettings
  }
}
    fragment InterestOption on Interest {
  id
  name
  nameEs
  nameEn
  synonyms
}
fragment SurveySettings on SurveySettings {
  introEs
  introEn
  consentEs
  consentEn
  askEmail
  askRole
  askOrganization
  askTies
  maxInterests
  maxTies
}`, {"fragmentName":"WorkshopJoinInfo"}) as unknown as TypedDocumentString<WorkshopJoinInfoFragment, unknown>;
export const SurveyReceiptFragmentDoc = new TypedDocumentString(`
    fragment SurveyReceipt on SurveyReceipt {
  personId
  privateToken
}
    `, {"fragmentName":"SurveyReceipt"}) as unknown as TypedDocumentString<SurveyReceiptFragment, unknown>;
export const ReportedTieFragmentDoc = new TypedDocumentString(`
    fragment ReportedTie on ReportedTie {
  personId
  name
  organization
}
    `, {"fragmentName":"ReportedTie"}) as unknown as TypedDocumentString<ReportedTieFragment, unknown>;
export const MyRecordFragmentDoc = new TypedDocumentString(`
    fragment MyRecord on MyRecord {
  communityName
  workshopCode
  reportedTies {
    ...ReportedTie
  }
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
      id
      name
    }
    region {
      id
      name
    }
    offers {
      ...InterestOption
    }
    seeks {
      ...InterestOption
    }
    knows {
      reportedById
      confirmed
      person {
        id
        name
        organization {
          name
        }
      }
    }
  }
}
    fragment InterestOption on Interest {
  id
  name
  nameEs
  nameEn
  synonyms
}
fragment ReportedTie on ReportedTie {
  personId
  name
  organization
}`, {"fragmentName":"MyRecord"}) as unknown as TypedDocumentString<MyRecordFragment, unknown>;
export const CurationResponseFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"CurationResponse"}) as unknown as TypedDocumentString<CurationResponseFragment, unknown>;
export const WorkshopSummaryFragmentDoc = new TypedDocumentString(`
    fragment WorkshopSummary on Workshop {
  id
  code
  joinPath
  title
  date
  status
  responseCount
  region {
    name
  }
}
    `, {"fragmentName":"WorkshopSummary"}) as unknown as TypedDocumentString<WorkshopSummaryFragment, unknown>;
export const ProjectorWorkshopFragmentDoc = new TypedDocumentString(`
    fragment ProjectorWorkshop on Workshop {
  id
  code
  joinPath
  title
  date
  status
  communitySlug
  communityLanguage
  responseCount
  region {
    name
  }
  listedArrivals {
    ...MapPerson
  }
}
    fragment MapPerson on MapPerson {
  id
  name
  regionId
  organization
  participation
  listed
  offerIds
  seekIds
}`, {"fragmentName":"ProjectorWorkshop"}) as unknown as TypedDocumentString<ProjectorWorkshopFragment, unknown>;
export const WorkshopActivityFragmentDoc = new TypedDocumentString(`
    fragment WorkshopActivity on WorkshopActivity {
  responseCount
  person {
    ...MapPerson
  }
  ties {
    ...MapTie
  }
}
    fragment MapPerson on MapPerson {
  id
  name
  regionId
  organization
  participation
  listed
  offerIds
  seekIds
}
fragment MapTie on MapTie {
  id
  source
  target
}`, {"fragmentName":"WorkshopActivity"}) as unknown as TypedDocumentString<WorkshopActivityFragment, unknown>;
export const ImportReportFragmentDoc = new TypedDocumentString(`
    fragment ImportReport on ImportReport {
  dryRun
  rows
  created
  matched
  alreadyImported
  rejected {
    line
    column
    message
  }
  newOrganizations
  newInterests
}
    `, {"fragmentName":"ImportReport"}) as unknown as TypedDocumentString<ImportReportFragment, unknown>;
export const ImportProgressFragmentDoc = new TypedDocumentString(`
    fragment ImportProgress on ImportProgress {
  processed
  total
}
    `, {"fragmentName":"ImportProgress"}) as unknown as TypedDocumentString<ImportProgressFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...Me
  }
}
    fragment Me on User {
  id
  email
  role
  communities
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    ...Me
  }
}
    fragment Me on User {
  id
  email
  role
  communities
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const CatalogueDocument = new TypedDocumentString(`
    query Catalogue($slug: String!) {
  community(slug: $slug) {
    id
    slug
    name
    regions {
      id
      name
    }
    organizations {
      ...CatalogueOrganization
    }
    interests {
      ...CatalogueInterest
    }
  }
}
    fragment CatalogueInterest on Interest {
  id
  name
  nameEs
  nameEn
  synonyms
  theme
  curated
}
fragment CatalogueOrganization on Organization {
  id
  name
  kind
  curated
  region {
    id
    name
  }
}`) as unknown as TypedDocumentString<CatalogueQuery, CatalogueQueryVariables>;
export const CreateInterestDocument = new TypedDocumentString(`
    mutation CreateInterest($slug: String!, $input: InterestInput!) {
  createInterest(communitySlug: $slug, input: $input) {
    ...CatalogueInterest
  }
}
    fragment CatalogueInterest on Interest {
  id
  name
  nameEs
  nameEn
  synonyms
  theme
  curated
}`) as unknown as TypedDocumentString<CreateInterestMutation, CreateInterestMutationVariables>;
export const UpdateInterestDocument = new TypedDocumentString(`
    mutation UpdateInterest($id: ID!, $input: InterestInput!) {
  updateInterest(id: $id, input: $input) {
    ...CatalogueInterest
  }
}
    fragment CatalogueInterest on Interest {
  id
  name
  nameEs
  nameEn
  synonyms
  theme
  curated
}`) as unknown as TypedDocumentString<UpdateInterestMutation, UpdateInterestMutationVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($slug: String!, $input: OrganizationInput!) {
  createOrganization(communitySlug: $slug, input: $input) {
    ...CatalogueOrganization
  }
}
    fragment CatalogueOrganization on Organization {
  id
  name
  kind
  curated
  region {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {
  updateOrganization(id: $id, input: $input) {
    ...CatalogueOrganization
  }
}
    fragment CatalogueOrganization on Organization {
  id
  name
  kind
  curated
  region {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const ImportCatalogueCsvDocument = new TypedDocumentString(`
    mutation ImportCatalogueCsv($slug: String!, $kind: CatalogueKind!, $csv: String!, $dryRun: Boolean!) {
  importCatalogueCsv(
    communitySlug: $slug
    kind: $kind
    csv: $csv
    dryRun: $dryRun
  ) {
    ...CatalogueImportReport
  }
}
    fragment CatalogueImportReport on CatalogueImportReport {
  dryRun
  rows
  created
  updated
  unchanged
  rejected {
    line
    column
    message
  }
}`) as unknown as TypedDocumentString<ImportCatalogueCsvMutation, ImportCatalogueCsvMutationVariables>;
export const CommunitySurveySettingsDocument = new TypedDocumentString(`
    query CommunitySurveySettings($slug: String!) {
  surveyLimits {
    maxInterests
    maxTies
  }
  community(slug: $slug) {
    id
    name
    surveySettings {
      ...SurveySettings
    }
  }
  workshops(communitySlug: $slug) {
    id
    code
    status
  }
}
    fragment SurveySettings on SurveySettings {
  introEs
  introEn
  consentEs
  consentEn
  askEmail
  askRole
  askOrganization
  askTies
  maxInterests
  maxTies
}`) as unknown as TypedDocumentString<CommunitySurveySettingsQuery, CommunitySurveySettingsQueryVariables>;
export const UpdateSurveySettingsDocument = new TypedDocumentString(`
    mutation UpdateSurveySettings($slug: String!, $input: SurveySettingsInput!) {
  updateSurveySettings(communitySlug: $slug, input: $input) {
    ...SurveySettings
  }
}
    fragment SurveySettings on SurveySettings {
  introEs
  introEn
  consentEs
  consentEn
  askEmail
  askRole
  askOrganization
  askTies
  maxInterests
  maxTies
}`) as unknown as TypedDocumentString<UpdateSurveySettingsMutation, UpdateSurveySettingsMutationVariables>;
export const ClusterMapDocument = new TypedDocumentString(`
    query ClusterMap($slug: String!, $groupBy: ClusterGrouping!, $interestId: ID, $asOf: String) {
  community(slug: $slug) {
    clusterMap(groupBy: $groupBy, interestId: $interestId, asOf: $asOf) {
      groupBy
      clusters {
        ...Cluster
      }
      network {
        ...NetworkFigures
      }
      bridges {
        ...Bridge
      }
    }
  }
}
    fragment Bridge on Bridge {
  personId
  name
  betweenness
  clustersSpanned
}
fragment InterestCount on InterestCount {
  interest {
    id
    name
  }
  count
}
fragment Cluster on Cluster {
  id
  name
  memberIds
  internalTies
  externalTies
  density
  tiesTo {
    clusterId
    ties
  }
  coordinatorIds
  peripheralCount
  peripheralIds
  organizationCount
  topOffered {
    ...InterestCount
  }
  topSought {
    ...InterestCount
  }
}
fragment NetworkFigures on NetworkFigures {
  people
  ties
  density
  components
  isolates
  isolateIds
  crossRegionShare
  modularity
  regionModularity
  detectedModularity
  bridgesCertainty {
    level
    sources
    agreement
    refining
  }
}`) as unknown as TypedDocumentString<ClusterMapQuery, ClusterMapQueryVariables>;
export const CommunitiesDocument = new TypedDocumentString(`
    query Communities {
  communities {
    slug
    name
    description
    peopleCount
  }
}
    `) as unknown as TypedDocumentString<CommunitiesQuery, CommunitiesQueryVariables>;
export const CommunityMapDocument = new TypedDocumentString(`
    query CommunityMap($slug: String!, $publicView: Boolean = false) {
  community(slug: $slug) {
    name
    defaultLanguage
    description
    interests {
      id
      name
      nameEs
      nameEn
    }
    map(publicView: $publicView) {
      ...CommunityMapData
    }
  }
}
    fragment MapPerson on MapPerson {
  id
  name
  regionId
  organization
  participation
  listed
  offerIds
  seekIds
}
fragment MapTie on MapTie {
  id
  source
  target
}
fragment CommunityMapData on CommunityMap {
  regions {
    id
    name
    latitude
    longitude
  }
  people {
    ...MapPerson
  }
  ties {
    ...MapTie
  }
}`) as unknown as TypedDocumentString<CommunityMapQuery, CommunityMapQueryVariables>;
export const HomePublicDocument = new TypedDocumentString(`
    query HomePublic {
  demo {
    ...SharedCommunity
  }
  needsFirstAdmin
}
    fragment SharedCommunity on SharedCommunity {
  path
  communitySlug
  communityName
}`) as unknown as TypedDocumentString<HomePublicQuery, HomePublicQueryVariables>;
export const GrowthDocument = new TypedDocumentString(`
    query Growth($slug: String!, $since: String!) {
  community(slug: $slug) {
    name
    defaultLanguage
    snapshots {
      id
      takenAt
      workshopTitle
      people
      ties
      density
      components
      isolates
      crossRegionShare
      regionModularity
      detectedModularity
      participation {
        coordinators
        active
        peripheral
        moved
      }
      openGaps {
        interest {
          id
        }
      }
    }
    changes(since: $since, first: 20) {
      newPeople {
        id
        name
      }
      newPeopleCount
      newTieCount
      newCrossRegionTieCount
      newBridges {
        id
        name
      }
      gapsClosed {
        ...ChangedGap
      }
      gapsOpened {
        ...ChangedGap
      }
    }
  }
}
    fragment ChangedGap on RegionalGap {
  interest {
    name
    nameEs
    nameEn
  }
  region {
    name
  }
}`) as unknown as TypedDocumentString<GrowthQuery, GrowthQueryVariables>;
export const ReplayMomentsDocument = new TypedDocumentString(`
    query ReplayMoments($slug: String!) {
  community(slug: $slug) {
    snapshots {
      id
      takenAt
      trigger
      workshopTitle
      workshopDate
    }
  }
}
    `) as unknown as TypedDocumentString<ReplayMomentsQuery, ReplayMomentsQueryVariables>;
export const MapAsOfDocument = new TypedDocumentString(`
    query MapAsOf($slug: String!, $asOf: String!) {
  community(slug: $slug) {
    map(asOf: $asOf) {
      ...CommunityMapData
    }
  }
}
    fragment MapPerson on MapPerson {
  id
  name
  regionId
  organization
  participation
  listed
  offerIds
  seekIds
}
fragment MapTie on MapTie {
  id
  source
  target
}
fragment CommunityMapData on CommunityMap {
  regions {
    id
    name
    latitude
    longitude
  }
  people {
    ...MapPerson
  }
  ties {
    ...MapTie
  }
}`) as unknown as TypedDocumentString<MapAsOfQuery, MapAsOfQueryVariables>;
export const PeerFinderDocument = new TypedDocumentString(`
    query PeerFinder($slug: String!) {
  community(slug: $slug) {
    name
    defaultLanguage
    map {
      ...CommunityMapData
    }
    organizations {
      id
      name
    }
    interests {
      ...InterestRef
    }
  }
}
    fragment MapPerson on MapPerson {
  id
  name
  regionId
  organization
  participation
  listed
  offerIds
  seekIds
}
fragment MapTie on MapTie {
  id
  source
  target
}
fragment CommunityMapData on CommunityMap {
  regions {
    id
    name
    latitude
    longitude
  }
  people {
    ...MapPerson
  }
  ties {
    ...MapTie
  }
}
fragment InterestRef on Interest {
  id
  name
  nameEs
  nameEn
}`) as unknown as TypedDocumentString<PeerFinderQuery, PeerFinderQueryVariables>;
export const SearchPeopleDocument = new TypedDocumentString(`
    query SearchPeople($slug: String!, $search: PeopleSearch!, $first: Int, $after: String) {
  community(slug: $slug) {
    searchPeople(search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        match
        node {
          ...PersonProfile
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment PersonProfile on Person {
  ...PersonCard
  offers {
    ...InterestRef
  }
  seeks {
    ...InterestRef
  }
}
fragment InterestRef on Interest {
  id
  name
  nameEs
  nameEn
}
fragment PersonCard on Person {
  id
  name
  role
  participation
  organization {
    id
    name
  }
  region {
    id
    name
  }
}`) as unknown as TypedDocumentString<SearchPeopleQuery, SearchPeopleQueryVariables>;
export const PersonProfileDocument = new TypedDocumentString(`
    query PersonProfile($slug: String!, $id: ID!) {
  community(slug: $slug) {
    person(id: $id) {
      ...PersonProfile
    }
  }
}
    fragment PersonProfile on Person {
  ...PersonCard
  offers {
    ...InterestRef
  }
  seeks {
    ...InterestRef
  }
}
fragment InterestRef on Interest {
  id
  name
  nameEs
  nameEn
}
fragment PersonCard on Person {
  id
  name
  role
  participation
  organization {
    id
    name
  }
  region {
    id
    name
  }
}`) as unknown as TypedDocumentString<PersonProfileQuery, PersonProfileQueryVariables>;
export const PeerSuggestionsDocument = new TypedDocumentString(`
    query PeerSuggestions($slug: String!, $personId: ID!, $first: Int, $preference: RegionPreference, $language: ReasonLanguage) {
  community(slug: $slug) {
    person(id: $personId) {
      ...PersonProfile
    }
    peerSuggestions(personId: $personId, first: $first, preference: $preference) {
      ...PeerSuggestion
    }
  }
}
    fragment PersonProfile on Person {
  ...PersonCard
  offers {
    ...InterestRef
  }
  seeks {
    ...InterestRef
  }
}
fragment InterestRef on Interest {
  id
  name
  nameEs
  nameEn
}
fragment PersonCard on Person {
  id
  name
  role
  participation
  organization {
    id
    name
  }
  region {
    id
    name
  }
}
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
}`) as unknown as TypedDocumentString<PeerSuggestionsQuery, PeerSuggestionsQueryVariables>;
export const IntroductionPathDocument = new TypedDocumentString(`
    query IntroductionPath($slug: String!, $fromId: ID!, $toId: ID!) {
  community(slug: $slug) {
    introductionPath(fromId: $fromId, toId: $toId) {
      ...PersonCard
    }
  }
}
    fragment PersonCard on Person {
  id
  name
  role
  participation
  organization {
    id
    name
  }
  region {
    id
    name
  }
}`) as unknown as TypedDocumentString<IntroductionPathQuery, IntroductionPathQueryVariables>;
export const InterestPageDocument = new TypedDocumentString(`
    query InterestPage($slug: String!, $id: ID!) {
  community(slug: $slug) {
    defaultLanguage
    name
    interestPage(id: $id) {
      interest {
        ...InterestRef
        synonyms
      }
      offeredBy {
        ...PersonCard
      }
      soughtBy {
        ...PersonCard
      }
      regions {
        region {
          id
          name
        }
        offerers
        seekers
      }
      gaps {
        ...InterestGap
      }
    }
  }
}
    fragment InterestRef on Interest {
  id
  name
  nameEs
  nameEn
}
fragment InterestGap on InterestGap {
  region {
    id
    name
  }
  seekers {
    ...PersonCard
  }
  nearestOfferers {
    hops
    person {
      ...PersonCard
    }
  }
}
fragment PersonCard on Person {
  id
  name
  role
  participation
  organization {
    id
    name
  }
  region {
    id
    name
  }
}`) as unknown as TypedDocumentString<InterestPageQuery, InterestPageQueryVariables>;
export const MyPeerSuggestionsDocument = new TypedDocumentString(`
    query MyPeerSuggestions($token: String!, $first: Int, $language: ReasonLanguage) {
  myRecord(token: $token) {
    peerSuggestions(first: $first) {
      person {
        id
        name
      }
      reasons(language: $language)
    }
  }
}
    `) as unknown as TypedDocumentString<MyPeerSuggestionsQuery, MyPeerSuggestionsQueryVariables>;
export const AdminCommunitiesDocument = new TypedDocumentString(`
    query AdminCommunities {
  communities(includeArchived: true) {
    id
    slug
    name
    description
    defaultLanguage
    archived
    peopleCount
  }
}
    `) as unknown as TypedDocumentString<AdminCommunitiesQuery, AdminCommunitiesQueryVariables>;
export const CreateCommunityDocument = new TypedDocumentString(`
    mutation CreateCommunity($input: CreateCommunityInput!) {
  createCommunity(input: $input) {
    slug
  }
}
    `) as unknown as TypedDocumentString<CreateCommunityMutation, CreateCommunityMutationVariables>;
export const SetCommunityArchivedDocument = new TypedDocumentString(`
    mutation SetCommunityArchived($slug: String!, $archived: Boolean!) {
  setCommunityArchived(slug: $slug, archived: $archived) {
    slug
    archived
  }
}
    `) as unknown as TypedDocumentString<SetCommunityArchivedMutation, SetCommunityArchivedMutationVariables>;
export const CommunitySettingsDocument = new TypedDocumentString(`
    query CommunitySettings($slug: String!) {
  community(slug: $slug) {
    id
    slug
    name
    description
    defaultLanguage
    contact
    archived
    regions {
      ...SettingsRegion
    }
    facilitators {
      id
      email
      role
    }
    invitations {
      id
      email
      expiresAt
    }
  }
}
    fragment SettingsRegion on Region {
  id
  name
  peopleCount
  latitude
  longitude
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<CommunitySettingsQuery, CommunitySettingsQueryVariables>;
export const UpdateCommunityDocument = new TypedDocumentString(`
    mutation UpdateCommunity($slug: String!, $input: UpdateCommunityInput!) {
  updateCommunity(slug: $slug, input: $input) {
    slug
  }
}
    `) as unknown as TypedDocumentString<UpdateCommunityMutation, UpdateCommunityMutationVariables>;
export const CreateRegionDocument = new TypedDocumentString(`
    mutation CreateRegion($communitySlug: String!, $input: RegionInput!) {
  createRegion(communitySlug: $communitySlug, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateRegionMutation, CreateRegionMutationVariables>;
export const UpdateRegionDocument = new TypedDocumentString(`
    mutation UpdateRegion($id: ID!, $input: RegionInput!) {
  updateRegion(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateRegionMutation, UpdateRegionMutationVariables>;
export const ReorderRegionsDocument = new TypedDocumentString(`
    mutation ReorderRegions($communitySlug: String!, $ids: [ID!]!) {
  reorderRegions(communitySlug: $communitySlug, ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReorderRegionsMutation, ReorderRegionsMutationVariables>;
export const MergeRegionsDocument = new TypedDocumentString(`
    mutation MergeRegions($survivorId: ID!, $duplicateId: ID!) {
  mergeRegions(survivorId: $survivorId, duplicateId: $duplicateId) {
    id
  }
}
    `) as unknown as TypedDocumentString<MergeRegionsMutation, MergeRegionsMutationVariables>;
export const DeleteRegionDocument = new TypedDocumentString(`
    mutation DeleteRegion($id: ID!) {
  deleteRegion(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteRegionMutation, DeleteRegionMutationVariables>;
export const InviteFacilitatorDocument = new TypedDocumentString(`
    mutation InviteFacilitator($communitySlug: String!, $email: String!) {
  inviteFacilitator(communitySlug: $communitySlug, email: $email) {
    path
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InviteFacilitatorMutation, InviteFacilitatorMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($communitySlug: String!, $invitationId: ID!) {
  revokeInvitation(communitySlug: $communitySlug, invitationId: $invitationId)
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const RemoveFacilitatorDocument = new TypedDocumentString(`
    mutation RemoveFacilitator($communitySlug: String!, $userId: ID!) {
  removeFacilitator(communitySlug: $communitySlug, userId: $userId)
}
    `) as unknown as TypedDocumentString<RemoveFacilitatorMutation, RemoveFacilitatorMutationVariables>;
export const IssuePasswordResetDocument = new TypedDocumentString(`
    mutation IssuePasswordReset($email: String!) {
  issuePasswordReset(email: $email) {
    path
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<IssuePasswordResetMutation, IssuePasswordResetMutationVariables>;
export const InvitationDocument = new TypedDocumentString(`
    query Invitation($token: String!) {
  invitation(token: $token) {
    status
    communityName
    email
    accountExists
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationQuery, InvitationQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) {
    ...Me
  }
}
    fragment Me on User {
  id
  email
  role
  communities
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const PasswordResetDocument = new TypedDocumentString(`
    query PasswordReset($token: String!) {
  passwordReset(token: $token) {
    status
    email
  }
}
    `) as unknown as TypedDocumentString<PasswordResetQuery, PasswordResetQueryVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword) {
    ...Me
  }
}
    fragment Me on User {
  id
  email
  role
  communities
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const NeedsFirstAdminDocument = new TypedDocumentString(`
    query NeedsFirstAdmin {
  needsFirstAdmin
}
    `) as unknown as TypedDocumentString<NeedsFirstAdminQuery, NeedsFirstAdminQueryVariables>;
export const CreateFirstAdminDocument = new TypedDocumentString(`
    mutation CreateFirstAdmin($setupToken: String!, $email: String!, $password: String!) {
  createFirstAdmin(setupToken: $setupToken, email: $email, password: $password) {
    ...Me
  }
}
    fragment Me on User {
  id
  email
  role
  communities
}`) as unknown as TypedDocumentString<CreateFirstAdminMutation, CreateFirstAdminMutationVariables>;
export const ShareLinkDocument = new TypedDocumentString(`
    query ShareLink($token: String!) {
  shareLink(token: $token) {
    ...SharedCommunity
  }
}
    fragment SharedCommunity on SharedCommunity {
  path
  communitySlug
  communityName
}`) as unknown as TypedDocumentString<ShareLinkQuery, ShareLinkQueryVariables>;
export const ShareLinkStatusDocument = new TypedDocumentString(`
    query ShareLinkStatus($slug: String!) {
  community(slug: $slug) {
    slug
    shareLinks {
      id
      name
      createdAt
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ShareLinkStatusQuery, ShareLinkStatusQueryVariables>;
export const CreateShareLinkDocument = new TypedDocumentString(`
    mutation CreateShareLink($communitySlug: String!, $name: String) {
  createShareLink(communitySlug: $communitySlug, name: $name) {
    ...SharedCommunity
  }
}
    fragment SharedCommunity on SharedCommunity {
  path
  communitySlug
  communityName
}`) as unknown as TypedDocumentString<CreateShareLinkMutation, CreateShareLinkMutationVariables>;
export const RevokeShareLinkDocument = new TypedDocumentString(`
    mutation RevokeShareLink($communitySlug: String!, $id: ID!) {
  revokeShareLink(communitySlug: $communitySlug, id: $id)
}
    `) as unknown as TypedDocumentString<RevokeShareLinkMutation, RevokeShareLinkMutationVariables>;
export const SurveyJoinDocument = new TypedDocumentString(`
    query SurveyJoin($code: String!) {
  surveyLimits {
    ...SurveyLimits
  }
  workshop(code: $code) {
    ...WorkshopJoinInfo
  }
}
    fragment InterestOption on Interest {
  id
  name
  nameEs
  nameEn
  synonyms
}
fragment SurveyLimits on SurveyLimits {
  maxTextLength
  maxInterests
  maxTies
}
fragment SurveySettings on SurveySettings {
  introEs
  introEn
  consentEs
  consentEn
  askEmail
  askRole
  askOrganization
  askTies
  maxInterests
  maxTies
}
fragment WorkshopJoinInfo on WorkshopJoinInfo {
  code
  title
  date
  status
  communityName
  communityLanguage
  region {
    id
    name
  }
  regions {
    id
    name
  }
  organizations {
    id
    name
  }
  interests {
    ...InterestOption
  }
  surveySettings {
    ...SurveySettings
  }
}`) as unknown as TypedDocumentString<SurveyJoinQuery, SurveyJoinQueryVariables>;
export const SurveyPeopleSearchDocument = new TypedDocumentString(`
    query SurveyPeopleSearch($code: String!, $search: String!) {
  workshop(code: $code) {
    people(search: $search) {
      ...PersonHint
    }
  }
}
    fragment PersonHint on PersonHint {
  id
  name
  organization
}`) as unknown as TypedDocumentString<SurveyPeopleSearchQuery, SurveyPeopleSearchQueryVariables>;
export const SubmitSurveyDocument = new TypedDocumentString(`
    mutation SubmitSurvey($code: String!, $input: SurveyInput!) {
  submitSurvey(code: $code, input: $input) {
    ...SurveyReceipt
  }
}
    fragment SurveyReceipt on SurveyReceipt {
  personId
  privateToken
}`) as unknown as TypedDocumentString<SubmitSurveyMutation, SubmitSurveyMutationVariables>;
export const MyRecordDocument = new TypedDocumentString(`
    query MyRecord($token: String!) {
  surveyLimits {
    ...SurveyLimits
  }
  myRecord(token: $token) {
    ...MyRecord
  }
}
    fragment InterestOption on Interest {
  id
  name
  nameEs
  nameEn
  synonyms
}
fragment SurveyLimits on SurveyLimits {
  maxTextLength
  maxInterests
  maxTies
}
fragment ReportedTie on ReportedTie {
  personId
  name
  organization
}
fragment MyRecord on MyRecord {
  communityName
  workshopCode
  reportedTies {
    ...ReportedTie
  }
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
      id
      name
    }
    region {
      id
      name
    }
    offers {
      ...InterestOption
    }
    seeks {
      ...InterestOption
    }
    knows {
      reportedById
      confirmed
      person {
        id
        name
        organization {
          name
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<MyRecordQuery, MyRecordQueryVariables>;
export const UpdateMyRecordDocument = new TypedDocumentString(`
    mutation UpdateMyRecord($token: String!, $input: SurveyInput!) {
  updateMyRecord(token: $token, input: $input) {
    ...MyRecord
  }
}
    fragment InterestOption on Interest {
  id
  name
  nameEs
  nameEn
  synonyms
}
fragment ReportedTie on ReportedTie {
  personId
  name
  organization
}
fragment MyRecord on MyRecord {
  communityName
  workshopCode
  reportedTies {
    ...ReportedTie
  }
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
      id
      name
    }
    region {
      id
      name
    }
    offers {
      ...InterestOption
    }
    seeks {
      ...InterestOption
    }
    knows {
      reportedById
      confirmed
      person {
        id
        name
        organization {
          name
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<UpdateMyRecordMutation, UpdateMyRecordMutationVariables>;
export const EraseMyRecordDocument = new TypedDocumentString(`
    mutation EraseMyRecord($token: String!) {
  eraseMyRecord(token: $token)
}
    `) as unknown as TypedDocumentString<EraseMyRecordMutation, EraseMyRecordMutationVariables>;
export const MyRecordExportDocument = new TypedDocumentString(`
    query MyRecordExport($token: String!) {
  myRecordExport(token: $token)
}
    `) as unknown as TypedDocumentString<MyRecordExportQuery, MyRecordExportQueryVariables>;
export const FacilitatedCommunityDocument = new TypedDocumentString(`
    query FacilitatedCommunity($slug: String!) {
  community(slug: $slug) {
    slug
    name
    regions {
      id
      name
    }
  }
  workshops(communitySlug: $slug) {
    ...WorkshopSummary
  }
}
    fragment WorkshopSummary on Workshop {
  id
  code
  joinPath
  title
  date
  status
  responseCount
  region {
    name
  }
}`) as unknown as TypedDocumentString<FacilitatedCommunityQuery, FacilitatedCommunityQueryVariables>;
export const CreateWorkshopDocument = new TypedDocumentString(`
    mutation CreateWorkshop($communitySlug: String!, $input: CreateWorkshopInput!) {
  createWorkshop(communitySlug: $communitySlug, input: $input) {
    ...WorkshopSummary
  }
}
    fragment WorkshopSummary on Workshop {
  id
  code
  joinPath
  title
  date
  status
  responseCount
  region {
    name
  }
}`) as unknown as TypedDocumentString<CreateWorkshopMutation, CreateWorkshopMutationVariables>;
export const SetWorkshopStatusDocument = new TypedDocumentString(`
    mutation SetWorkshopStatus($id: ID!, $status: WorkshopStatus!) {
  setWorkshopStatus(id: $id, status: $status) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SetWorkshopStatusMutation, SetWorkshopStatusMutationVariables>;
export const ProjectorWorkshopDocument = new TypedDocumentString(`
    query ProjectorWorkshop($id: ID!) {
  workshopById(id: $id) {
    ...ProjectorWorkshop
  }
}
    fragment MapPerson on MapPerson {
  id
  name
  regionId
  organization
  participation
  listed
  offerIds
  seekIds
}
fragment ProjectorWorkshop on Workshop {
  id
  code
  joinPath
  title
  date
  status
  communitySlug
  communityLanguage
  responseCount
  region {
    name
  }
  listedArrivals {
    ...MapPerson
  }
}`) as unknown as TypedDocumentString<ProjectorWorkshopQuery, ProjectorWorkshopQueryVariables>;
export const WorkshopActivityDocument = new TypedDocumentString(`
    subscription WorkshopActivity($code: String!) {
  workshopActivity(code: $code) {
    ...WorkshopActivity
  }
}
    fragment MapPerson on MapPerson {
  id
  name
  regionId
  organization
  participation
  listed
  offerIds
  seekIds
}
fragment MapTie on MapTie {
  id
  source
  target
}
fragment WorkshopActivity on WorkshopActivity {
  responseCount
  person {
    ...MapPerson
  }
  ties {
    ...MapTie
  }
}`) as unknown as TypedDocumentString<WorkshopActivitySubscription, WorkshopActivitySubscriptionVariables>;
export const CurationWorkshopDocument = new TypedDocumentString(`
    query CurationWorkshop($id: ID!) {
  workshopById(id: $id) {
    id
    code
    title
    date
    status
    communitySlug
    responseCount
    responses {
      ...CurationResponse
    }
  }
}
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
}`) as unknown as TypedDocumentString<CurationWorkshopQuery, CurationWorkshopQueryVariables>;
export const CurationVocabularyDocument = new TypedDocumentString(`
    query CurationVocabulary($slug: String!) {
  community(slug: $slug) {
    name
    interests {
      id
      name
      synonyms
    }
    organizations {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CurationVocabularyQuery, CurationVocabularyQueryVariables>;
export const MergeDocument = new TypedDocumentString(`
    mutation Merge($kind: MergeKind!, $survivorId: ID!, $duplicateId: ID!, $choices: [PersonMergeChoice!]) {
  merge(
    kind: $kind
    survivorId: $survivorId
    duplicateId: $duplicateId
    choices: $choices
  )
}
    `) as unknown as TypedDocumentString<MergeMutation, MergeMutationVariables>;
export const PersonMergePreviewDocument = new TypedDocumentString(`
    query PersonMergePreview($survivorId: ID!, $duplicateId: ID!, $choices: [PersonMergeChoice!]) {
  personMergePreview(
    survivorId: $survivorId
    duplicateId: $duplicateId
    choices: $choices
  ) {
    fields {
      field
      survivorValue
      duplicateValue
      differs
      side
    }
    name
    email
    role
    organization
    region
    consent {
      listed
      contactable
    }
    survivor {
      consent {
        listed
        contactable
      }
    }
    duplicate {
      consent {
        listed
        contactable
      }
    }
    offers
    seeks
    tieCount
  }
}
    `) as unknown as TypedDocumentString<PersonMergePreviewQuery, PersonMergePreviewQueryVariables>;
export const ImportSurveyCsvDocument = new TypedDocumentString(`
    mutation ImportSurveyCsv($workshopId: ID!, $csv: String!, $dryRun: Boolean!) {
  importSurveyCsv(workshopId: $workshopId, csv: $csv, dryRun: $dryRun) {
    ...ImportReport
  }
}
    fragment ImportReport on ImportReport {
  dryRun
  rows
  created
  matched
  alreadyImported
  rejected {
    line
    column
    message
  }
  newOrganizations
  newInterests
}`) as unknown as TypedDocumentString<ImportSurveyCsvMutation, ImportSurveyCsvMutationVariables>;
export const ImportProgressDocument = new TypedDocumentString(`
    subscription ImportProgress($workshopId: ID!) {
  importProgress(workshopId: $workshopId) {
    ...ImportProgress
  }
}
    fragment ImportProgress on ImportProgress {
  processed
  total
}`) as unknown as TypedDocumentString<ImportProgressSubscription, ImportProgressSubscriptionVariables>;
export const JoinAddressDocument = new TypedDocumentString(`
    query JoinAddress {
  joinAddress {
    baseUrl
    loopbackOnly
  }
}
    `) as unknown as TypedDocumentString<JoinAddressQuery, JoinAddressQueryVariables>;
export const SurveyCsvTemplateDocument = new TypedDocumentString(`
    query SurveyCsvTemplate($id: ID!) {
  workshopById(id: $id) {
    id
    surveyCsvTemplate
  }
}
    `) as unknown as TypedDocumentString<SurveyCsvTemplateQuery, SurveyCsvTemplateQueryVariables>;