import { z } from 'zod';
import { COMMUNITY_LIMITS } from '../../shared/community-limits.ts';
import { cleanText } from '../text/normalize.ts';

/** Lower-case letters, digits and dashes, 2–40 characters: the community's address, /c/<slug>. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'must be 2–40 lower-case letters, digits or dashes, starting with a letter or digit');
export const CommunityName = z
  .string()
  .transform(cleanText)
  .pipe(z.string().min(1, 'is required').max(COMMUNITY_LIMITS.name, `must be at most ${COMMUNITY_LIMITS.name} characters`));
export const Description = z
  .string()
  .transform(cleanText)
  .pipe(z.string().max(COMMUNITY_LIMITS.description, `must be at most ${COMMUNITY_LIMITS.description} characters`));
/** A public contact: an email address or an http(s) address; empty removes it. */
export const Contact = z
  .string()
  .transform(cleanText)
  .pipe(
    z.union(
      [z.literal(''), z.email().max(COMMUNITY_LIMITS.contact), z.url({ protocol: /^https?$/ }).max(COMMUNITY_LIMITS.contact)],
      `must be an email address or an http(s) address of at most ${COMMUNITY_LIMITS.contact} characters`,
    ),
  );
