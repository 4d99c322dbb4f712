// The app as `npm start` runs it (server/tejido.ts) on the run's Neo4j, stopped the way SIGTERM stops it while
// a room is submitting and a projector is watching.
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { loadConfig } from '../../server/config.ts';
import { readTx } from '../../server/db/transaction.ts';
import { startTejido } from '../../server/tejido.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { capturedLog, LEVEL } from '../support/captured-log.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { openActivityStream } from '../support/activity-stream.ts';
import { participant, submitOnce } from '../support/room.ts';

// A connection of the test's own, to look at the data once the app's is closed.
const afterwards = useTestDatabase();

describe('when the app is told to stop while a room is submitting', () => {
  it('then it stops accepting, answers every request already in flight, closes the live streams, and only then stops', async () => {
    const neo4j = inject('neo4j');
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database ?? '',
      TEJIDO_SEED_DEMO: 'false',
      TEJIDO_SERVE_CLIENT: 'false',
      TEJIDO_WARM_UP: 'false',
    });
    const log = capturedLog();
    const tejido = await startTejido({ config, logger: log.logger });
    await tejido.ready;
    const { db, url } = tejido;
    const data = buildCommunity({ people: [{ name: 'Luis' }, { name: 'Marta' }] });
    await importCommunity(db, data);
    const workshop = await createWorkshop(db, data.community.id, { id: randomUUID(), title: 'Cierre', date: '2025-06-01', regionId: null });
    const projector = await openActivityStream(url, workshop.code, await signedInFacilitator(db, url, [data.community.slug]));

    // Forty phones send at once; the stop comes as soon as the first of them is acknowledged, with the rest in flight.
    const members = Array.from({ length: 40 }, (_, i) =>
      participant(
        i,
        data.people.map((p) => p.id),
        'Cierre',
      ),
    );
    let firstAnswered!: () => void;
    const oneAnswered = new Promise<void>((resolve) => (firstAnswered = resolve));
    const sent = members.map((m) => submitOnce(url, workshop.code, m).finally(firstAnswered));
    await oneAnswered;
    const drained = await tejido.stop('SIGTERM');
    const outcomes = await Promise.all(sent);

    // A phone whose request reached the app before the stop is answered; one that arrives after it (on a loaded
    // machine some of the forty do) is refused with the code its retry waits out, or, once the app no longer
    // listens, finds no server (which the survey page retries too). None is cut or left hanging.
    const acknowledged = outcomes.filter((o) => o.outcome === 'acknowledged').length;
    const refused = outcomes.filter((o) => o.outcome !== 'acknowledged').map((o) => o.outcome);
    expect(refused.filter((outcome) => outcome !== 'DB_UNAVAILABLE' && outcome !== 'network error')).toEqual([]);
    expect(acknowledged).toBeGreaterThan(0);
    expect(drained).toMatchObject({ cut: 0, streamsClosed: 1 });
    expect(drained.finished).toBeGreaterThan(0);
    expect(log.find('every request in flight was answered')).toEqual([expect.objectContaining({ level: LEVEL.info, cut: 0 })]);
    expect(log.lines.at(-1)?.msg).toBe('stopped');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow(); // no longer listening

    // What was acknowledged is stored, once each; what was refused was not.
    const stored = await readTx(afterwards, async (tx) =>
      (await tx.run('MATCH (:Workshop {id: $id})<-[:ATTENDED]-(p:Person) RETURN count(p) AS n', { id: workshop.id })).records[0]!.get('n'),
    );
    expect(stored).toBe(acknowledged);
    await projector.close();
  }, 60_000);
});
