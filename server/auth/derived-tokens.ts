import { createHmac, randomBytes } from 'node:crypto';
import type { Database } from '../db/transaction.ts';
import { writeTx } from '../db/transaction.ts';

/**
 * The deployment's secret, created once and kept in Neo4j so every app instance (and every restart)
 * derives the same tokens.
 */
export function deploymentSecret(db: Database): Promise<string> {
  const { state } = db;
  if (state.deploymentSecret) return state.deploymentSecret;
  const secret = writeTx(
    db,
    async (tx) => {
      const result = await tx.run(`MERGE (s:Setting {key: 'deploymentSecret'}) ON CREATE SET s.value = $value RETURN s.value AS value`, {
        value: randomBytes(32).toString('base64url'),
      });
      return result.records[0]!.get('value') as string;
    },
    'none',
  ).catch((error) => {
    if (state.deploymentSecret === secret) state.deploymentSecret = undefined; // retry on the next call instead of caching a failure
    throw error;
  });
  state.deploymentSecret = secret;
  return secret;
}

/**
 * A token derived from the secret and a purpose: a retried survey submission gets its private link back,
 * and the demo's share link can be offered without storing it in the clear.
 */
export function derivedToken(secretValue: string, purpose: string): string {
  return createHmac('sha256', secretValue).update(purpose).digest('base64url');
}

/** The private link of a submission: scoped to its workshop, since submission ids are the client's to choose. */
export const privateLinkToken = (secretValue: string, workshopId: string, submissionId: string) =>
  derivedToken(secretValue, `private-link:${workshopId}:${submissionId}`);
/** Private links of submissions recorded before links were scoped to their workshop (a replay gets the same link back). */
export const legacyPrivateLinkToken = (secretValue: string, submissionId: string) =>
  derivedToken(secretValue, `private-link:${submissionId}`);
export const demoShareToken = (secretValue: string, communityId: string) => derivedToken(secretValue, `demo-share:${communityId}`);
