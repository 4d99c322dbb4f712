import type { Database } from '../db/transaction.ts';
import { WriteBatcher } from '../db/write-batcher.ts';
import { isAppError } from '../errors.ts';
import type { AnswerScope } from './answer-links.ts';
import type { Receipt, Submission } from './answers-repository.ts';
import { recordSubmissions } from './answers-repository.ts';
import { QUEUE_BOUND } from './link-batcher.ts';

export type Queued = { scope: AnswerScope & { workshopId: string }; submission: Submission; secret: string };
export type Outcome = { receipt: Receipt } | { error: unknown };

/**
 * Records one survey submission, joining others that arrive meanwhile into the same transactions
 * (see WriteBatcher): a room of 300 phones then costs a few dozen commits instead of 600. A batch that
 * fails on someone's bad input is retried one by one, so only that submission gets the error.
 */
export async function submitAnswers(
  db: Database,
  scope: AnswerScope & { workshopId: string },
  submission: Submission,
  secret: string,
): Promise<Receipt> {
  const submissionBatchers = db.state.batchers.submissions;
  let batcher = submissionBatchers.get(db);
  if (!batcher) {
    batcher = new WriteBatcher<Queued, Outcome>((queued) => recordQueued(db, queued), QUEUE_BOUND);
    submissionBatchers.set(db, batcher);
  }
  const outcome = await batcher.add({ scope, submission, secret });
  if ('error' in outcome) throw outcome.error;
  return outcome.receipt;
}

async function recordQueued(db: Database, queued: Queued[]): Promise<Outcome[]> {
  const groups = new Map<string, Queued[]>();
  for (const q of queued) {
    const key = `${q.scope.communityId}|${q.scope.workshopId}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const outcomes = new Map<Queued, Outcome>();
  for (const group of groups.values()) {
    // The same submission sent twice at once is recorded once; both senders get its receipt.
    const unique = [...new Map(group.map((q) => [q.submission.submissionId, q.submission])).values()];
    try {
      const receipts = await recordSubmissions(db, group[0]!.scope, unique, group[0]!.secret);
      const byId = new Map(receipts.map((r) => [r.submissionId, r]));
      for (const q of group) outcomes.set(q, { receipt: byId.get(q.submission.submissionId)! });
    } catch (error) {
      // One by one only finds whose input was bad; an unavailable database would fail each of them in turn.
      if (!isAppError(error) || error.extensions.code === 'DB_UNAVAILABLE' || group.length === 1) {
        for (const q of group) outcomes.set(q, { error });
        continue;
      }
      for (const q of group) {
        outcomes.set(
          q,
          await recordSubmissions(db, q.scope, [q.submission], q.secret).then(
            ([receipt]) => ({ receipt: receipt! }),
            (e: unknown) => ({ error: e }),
          ),
        );
      }
    }
  }
  return queued.map((q) => outcomes.get(q)!);
}
