import { z } from 'zod';

/** An email address an account or an invitation is for. */
export const Email = z.string().trim().max(254, 'must be at most 254 characters').email('is not an email address');
