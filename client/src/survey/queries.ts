// GraphQL operations of the participant survey, with result types written by hand to match
// schema/workshop.graphql and schema/community.graphql.

export type WorkshopStatus = 'OPEN' | 'CLOSED';

export interface RegionOption {
  id: string;
  name: string;
}

export interface OrganizationOption {
  id: string;
  name: string;
}

export interface InterestOption {
  id: string;
  name: string;
  nameEs: string | null;
  nameEn: string | null;
  synonyms: string[];
}

export interface PersonHint {
  id: string;
  name: string;
  organization: string | null;
}

export interface SurveyLimits {
  maxTextLength: number;
  maxInterests: number;
  maxTies: number;
}

export interface WorkshopJoinInfo {
  code: string;
  title: string;
  date: string;
  status: WorkshopStatus;
  communityName: string;
  region: RegionOption | null;
  regions: RegionOption[];
  organizations: OrganizationOption[];
  interests: InterestOption[];
}

export interface JoinResult {
  surveyLimits: SurveyLimits;
  workshop: WorkshopJoinInfo | null;
}

const JOIN_INFO_FIELDS = /* GraphQL */ `
  code
  title
  date
  status
  communityName
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
    id
    name
    nameEs
    nameEn
    synonyms
  }
`;

export const JOIN_QUERY = /* GraphQL */ `
  query SurveyJoin($code: String!) {
    surveyLimits {
      maxTextLength
      maxInterests
      maxTies
    }
    workshop(code: $code) {
      ${JOIN_INFO_FIELDS}
    }
  }
`;

export interface PeopleSearchResult {
  workshop: { people: PersonHint[] } | null;
}

export const PEOPLE_SEARCH_QUERY = /* GraphQL */ `
  query SurveyPeopleSearch($code: String!, $search: String!) {
    workshop(code: $code) {
      people(search: $search) {
        id
        name
        organization
      }
    }
  }
`;

export interface SurveyReceipt {
  personId: string;
  privateToken: string | null;
}

export interface SubmitSurveyResult {
  submitSurvey: SurveyReceipt;
}

export const SUBMIT_SURVEY_MUTATION = /* GraphQL */ `
  mutation SubmitSurvey($code: String!, $input: SurveyInput!) {
    submitSurvey(code: $code, input: $input) {
      personId
      privateToken
    }
  }
`;

/** A person as the private link shows them: every field Tejido holds. */
export interface RecordPerson {
  id: string;
  name: string;
  email: string | null;
  role: string | null;
  consent: { listed: boolean; contactable: boolean };
  organization: OrganizationOption | null;
  region: RegionOption | null;
  offers: InterestOption[];
  seeks: InterestOption[];
  knows: Array<{
    reportedById: string;
    confirmed: boolean;
    person: { id: string; name: string; organization: { name: string } | null };
  }>;
}

/** Someone the participant named: a listed person with their id, anyone else as the participant typed them. */
export interface ReportedTie {
  personId: string | null;
  name: string;
  organization: string | null;
}

export interface MyRecord {
  person: RecordPerson;
  communityName: string;
  workshopCode: string | null;
  reportedTies: ReportedTie[];
}

const MY_RECORD_FIELDS = /* GraphQL */ `
  communityName
  workshopCode
  reportedTies {
    personId
    name
    organization
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
      id
      name
      nameEs
      nameEn
      synonyms
    }
    seeks {
      id
      name
      nameEs
      nameEn
      synonyms
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
`;

export interface MyRecordResult {
  surveyLimits: SurveyLimits;
  myRecord: MyRecord;
}

export const MY_RECORD_QUERY = /* GraphQL */ `
  query MyRecord($token: String!) {
    surveyLimits {
      maxTextLength
      maxInterests
      maxTies
    }
    myRecord(token: $token) {
      ${MY_RECORD_FIELDS}
    }
  }
`;

export interface UpdateMyRecordResult {
  updateMyRecord: MyRecord;
}

export const UPDATE_MY_RECORD_MUTATION = /* GraphQL */ `
  mutation UpdateMyRecord($token: String!, $input: SurveyInput!) {
    updateMyRecord(token: $token, input: $input) {
      ${MY_RECORD_FIELDS}
    }
  }
`;

export interface EraseMyRecordResult {
  eraseMyRecord: boolean;
}

export const ERASE_MY_RECORD_MUTATION = /* GraphQL */ `
  mutation EraseMyRecord($token: String!) {
    eraseMyRecord(token: $token)
  }
`;

export interface MyRecordExportResult {
  /** Everything Tejido holds about the participant, as a JSON document. */
  myRecordExport: string;
}

export const MY_RECORD_EXPORT_QUERY = /* GraphQL */ `
  query MyRecordExport($token: String!) {
    myRecordExport(token: $token)
  }
`;
