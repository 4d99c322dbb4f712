import { randomUUID } from 'node:crypto';
import { facilitatedCommunity, requireFacilitator, requireUser } from '../auth/guards.ts';
import { scopeOf } from '../auth/viewer.ts';
import type { Viewer } from '../auth/viewer.ts';
import { findCommunityBySlug, listOrganizations, listRegions } from '../communities/community-repository.ts';
import { cachedInterests, namesFor } from '../communities/map-cache.ts';
import type { Database } from '../db/transaction.ts';
import { userError } from '../errors.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { erasePerson, privateRecordOrNotFound } from '../people/private-record-repository.ts';
import { normalizeName } from '../../shared/normalize-name.ts';
import { takeSnapshot } from '../evolution/take-snapshot.ts';
import { replaceAnswers } from './answers-repository.ts';
import type { Arrival } from './arrival.ts';
import { submitAnswers } from './submission-batcher.ts';
import { importSurveyCsv } from './import-survey-csv.ts';
import { normalizeJoinCode } from './join-code.ts';
import { enforceSurveySettings, storedSurveySettings } from '../catalogue/survey-settings.ts';
import { deploymentSecret } from '../auth/derived-tokens.ts';
import { audit } from '../observability/audit-log.ts';
import { SURVEY_LIMITS, validateSurvey } from './survey-input.ts';
import { validateCreateWorkshop } from './workshop-input.ts';
import type { WorkshopRecord } from './workshop-repository.ts';
import {
  countResponses,
  createWorkshop,
  findWorkshopByCode,
  findWorkshopById,
  listResponses,
  listWorkshops,
  listedArrivals,
  personHints,
  setWorkshopStatus,
} from './workshop-repository.ts';

const archivedRefusal = () => userError('FORBIDDEN', 'workshop.archived', undefined, { reason: 'ARCHIVED' });

/**
 * The workshop behind a join code. Unknown codes count against the device's and the address's lookup limits:
 * a new device id per request does not escape the address's.
 */
async function workshopForCode(ctx: GraphQLContext, rawCode: string): Promise<WorkshopRecord> {
  const code = normalizeJoinCode(rawCode);
  const { unknownCodesPerDevice, unknownCodesPerAddress } = ctx.limits;
  if (unknownCodesPerDevice.exceeded(ctx.device) || unknownCodesPerAddress.exceeded(ctx.address)) {
    throw userError('RATE_LIMITED', 'workshop.codeLimited');
  }
  const workshop = /^[A-Z0-9]{4,12}$/.test(code) ? await findWorkshopByCode(ctx.db, code) : null;
  if (!workshop) {
    unknownCodesPerDevice.take(ctx.device);
    unknownCodesPerAddress.take(ctx.address);
    throw userError('NOT_FOUND', 'workshop.noCode', { code: code.slice(0, 12) });
  }
  return workshop;
}

/** The workshop, if the viewer facilitates its community (otherwise NOT_FOUND, like an unknown id). */
async function facilitatedWorkshop(db: Database, viewer: Viewer, id: string): Promise<WorkshopRecord> {
  requireUser(viewer);
  const workshop = await findWorkshopById(db, id);
  requireFacilitator(viewer, workshop?.communityId, 'workshop');
  return workshop!;
}

