// GraphQL operations of the participant survey; types generated from schema/workshop.graphql and
// schema/community.graphql (client/src/gql). Fragments: InterestOption (InterestPicker), SurveyLimits
// (SurveyForm), PersonHint (TiesPicker).
import { graphqlQuery } from '../api/graphql-query';
import { graphql } from '../gql';

export type {
  InterestOptionFragment as InterestOption,
  MyRecordFragment as MyRecord,
  PersonHintFragment as PersonHint,
  SurveyLimitsFragment as SurveyLimits,
  SurveySettingsFragment as SurveySettings,
  SurveyReceiptFragment as SurveyReceipt,
  ReportedTieFragment as ReportedTie,
  WorkshopJoinInfoFragment as WorkshopJoinInfo,
  WorkshopStatus,
} from '../gql/graphql';

export type RegionOption = { id: string; name: string };
export type OrganizationOption = { id: string; name: string };

/** What a community's survey asks (the join page follows it; the facilitators' settings page edits it). */
export const SurveySettingsFields = graphql(`
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
`);

export const WorkshopJoinInfoFields = graphql(`
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
`);

export const JOIN_QUERY = graphql(`
  query SurveyJoin($code: String!) {
    surveyLimits {
      ...SurveyLimits
    }
    workshop(code: $code) {
      ...WorkshopJoinInfo
    }
  }
`);

/** The survey's limits and the workshop's lists (join page; the private page's autocompletes). */
export const joinQuery = (code: string, headers: Record<string, string>) => graphqlQuery(JOIN_QUERY, { code }, headers);

export const PEOPLE_SEARCH_QUERY = graphql(`
  query SurveyPeopleSearch($code: String!, $search: String!) {
    workshop(code: $code) {
      people(search: $search) {
        ...PersonHint
      }
    }
  }
`);

/** Listed people of the workshop's community by name. */
export const surveyPeopleSearchQuery = (code: string, search: string, headers: Record<string, string>) =>
  graphqlQuery(PEOPLE_SEARCH_QUERY, { code, search }, headers);

export const SurveyReceiptFields = graphql(`
  fragment SurveyReceipt on SurveyReceipt {
    personId
    privateToken
  }
`);

export const SUBMIT_SURVEY_MUTATION = graphql(`
  mutation SubmitSurvey($code: String!, $input: SurveyInput!) {
    submitSurvey(code: $code, input: $input) {
      ...SurveyReceipt
    }
  }
`);

/** Someone the participant named: a listed person with their id, anyone else as the participant typed them. */
export const ReportedTieFields = graphql(`
  fragment ReportedTie on ReportedTie {
    personId
    name
    organization
  }
`);

/** The participant's record as the private link shows it: every field Tejido holds. */
export const MyRecordFields = graphql(`
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
`);

export const MY_RECORD_QUERY = graphql(`
  query MyRecord($token: String!) {
    surveyLimits {
      ...SurveyLimits
    }
    myRecord(token: $token) {
      ...MyRecord
    }
  }
`);

export const myRecordQuery = (token: string, headers: Record<string, string>) => graphqlQuery(MY_RECORD_QUERY, { token }, headers);

export const UPDATE_MY_RECORD_MUTATION = graphql(`
  mutation UpdateMyRecord($token: String!, $input: SurveyInput!) {
    updateMyRecord(token: $token, input: $input) {
      ...MyRecord
    }
  }
`);

export const ERASE_MY_RECORD_MUTATION = graphql(`
  mutation EraseMyRecord($token: String!) {
    eraseMyRecord(token: $token)
  }
`);

/** Everything Tejido holds about the participant, as a JSON document. */
export const MY_RECORD_EXPORT_QUERY = graphql(`
  query MyRecordExport($token: String!) {
    myRecordExport(token: $token)
  }
`);
