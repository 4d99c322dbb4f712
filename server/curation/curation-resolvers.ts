import { requireFacilitator, requireUser } from '../auth/guards.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import { appError } from '../errors.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { audit } from '../observability/audit-log.ts';
import type { PersonRecord } from '../people/person-repository.ts';
import type { MergeKind } from './merge-repository.ts';
import { communitiesOf, mergeRecords, previewPersonMerge } from './merge-repository.ts';

/** Two different records of one kind in a community the viewer facilitates (otherwise NOT_FOUND, like unknown ids). */
async function requireMergeable(db: Database, viewer: Viewer, kind: MergeKind, survivorId: string, duplicateId: string): Promise<string> {
  requireUser(viewer);
  if (survivorId === duplicateId) throw appError('BAD_USER_INPUT', 'A record cannot be merged into itself.', { field: 'duplicateId' });
  const [survivorCommunity, duplicateCommunity] = await communitiesOf(db, kind, [survivorId, duplicateId]);
  requireFacilitator(viewer, survivorCommunity, 'record');
  if (duplicateCommunity !== survivorCommunity) throw appError('NOT_FOUND', 'No such record.');
  return survivorCommunity!;
}

/** Facilitator curation: merging duplicate records of one community, people field by field. */
export const curationResolvers: Resolvers = {
  Query: {
    personMergePreview: async (_, { survivorId, duplicateId, choices }, { db, viewer }) => {
      await requireMergeable(db, viewer, 'PERSON', survivorId, duplicateId);
      const preview = await previewPersonMerge(db, survivorId, duplicateId, choices ?? []);
      return {
        ...preview,
        organization: preview.organization?.name ?? null,
        region: preview.region?.name ?? null,
        consent: { listed: preview.listed, contactable: preview.contactable },
        participation: preview.participation as PersonRecord['participation'],
      };
    },
  },
  Mutation: {
    merge: async (_, { kind, survivorId, duplicateId, choices }, { db, viewer, logger }) => {
      const communityId = await requireMergeable(db, viewer, kind, survivorId, duplicateId);
      if (kind !== 'PERSON' && choices && choices.length > 0) {
        throw appError('BAD_USER_INPUT', 'choices are for merging people; organizations and interests keep the survivor’s name.', {
          field: 'choices',
        });
      }
      await mergeRecords(db, kind, survivorId, duplicateId, choices ?? []);
      audit(logger, 'curation.merged', { actorId: viewer.user?.id, communityId, kind, survivorId, duplicateId }, 'records merged');
      return true;
    },
  },
};
