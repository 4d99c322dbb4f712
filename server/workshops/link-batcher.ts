import type { Database } from '../db/transaction.ts';
import { writeTx } from '../db/transaction.ts';
import { unavailableError } from '../db/database-health.ts';
import { WriteBatcher } from '../db/write-batcher.ts';
import type { Link } from './answer-links.ts';
import { linkAnswers } from './answer-links.ts';
import type { Arrival } from './arrival.ts';
import { ARRIVAL, readArrival } from './arrival.ts';

export type LinkWork = { links: Link[]; workshopId: string; submissionIds: string[] };
// The last bound on a phone's wait for its turn: a dead or hung database fails the write in progress (and so
// the queue) within seconds through the app's database health; a queue still stuck this long means Neo4j is
// not keeping up at all, and the phone is told so and retries (the same submission id) rather than spin.
export const QUEUE_BOUND = { maxWaitMs: 15_000, tooLong: unavailableError };

/**
 * One link writer per connection (the app has one): concurrent submissions are linked together (see WriteBatcher). A room
 * submitting at once links to the same workshop, regions, organizations and interests; a single writer
 * means those busy nodes are never fought over, and one commit serves many answers.
 */
export function linkBatcher(db: Database): WriteBatcher<LinkWork, Map<string, Arrival>> {
  const batchers = db.state.batchers.links;
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new WriteBatcher<LinkWork, Map<string, Arrival>>(
      (work) =>
        writeTx(db, async (tx) => {
          await linkAnswers(
            tx,
            work.flatMap((w) => w.links),
          );
          // The same statement returns the people as the projector draws them: publishing needs no other read.
          const linked = await tx.run(
            `UNWIND $marked AS m
             MATCH (s:Submission {workshopId: m.workshopId, id: m.id}) SET s.linked = true
             WITH s MATCH (p:Person {id: s.personId})
             RETURN s.workshopId + '|' + s.id AS key, ${ARRIVAL}`,
            { marked: work.flatMap((w) => w.submissionIds.map((id) => ({ id, workshopId: w.workshopId }))) },
          );
          const arrivals = new Map(linked.records.map((row) => [row.get('key') as string, readArrival(row)!]));
          const of = (w: LinkWork, id: string) => arrivals.get(`${w.workshopId}|${id}`);
          return work.map((w) => new Map(w.submissionIds.flatMap((id) => (of(w, id) ? [[id, of(w, id)!]] : []))));
        }),
      QUEUE_BOUND,
    );
    batchers.set(db, batcher);
  }
  return batcher;
}
