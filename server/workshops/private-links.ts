import { createHmac, randomBytes } from 'node:crypto';
import type { Database } from '../db/transaction.ts';
import { writeTx } from '../db/transaction.ts';

/**
 * The deployment's secret for private links, created once and kept in Neo4j so every app instance (and
 * every restart) derives the same tokens.
 */
let secret: Promise<string> | undefined;
export function tokenSecret(db: Database): Promise<string> {
  secret ??= writeTx(db, async (tx) => {
    const result = await tx.run(
      `MERGE (s:Setting {key: 'privateLinkSecret'}) ON CREATE SET s.value = $value RETURN s.value AS value`,
      { value: randomBytes(32).toString('base64url') },
    );
    return result.records[0]!.get('value') as string;
  }).catch((error) => {
    secret = undefined; // retry on the next call instead of caching a failure
    throw error;
  });
  return secret;
}

/** The private-link token of a submission: a retry of the same submission gets the same token back. */
export function privateToken(secretValue: string, submissionId: string): string {
  return createHmac('sha256', secretValue).update(`private-link:${submissionId}`).digest('base64url');
}
