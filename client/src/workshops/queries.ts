// GraphQL operations of the facilitator side of workshops, with result types written by hand to match
// schema/workshop.graphql and schema/community.graphql.
import { MAP_PERSON_FIELDS, MAP_TIE_FIELDS } from '../communities/queries';
import type { MapPerson, MapTie } from '../communities/queries';

export type WorkshopStatus = 'OPEN' | 'CLOSED';
export type MergeKind = 'PERSON' | 'ORGANIZATION' | 'INTEREST';

export interface NamedRecord {
  id: string;
  name: string;
}

export interface WorkshopSummary {
  id: string;
  code: string;
  joinPath: string;
  title: string;
  date: string;
  status: WorkshopStatus;
  responseCount: number;
  region: { name: string } | null;
}

export interface FacilitatedCommunityResult {
  community: { slug: string; name: string; regions: NamedRecord[] } | null;
  workshops: WorkshopSummary[];
}

const WORKSHOP_SUMMARY_FIELDS = /* GraphQL */ `
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
`;

export const FACILITATED_COMMUNITY_QUERY = /* GraphQL */ `
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
      ${WORKSHOP_SUMMARY_FIELDS}
    }
  }
`;

export interface CreateWorkshopInput {
  title: string;
  date: string;
  regionId?: string;
}

export interface CreateWorkshopResult {
  createWorkshop: WorkshopSummary;
}

export const CREATE_WORKSHOP_MUTATION = /* GraphQL */ `
  mutation CreateWorkshop($communitySlug: String!, $input: CreateWorkshopInput!) {
    createWorkshop(communitySlug: $communitySlug, input: $input) {
      ${WORKSHOP_SUMMARY_FIELDS}
    }
  }
`;

export interface SetWorkshopStatusResult {
  setWorkshopStatus: { id: string; status: WorkshopStatus };
}

export const SET_WORKSHOP_STATUS_MUTATION = /* GraphQL */ `
  mutation SetWorkshopStatus($id: ID!, $status: WorkshopStatus!) {
    setWorkshopStatus(id: $id, status: $status) {
      id
      status
    }
  }
`;

/** One response as the projector lists it. */
export interface ProjectorWorkshop {
  id: string;
  code: string;
  joinPath: string;
  title: string;
  date: string;
  status: WorkshopStatus;
  communitySlug: string;
  responseCount: number;
  region: { name: string } | null;
  /** Listed people only: the projector is a public screen. */
  listedArrivals: MapPerson[];
}

export interface ProjectorWorkshopResult {
  workshopById: ProjectorWorkshop | null;
}

export const PROJECTOR_WORKSHOP_QUERY = /* GraphQL */ `
  query ProjectorWorkshop($id: ID!) {
    workshopById(id: $id) {
      id
      code
      joinPath
      title
      date
      status
      communitySlug
      responseCount
      region {
        name
      }
      listedArrivals { ${MAP_PERSON_FIELDS} }
    }
  }
`;

/** An arrival on the projector: `person` is null (and `ties` empty) when they are not listed. */
export interface WorkshopActivity {
  responseCount: number;
  person: MapPerson | null;
  ties: MapTie[];
}

export interface WorkshopActivityResult {
  workshopActivity: WorkshopActivity;
}

export const WORKSHOP_ACTIVITY_SUBSCRIPTION = /* GraphQL */ `
  subscription WorkshopActivity($code: String!) {
    workshopActivity(code: $code) {
      responseCount
      person { ${MAP_PERSON_FIELDS} }
      ties { ${MAP_TIE_FIELDS} }
    }
  }
`;

export interface CurationPerson {
  id: string;
  name: string;
  email: string | null;
  role: string | null;
  consent: { listed: boolean; contactable: boolean };
  organization: { name: string } | null;
  region: { name: string } | null;
}

export interface DuplicateCandidate {
  id: string;
  name: string;
  email: string | null;
  organization: { name: string } | null;
  region: { name: string } | null;
}

export type DuplicateReason = 'SAME_NAME' | 'LOOKALIKE_NAME' | 'SAME_EMAIL';

export interface PossibleDuplicate {
  person: DuplicateCandidate;
  reasons: DuplicateReason[];
}

export interface CurationResponse {
  submittedAt: string;
  person: CurationPerson;
  possibleDuplicates: PossibleDuplicate[];
}

export interface CurationWorkshop {
  id: string;
  code: string;
  title: string;
  date: string;
  status: WorkshopStatus;
  communitySlug: string;
  responseCount: number;
  responses: CurationResponse[];
}

export interface CurationWorkshopResult {
  workshopById: CurationWorkshop | null;
}

export const CURATION_WORKSHOP_QUERY = /* GraphQL */ `
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
    }
  }
`;

export interface CurationVocabularyResult {
  community: {
    name: string;
    interests: Array<NamedRecord & { synonyms: string[] }>;
    organizations: NamedRecord[];
  } | null;
}

export const CURATION_VOCABULARY_QUERY = /* GraphQL */ `
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
`;

export const MERGE_MUTATION = /* GraphQL */ `
  mutation Merge($kind: MergeKind!, $survivorId: ID!, $duplicateId: ID!) {
    merge(kind: $kind, survivorId: $survivorId, duplicateId: $duplicateId)
  }
`;

export interface ImportRowError {
  line: number;
  column: string | null;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
  matched: number;
  rejected: ImportRowError[];
  newOrganizations: string[];
  newInterests: string[];
}

export interface ImportSurveyCsvResult {
  importSurveyCsv: ImportReport;
}

export const IMPORT_SURVEY_CSV_MUTATION = /* GraphQL */ `
  mutation ImportSurveyCsv($workshopId: ID!, $csv: String!, $dryRun: Boolean!) {
    importSurveyCsv(workshopId: $workshopId, csv: $csv, dryRun: $dryRun) {
      dryRun
      rows
      created
      matched
      rejected {
        line
        column
        message
      }
      newOrganizations
      newInterests
    }
  }
`;

export interface ImportProgress {
  processed: number;
  total: number;
}

export interface ImportProgressResult {
  importProgress: ImportProgress;
}

export const IMPORT_PROGRESS_SUBSCRIPTION = /* GraphQL */ `
  subscription ImportProgress($workshopId: ID!) {
    importProgress(workshopId: $workshopId) {
      processed
      total
    }
  }
`;
