import { z } from 'zod';
import { fieldError, userError } from '../errors.ts';
import type { RegionInput } from '../graphql/generated.ts';
import { normalizeName } from '../../shared/normalize-name.ts';
import { cleanText } from '../text/normalize.ts';
import { valid } from '../validation.ts';

const RegionName = z.string().transform(cleanText).pipe(z.string().min(1, 'is required').max(80, 'must be at most 80 characters'));
const Latitude = z.number().min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90').nullish();
const Longitude = z.number().min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180').nullish();

export type RegionChanges = { name: string; normName: string; parentId: string | null; latitude: number | null; longitude: number | null };

/** A region's details, checked: a clean name with its matching key, and both coordinates or neither. */
export function validateRegion(input: RegionInput): RegionChanges {
  const name = valid(RegionName, input.name, 'name');
  if (!normalizeName(name)) throw fieldError('name', 'is required');
  const latitude = valid(Latitude, input.latitude, 'latitude') ?? null;
  const longitude = valid(Longitude, input.longitude, 'longitude') ?? null;
  if ((latitude === null) !== (longitude === null)) {
    throw userError('BAD_USER_INPUT', 'region.bothCoordinates', undefined, {
      field: latitude === null ? 'latitude' : 'longitude',
    });
  }
  return { name, normName: normalizeName(name), parentId: input.parentId ?? null, latitude, longitude };
}
