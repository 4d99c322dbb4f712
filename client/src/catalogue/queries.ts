// GraphQL operations of the catalogue and survey-settings pages (schema/catalogue.graphql).
import { graphqlQuery } from '../api/graphql-query';
import { graphql } from '../gql';

export type {
  CatalogueInterestFragment as CatalogueInterest,
  CatalogueOrganizationFragment as CatalogueOrganization,
  CatalogueImportReportFragment as CatalogueImportReport,
  CatalogueKind,
  OrganizationKind,
} from '../gql/graphql';

export const CatalogueInterestFields = graphql(`
  fragment CatalogueInterest on Interest {
    id
    name
    nameEs
    nameEn
    synonyms
    theme
    curated
  }
`);

export const CatalogueOrganizationFields = graphql(`
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
`);

export const CATALOGUE_QUERY = graphql(`
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
`);

export const catalogueQuery = (slug: string) => graphqlQuery(CATALOGUE_QUERY, { slug });

export const CREATE_INTEREST_MUTATION = graphql(`
  mutation CreateInterest($slug: String!, $input: InterestInput!) {
    createInterest(communitySlug: $slug, input: $input) {
      ...CatalogueInterest
    }
  }
`);

export const UPDATE_INTEREST_MUTATION = graphql(`
  mutation UpdateInterest($id: ID!, $input: InterestInput!) {
    updateInterest(id: $id, input: $input) {
      ...CatalogueInterest
    }
  }
`);

export const CREATE_ORGANIZATION_MUTATION = graphql(`
  mutation CreateOrganization($slug: String!, $input: OrganizationInput!) {
    createOrganization(communitySlug: $slug, input: $input) {
      ...CatalogueOrganization
    }
  }
`);

export const UPDATE_ORGANIZATION_MUTATION = graphql(`
  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      ...CatalogueOrganization
    }
  }
`);

export const CatalogueImportReportFields = graphql(`
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
`);

export const IMPORT_CATALOGUE_MUTATION = graphql(`
  mutation ImportCatalogueCsv($slug: String!, $kind: CatalogueKind!, $csv: String!, $dryRun: Boolean!) {
    importCatalogueCsv(communitySlug: $slug, kind: $kind, csv: $csv, dryRun: $dryRun) {
      ...CatalogueImportReport
    }
  }
`);

export const SURVEY_SETTINGS_QUERY = graphql(`
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
`);

export const surveySettingsQuery = (slug: string) => graphqlQuery(SURVEY_SETTINGS_QUERY, { slug });

export const UPDATE_SURVEY_SETTINGS_MUTATION = graphql(`
  mutation UpdateSurveySettings($slug: String!, $input: SurveySettingsInput!) {
    updateSurveySettings(communitySlug: $slug, input: $input) {
      ...SurveySettings
    }
  }
`);
