import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { loadConfig } from '../../server/config.ts';
import { readTx } from '../../server/db/transaction.ts';
import { warmUp } from '../../server/warm-up.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { capturedLog } from '../support/captured-log.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';

const db = useTestDatabase();

describe('when the app warms up before saying ready', () => {
  it('then the practice room sends its answers, a practice projector hears every arrival, the open workshops are read, and nothing of the practice remains', async () => {
    const data = buildCommunity({ regions: ['Noroeste'], people: [{ name: 'Vecina Real', region: 'Noroeste' }] });
    await importCommunity(db, data);
    await createWorkshop(db, data.community.id, { id: randomUUID(), title: 'Taller abierto', date: '2099-01-01', regionId: null });
    const count = (cypher: string) =>
      readTx(db, async (tx) => (await tx.run(cypher, { id: data.community.id })).records[0]!.get('n') as number);
    const peopleBefore = await count('MATCH (p:Person {communityId: $id}) RETURN count(p) AS n');
    const log = capturedLog();

    const report = await warmUp(db, loadConfig({ NODE_ENV: 'test' }), log.logger, {
      waves: [1, 4],
      steadyWave: 0,
      budgetMs: Infinity,
      roomsGraceMs: 120_000,
    });

    expect(report.failures, report.firstFailure).toBe(0);
    expect(report.submissions).toBe(5);
    // Every arrival (and every resend, which is published again) reached the practice projector's stream.
    expect(report.liveEvents).toBeGreaterThanOrEqual(report.submissions);
    // The open workshop was among those read, every read of them went through.
    expect(report.rooms).toBeGreaterThanOrEqual(1);
    expect(log.find('could not read the open workshops')).toEqual([]);
    expect(log.find('warmed up the workshop paths')).toHaveLength(1);
    expect(await count('MATCH (c:Community {warmUp: true}) RETURN count(c) AS n')).toBe(0);
    expect(await count('MATCH (u:User {warmUp: true}) RETURN count(u) AS n')).toBe(0);
    expect(await count("MATCH (u:User) WHERE u.email ENDS WITH '@warm-up.invalid' RETURN count(u) AS n")).toBe(0);
    expect(await count('MATCH (p:Person {communityId: $id}) RETURN count(p) AS n')).toBe(peopleBefore);
  }, 240_000);
});