export const workshopResolvers: Resolvers = {
  Query: {
    joinAddress: (_, __, { viewer, joinAddress }) => {
      requireUser(viewer);
      return joinAddress();
    },
    workshop: (_, { code }, ctx) => workshopForCode(ctx, code),
    workshopById: (_, { id }, { db, viewer }) => facilitatedWorkshop(db, viewer, id),
    workshops: async (_, { communitySlug }, { db, viewer }) =>
      listWorkshops(db, (await facilitatedCommunity(db, viewer, communitySlug)).id),
    surveyLimits: () => SURVEY_LIMITS,
    myRecord: (_, { token }, { db }) => privateRecordOrNotFound(db, token),
  },
  Mutation: {
    createWorkshop: async (_, { communitySlug, input }, { db, viewer }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      if (community.archived) throw archivedRefusal();
      return createWorkshop(db, community.id, { id: randomUUID(), ...validateCreateWorkshop(input) });
    },
    setWorkshopStatus: async (_, { id, status }, { db, viewer, logger }) => {
      const workshop = await facilitatedWorkshop(db, viewer, id);
      if (status === 'OPEN' && (await findCommunityBySlug(db, workshop.communitySlug))?.archived) throw archivedRefusal();
      await setWorkshopStatus(db, id, status);
      // Closing a workshop records the network's health as it left it (closing it again adds nothing). The close is
      // already committed: a snapshot that fails is logged, and a facilitator can take one on demand.
      if (status === 'CLOSED' && workshop.status === 'OPEN') {
        const { title, date } = workshop;
        await takeSnapshot(db, workshop.communityId, { trigger: 'WORKSHOP_CLOSED', workshop: { id, title, date } }).catch(
          (error: unknown) => logger.error({ err: error, workshopId: id }, 'the snapshot of a closed workshop failed'),
        );
      }
      return { ...workshop, status };
    },
    submitSurvey: async (_, { code, input }, ctx) => {
      const workshop = await workshopForCode(ctx, code);
      // Both budgets are spent on every try: per device (one phone) and per address (a room behind one Wi-Fi).
      const deviceOk = ctx.limits.submissionsPerDevice.take(`${workshop.code}:${ctx.device}`);
      const addressOk = ctx.limits.submissionsPerAddress.take(ctx.address);
      if (!deviceOk || !addressOk) throw userError('RATE_LIMITED', 'workshop.submitLimited');
      if (workshop.status !== 'OPEN') throw userError('FORBIDDEN', 'workshop.closed');
      const answers = validateSurvey(input);
      enforceSurveySettings(answers, storedSurveySettings(workshop.surveySettings));
      const scope = { communityId: workshop.communityId, workshopId: workshop.id };
      const receipt = await submitAnswers(
        ctx.db,
        scope,
        { submissionId: answers.submissionId, answers, issueToken: true },
        await deploymentSecret(ctx.db),
      );
      if (receipt.arrival) publishArrival(ctx, workshop, receipt.arrival);
      return receipt;
    },
    updateMyRecord: async (_, { token, input }, { db }) => {
      const record = await privateRecordOrNotFound(db, token);
      const answers = validateSurvey(input);
      await replaceAnswers(db, { communityId: record.person.communityId, workshopId: null, personId: record.person.id }, answers);
      return privateRecordOrNotFound(db, token);
    },
    importSurveyCsv: async (_, { workshopId, csv, dryRun }, { db, viewer, events, t }) => {
      const workshop = await facilitatedWorkshop(db, viewer, workshopId);
      return importSurveyCsv(db, events, workshop, csv, dryRun, await deploymentSecret(db), t);
    },
    eraseMyRecord: async (_, { token }, { db, logger }) => {
      const record = await privateRecordOrNotFound(db, token);
      await erasePerson(db, record.person.id);
      const { id: personId, communityId } = record.person;
      audit(
        logger,
        'person.erased',
        { actorId: null, personId, communityId },
        'a participant erased their record through their private link',
      );
      return true;
    },
  },
  Subscription: {
    workshopActivity: {
      subscribe: async (_, { code }, { db, viewer, events }) => {
        requireUser(viewer);
        const workshop = await findWorkshopByCode(db, normalizeJoinCode(code));
        requireFacilitator(viewer, workshop?.communityId, 'workshop');
        return events.subscribe('workshopActivity', workshop!.id);
      },
      resolve: (event: unknown) => event as never,
    },
    importProgress: {
      subscribe: async (_, { workshopId }, { db, viewer, events }) => {
        await facilitatedWorkshop(db, viewer, workshopId);
        return events.subscribe('importProgress', workshopId);
      },
      resolve: (event: unknown) => event as never,
    },
  },
  Workshop: {
    joinPath: (w) => `/join/${w.code}`,
    responseCount: (w, _, { db }) => countResponses(db, w.id),
    responses: (w, _, { db, viewer }) => listResponses(db, w.id, scopeOf(viewer)),
    listedArrivals: (w, _, { db }) => listedArrivals(db, w.id),
  },
  WorkshopJoinInfo: {
    regions: (w, _, { db }) => listRegions(db, w.communityId),
    // Anyone with the join code sees this: only names a facilitator curated or a listed person holds.
    organizations: async (w, _, { db }) => namesFor('listed', await listOrganizations(db, w.communityId)),
    interests: async (w, _, { db }) => namesFor('listed', await cachedInterests(db, w.communityId)),
    people: (w, { search }, { db }) => {
      const normalized = normalizeName(search).slice(0, 60);
      return normalized.length < 2 ? [] : personHints(db, w.communityId, normalized);
    },
  },
};

/**
 * Tells the workshop's projector about an arrival, as the commit returned it (no further read that a database
 * going down could lose), once the acknowledgement is on its way: a live event never holds up a phone.
 */
function publishArrival(ctx: GraphQLContext, workshop: WorkshopRecord, arrival: Arrival): void {
  setImmediate(() => ctx.events.publish('workshopActivity', workshop.id, arrival));
}
