// npm run admin:create -- --email E --password P [--community SLUG ...] [--facilitator]
// Creates the first admin of a fresh install (or a facilitator), whether or not the app is running.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import { withDatabase } from '../db/database.ts';
import { createLogger } from '../logger.ts';
import { hashPassword } from './passwords.ts';
import { upsertUser } from './user-repository.ts';

const Args = z.object({
  email: z.string().trim().email('--email must be an email address'),
  password: z.string().min(10, '--password must have at least 10 characters').max(256),
  community: z.array(z.string()).default([]),
  facilitator: z.boolean().default(false),
});

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    password: { type: 'string' },
    community: { type: 'string', multiple: true },
    facilitator: { type: 'boolean' },
  },
});
const parsed = Args.safeParse(values);
if (!parsed.success) {
  console.error(`admin:create: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  console.error('usage: npm run admin:create -- --email E --password P [--community SLUG] [--facilitator]');
  process.exit(2);
}
const { email, password, community, facilitator } = parsed.data;
const logger = createLogger('warn');
const user = await withDatabase(loadConfig(), logger, async (db) =>
  upsertUser(db, {
    email,
    passwordHash: await hashPassword(password),
    role: facilitator ? 'FACILITATOR' : 'ADMIN',
    communitySlugs: community,
  }),
);
console.log(
  `${user.role === 'ADMIN' ? 'Admin' : 'Facilitator'} ${user.email} is ready${user.communitySlugs.length ? ` (communities: ${user.communitySlugs.join(', ')})` : ''}.`,
);
