// GraphQL operations of the facilitator side of workshops; types generated from schema/workshop.graphql and
// schema/community.graphql (client/src/gql). CurationResponse sits with ResponseList, which shows it.
import { graphqlQuery } from '../api/graphql-query';
import { graphql } from '../gql';
import type { CurationResponseFragment, CurationWorkshopQuery, PersonMergeChoice } from '../gql/graphql';

export type {
  CreateWorkshopInput,
  CurationResponseFragment as CurationResponse,
  ImportProgressFragment as ImportProgress,
  ImportReportFragment as ImportReport,
  MergeKind,
  MergeSide,
  PersonMergeChoice,
  PersonMergeField,
  PersonMergePreviewQuery,
  ProjectorWorkshopFragment as ProjectorWorkshop,
  WorkshopActivityFragment as WorkshopActivity,
  WorkshopStatus,
  WorkshopSummaryFragment as WorkshopSummary,
} from '../gql/graphql';

export type NamedRecord = { id: string; name: string };
export type PossibleDuplicate = CurationResponseFragment['possibleDuplicates'][number];
export type DuplicateCandidate = PossibleDuplicate['person'];
export type { DuplicateReason } from '../gql/graphql';
export type CurationWorkshop = NonNullable<CurationWorkshopQuery['workshopById']>;

export const WorkshopSummaryFields = graphql(`
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
`);

export const FACILITATED_COMMUNITY_QUERY = graphql(`
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
`);

export const facilitatedCommunityQuery = (slug: string) => graphqlQuery(FACILITATED_COMMUNITY_QUERY, { slug });

export const CREATE_WORKSHOP_MUTATION = graphql(`
  mutation CreateWorkshop($communitySlug: String!, $input: CreateWorkshopInput!) {
    createWorkshop(communitySlug: $communitySlug, input: $input) {
      ...WorkshopSummary
    }
  }
`);

export const SET_WORKSHOP_STATUS_MUTATION = graphql(`
  mutation SetWorkshopStatus($id: ID!, $status: WorkshopStatus!) {
    setWorkshopStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

export const ProjectorWorkshopFields = graphql(`
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
    # Listed people only: the projector is a public screen.
    listedArrivals {
      ...MapPerson
    }
  }
`);

export const PROJECTOR_WORKSHOP_QUERY = graphql(`
  query ProjectorWorkshop($id: ID!) {
    workshopById(id: $id) {
      ...ProjectorWorkshop
    }
  }
`);

export const projectorWorkshopQuery = (id: string) => graphqlQuery(PROJECTOR_WORKSHOP_QUERY, { id });

/** An arrival on the projector: `person` is null (and `ties` empty) when they are not listed. */
export const WorkshopActivityFields = graphql(`
  fragment WorkshopActivity on WorkshopActivity {
    responseCount
    person {
      ...MapPerson
    }
    ties {
      ...MapTie
    }
  }
`);

export const WORKSHOP_ACTIVITY_SUBSCRIPTION = graphql(`
  subscription WorkshopActivity($code: String!) {
    workshopActivity(code: $code) {
      ...WorkshopActivity
    }
  }
`);

export const CURATION_WORKSHOP_QUERY = graphql(`
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
`);

export const curationWorkshopQuery = (id: string) => graphqlQuery(CURATION_WORKSHOP_QUERY, { id });

export const CURATION_VOCABULARY_QUERY = graphql(`
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
`);

export const curationVocabularyQuery = (slug: string) => graphqlQuery(CURATION_VOCABULARY_QUERY, { slug });

export const MERGE_MUTATION = graphql(`
  mutation Merge($kind: MergeKind!, $survivorId: ID!, $duplicateId: ID!, $choices: [PersonMergeChoice!]) {
    merge(kind: $kind, survivorId: $survivorId, duplicateId: $duplicateId, choices: $choices)
  }
`);

export const PERSON_MERGE_PREVIEW_QUERY = graphql(`
  query PersonMergePreview($survivorId: ID!, $duplicateId: ID!, $choices: [PersonMergeChoice!]) {
    personMergePreview(survivorId: $survivorId, duplicateId: $duplicateId, choices: $choices) {
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
`);

export const personMergePreviewQuery = (survivorId: string, duplicateId: string, choices: PersonMergeChoice[]) =>
  graphqlQuery(PERSON_MERGE_PREVIEW_QUERY, { survivorId, duplicateId, choices });

export const ImportReportFields = graphql(`
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
`);

export const IMPORT_SURVEY_CSV_MUTATION = graphql(`
  mutation ImportSurveyCsv($workshopId: ID!, $csv: String!, $dryRun: Boolean!) {
    importSurveyCsv(workshopId: $workshopId, csv: $csv, dryRun: $dryRun) {
      ...ImportReport
    }
  }
`);

export const ImportProgressFields = graphql(`
  fragment ImportProgress on ImportProgress {
    processed
    total
  }
`);

export const IMPORT_PROGRESS_SUBSCRIPTION = graphql(`
  subscription ImportProgress($workshopId: ID!) {
    importProgress(workshopId: $workshopId) {
      ...ImportProgress
    }
  }
`);

export const JOIN_ADDRESS_QUERY = graphql(`
  query JoinAddress {
    joinAddress {
      baseUrl
      loopbackOnly
    }
  }
`);
export const joinAddressQuery = graphqlQuery(JOIN_ADDRESS_QUERY, {});
/** The paper-survey template of a workshop: only the columns of the questions its community's survey asks. */
export const SURVEY_CSV_TEMPLATE_QUERY = graphql(`
  query SurveyCsvTemplate($id: ID!) {
    workshopById(id: $id) {
      id
      surveyCsvTemplate
    }
  }
`);
