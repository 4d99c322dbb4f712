import { randomUUID } from 'node:crypto';
import { facilitatedCommunity, requireFacilitator, requireUser } from '../auth/guards.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { parseInterest, parseOrganization, validated } from './catalogue-input.ts';
import type { CatalogueLabel } from './catalogue-repository.ts';
import { communityOfRecord, writeInterests, writeOrganizations } from './catalogue-repository.ts';
import { importCatalogueCsv } from './import-catalogue-csv.ts';
import { storedSurveySettings, validateSurveySettings } from './survey-settings.ts';
import { saveSurveySettings, surveySettings } from './survey-settings-repository.ts';
import { surveyCsvTemplate } from '../workshops/survey-csv.ts';

/** The community of the record, if the viewer facilitates it (otherwise NOT_FOUND, like an unknown id). */
async function facilitatedRecord(db: Database, viewer: Viewer, label: CatalogueLabel, id: string): Promise<string> {
  requireUser(viewer);
  const communityId = await communityOfRecord(db, label, id);
  requireFacilitator(viewer, communityId, label.toLowerCase());
  return communityId!;
}

export const catalogueResolvers: Resolvers = {
  Mutation: {
    createOrganization: async (_, { communitySlug, input }, { db, viewer }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      const [created] = await writeOrganizations(db, community.id, [
        { id: randomUUID(), isNew: true, input: validated(parseOrganization(input)) },
      ]);
      return created!;
    },
    updateOrganization: async (_, { id, input }, { db, viewer }) => {
      const communityId = await facilitatedRecord(db, viewer, 'Organization', id);
      const [updated] = await writeOrganizations(db, communityId, [{ id, isNew: false, input: validated(parseOrganization(input)) }]);
      return updated!;
    },
    createInterest: async (_, { communitySlug, input }, { db, viewer }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      const [created] = await writeInterests(db, community.id, [{ id: randomUUID(), isNew: true, input: validated(parseInterest(input)) }]);
      return created!;
    },
    updateInterest: async (_, { id, input }, { db, viewer }) => {
      const communityId = await facilitatedRecord(db, viewer, 'Interest', id);
      const [updated] = await writeInterests(db, communityId, [{ id, isNew: false, input: validated(parseInterest(input)) }]);
      return updated!;
    },
    importCatalogueCsv: async (_, { communitySlug, kind, csv, dryRun }, { db, viewer, t }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      return importCatalogueCsv(db, community.id, kind, csv, dryRun, t);
    },
    updateSurveySettings: async (_, { communitySlug, input }, { db, viewer }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      return saveSurveySettings(db, community.id, validateSurveySettings(input));
    },
  },
  Community: {
    surveySettings: (community, _, { db }) => surveySettings(db, community.id),
  },
  WorkshopJoinInfo: {
    surveySettings: (workshop) => storedSurveySettings(workshop.surveySettings),
  },
  Workshop: {
    surveyCsvTemplate: (workshop) => surveyCsvTemplate(storedSurveySettings(workshop.surveySettings)),
  },
};
