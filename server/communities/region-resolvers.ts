import { randomUUID } from 'node:crypto';
import { facilitatedCommunity, requireFacilitator } from '../auth/guards.ts';
import type { Viewer } from '../auth/viewer.ts';
import { scopeOf } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import { appError, userError } from '../errors.ts';
import type { Resolvers } from '../graphql/generated.ts';
import type { RegionRecord } from './community-repository.ts';
import { validateRegion } from './region-input.ts';
import {
  countRegionPeople,
  createRegion,
  deleteRegion,
  findRegion,
  mergeRegions,
  reorderRegions,
  updateRegion,
} from './region-repository.ts';

/** The region, when the viewer facilitates its community (NOT_FOUND otherwise, like a missing one). */
async function facilitatedRegion(db: Database, viewer: Viewer, id: string) {
  const region = await findRegion(db, id);
  requireFacilitator(viewer, region?.communityId, 'region');
  return region!;
}

/** The region's details, read again when the record came without them (e.g. as a person's region). */
const details = async (db: Database, region: RegionRecord) =>
  region.parentId === undefined ? ((await findRegion(db, region.id)) ?? region) : region;

export const regionResolvers: Resolvers = {
  Region: {
    parent: async (region, _, { db }) => {
      const parentId = (await details(db, region)).parentId;
      return parentId ? findRegion(db, parentId) : null;
    },
    latitude: async (region, _, { db }) => (await details(db, region)).latitude ?? null,
    longitude: async (region, _, { db }) => (await details(db, region)).longitude ?? null,
    peopleCount: (region, _, { db, viewer }) => countRegionPeople(db, region.id, scopeOf(viewer)),
  },
  Mutation: {
    createRegion: async (_, { communitySlug, input }, { db, viewer }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      return createRegion(db, community.id, randomUUID(), validateRegion(input));
    },
    updateRegion: async (_, { id, input }, { db, viewer }) => {
      const region = await facilitatedRegion(db, viewer, id);
      return updateRegion(db, region.communityId, id, validateRegion(input));
    },
    reorderRegions: async (_, { communitySlug, ids }, { db, viewer }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      return reorderRegions(db, community.id, ids);
    },
    mergeRegions: async (_, { survivorId, duplicateId }, { db, viewer }) => {
      const survivor = await facilitatedRegion(db, viewer, survivorId);
      const duplicate = await facilitatedRegion(db, viewer, duplicateId);
      if (survivorId === duplicateId) throw userError('BAD_USER_INPUT', 'region.mergeSame', undefined, { field: 'duplicateId' });
      if (survivor.communityId !== duplicate.communityId) throw appError('NOT_FOUND', 'No such region.');
      return mergeRegions(db, survivor.communityId, survivorId, duplicateId);
    },
    deleteRegion: async (_, { id }, { db, viewer }) => {
      const region = await facilitatedRegion(db, viewer, id);
      await deleteRegion(db, region.communityId, id);
      return true;
    },
  },
};
