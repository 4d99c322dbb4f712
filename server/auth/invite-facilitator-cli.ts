// npm run facilitator:invite -- --community SLUG --email E [--base-url https://map.example.org]
// Prints a one-time invitation link (valid 7 days) to facilitate the community; the invitee chooses their password.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { findCommunityBySlug } from '../communities/community-repository.ts';
import { loadConfig } from '../config.ts';
import { withDatabase } from '../db/database.ts';
import { readTx } from '../db/transaction.ts';
import { createLogger } from '../logger.ts';
import { publicBaseUrl } from '../public-url.ts';
import { Email } from './email.ts';
import { createInvitation } from './invitation-repository.ts';

const Args = z.object({ community: z.string().min(1, 'is required'), email: Email, 'base-url': z.url().optional() });
const { values } = parseArgs({ options: { community: { type: 'string' }, email: { type: 'string' }, 'base-url': { type: 'string' } } });
const parsed = Args.safeParse(values);
if (!parsed.success) {
  console.error(`facilitator:invite: ${parsed.error.issues.map((i) => `--${i.path.join('.')} ${i.message}`).join('; ')}`);
  console.error('usage: npm run facilitator:invite -- --community SLUG --email EMAIL [--base-url https://map.example.org]');
  process.exit(2);
}
const config = loadConfig();
try {
  const link = await withDatabase(config, createLogger('warn'), async (db) => {
    const community = await findCommunityBySlug(db, parsed.data.community);
    if (!community) throw new Error(`no community has the slug “${parsed.data.community}”.`);
    // Issued in the name of the deployment's first admin: invitations record who invited.
    const issuer = await readTx(db, async (tx) =>
      (await tx.run("MATCH (u:User {role: 'ADMIN'}) RETURN u.id AS id ORDER BY u.createdAt LIMIT 1")).records[0]?.get('id'),
    );
    const { token, invitation } = await createInvitation(db, community.id, parsed.data.email, issuer ?? 'command-line');
    return { url: `${parsed.data['base-url'] ?? publicBaseUrl(config)}/invite/${token}`, expiresAt: invitation.expiresAt };
  });
  console.log(`Send this link to ${parsed.data.email} (it works once, until ${link.expiresAt}):\n${link.url}`);
} catch (error) {
  console.error(`facilitator:invite: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
