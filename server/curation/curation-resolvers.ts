import { requireFacilitator, requireUser } from '../auth/guards.ts';
import { appError } from '../errors.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { audit } from '../observability/audit-log.ts';
import { communitiesOf, mergeRecords } from './merge-repository.ts';

/** Facilitator curation: merging duplicate records of one community. */
export const curationResolvers: Resolvers = {
  Mutation: {
    merge: async (_, { kind, survivorId, duplicateId }, { db, viewer, logger }) => {
      const user = requireUser(viewer);
      if (survivorId === duplicateId) throw appError('BAD_USER_INPUT', 'A record cannot be merged into itself.', { field: 'duplicateId' });
      const [survivorCommunity, duplicateCommunity] = await communitiesOf(db, kind, [survivorId, duplicateId]);
      requireFacilitator(viewer, survivorCommunity, 'record');
      if (duplicateCommunity !== survivorCommunity) throw appError('NOT_FOUND', 'No such record.');
      await mergeRecords(db, kind, survivorId, duplicateId);
      audit(logger, 'curation.merged', { actorId: user.id, communityId: survivorCommunity!, kind, survivorId, duplicateId }, 'records merged');
      return true;
    },
  },
};
