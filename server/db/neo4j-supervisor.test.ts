import { afterEach, describe, expect, it, vi } from 'vitest';
import { capturedLog, LEVEL } from '../../test/support/captured-log.ts';
import type { LocalNeo4j, LocalNeo4jExit } from './local-neo4j.ts';
import { superviseLocalNeo4j } from './neo4j-supervisor.ts';

/** A stand-in for a started JVM whose death the test decides (the real one is killed in test/integration/neo4j-outage.test.ts). */
function jvm(pid: number) {
  let die!: (exit: LocalNeo4jExit) => void;
  const exited = new Promise<LocalNeo4jExit>((resolve) => (die = resolve));
  const neo4j: LocalNeo4j = {
    uri: 'bolt://127.0.0.1:1',
    pid,
    logFile: '/nonexistent/debug.log',
    exited,
    stop: async () => die({ code: 0, signal: null, stderr: [] }),
  };
  return { neo4j, die: (code: number) => die({ code, signal: null, stderr: ['java.lang.OutOfMemoryError: Java heap space'] }) };
}

describe('local Neo4j supervisor', () => {
  afterEach(() => vi.useRealTimers());

  it('when Neo4j keeps dying right after each restart, then it is restarted after waits that double up to the maximum, each exit logged', async () => {
    vi.useFakeTimers();
    const log = capturedLog();
    const first = jvm(1);
    const started: ReturnType<typeof jvm>[] = [];
    const startTimes: number[] = [];
    const supervisor = superviseLocalNeo4j(first.neo4j, {
      logger: log.logger,
      start: async () => {
        startTimes.push(Date.now());
        const next = jvm(started.length + 2);
        started.push(next);
        return next.neo4j;
      },
      backoff: { firstMs: 100, maxMs: 400, stableMs: 60_000 },
    });
    first.die(137);
    for (let i = 0; i < 4; i++) {
      while (started.length <= i) await vi.advanceTimersByTimeAsync(10);
      started[i]!.die(137);
    }
    // From each exit's log line (written once the end of Neo4j's log is read) to the next start.
    const exits = log.find('local Neo4j exited').map((l) => l.time);
    const waits = startTimes.map((at, i) => at - exits[i]!);
    expect(waits).toEqual([100, 200, 400, 400].map((w) => expect.closeTo(w, -1.5)));
    expect(log.find('local Neo4j exited')).toHaveLength(4);
    expect(log.find('local Neo4j exited')[0]).toMatchObject({
      level: LEVEL.error,
      exitCode: 137,
      stderr: ['java.lang.OutOfMemoryError: Java heap space'],
    });
    expect(supervisor.restarts()).toBe(4);
    await vi.advanceTimersByTimeAsync(1_000);
    await supervisor.stop();
  });

  it('when a restart fails, then it is tried again and the failure is logged; once back, onBack runs before it serves', async () => {
    const log = capturedLog();
    const first = jvm(1);
    let attempts = 0;
    let resolveBack!: (neo4j: LocalNeo4j) => void;
    const back = new Promise<LocalNeo4j>((resolve) => (resolveBack = resolve));
    const supervisor = superviseLocalNeo4j(first.neo4j, {
      logger: log.logger,
      start: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('Port 7688 is already taken');
        return jvm(9).neo4j;
      },
      onBack: async (neo4j) => resolveBack(neo4j),
      backoff: { firstMs: 1 },
    });
    first.die(1);
    expect((await back).pid).toBe(9);
    expect(log.find('could not restart the local Neo4j')).toHaveLength(1);
    expect(log.find('local Neo4j is back after a restart')).toEqual([expect.objectContaining({ attempt: 2, pid: 9 })]);
    await supervisor.stop();
  });

  it('when stopped, then an exit is not treated as a crash', async () => {
    const log = capturedLog();
    const first = jvm(1);
    const supervisor = superviseLocalNeo4j(first.neo4j, { logger: log.logger, start: async () => jvm(2).neo4j });
    await supervisor.stop();
    await first.neo4j.exited;
    expect(log.find('local Neo4j exited')).toEqual([]);
    expect(supervisor.restarts()).toBe(0);
  });
});
