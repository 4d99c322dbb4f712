import { afterEach, describe, expect, it, vi } from 'vitest';
import { capturedLog, LEVEL } from '../../test/support/captured-log.ts';
import { createDatabaseHealth } from './database-health.ts';

/** A probe the test answers: each call waits until the test says whether Neo4j answered. */
function controlledProbe() {
  const calls: { answer: (up: boolean) => void }[] = [];
  const probe = () =>
    new Promise<void>((resolve, reject) => {
      calls.push({ answer: (up) => (up ? resolve() : reject(new Error('connection refused'))) });
    });
  return { probe, calls };
}

const never = () => new Promise<never>(() => {});

describe('database health', () => {
  afterEach(() => vi.useRealTimers());

  it('when the database goes down, then calls waiting for it fail at once with DB_UNAVAILABLE, and the outage is logged once', async () => {
    const log = capturedLog();
    const health = createDatabaseHealth({ probe: async () => {}, logger: log.logger });
    const waiting = [health.guard(never()), health.guard(never())];
    health.markDown('the local Neo4j exited (signal SIGKILL)');
    health.markDown('again');
    for (const call of waiting) await expect(call).rejects.toMatchObject({ extensions: { code: 'DB_UNAVAILABLE' } });
    expect(log.find('Neo4j is unavailable')).toEqual([
      expect.objectContaining({ level: LEVEL.error, reason: 'the local Neo4j exited (signal SIGKILL)', inFlight: 2 }),
    ]);
    health.close();
  });

  it('when the database is down, then requests are refused without each one waiting, and one shared probe brings it back', async () => {
    const log = capturedLog();
    const { probe, calls } = controlledProbe();
    const health = createDatabaseHealth({ probe, logger: log.logger, recheckMs: 60_000 });
    health.markDown('connection refused');

    const first = [health.admit(), health.admit(), health.admit()];
    expect(calls).toHaveLength(1); // one probe for all three
    calls[0]!.answer(false);
    for (const admitted of first) await expect(admitted).rejects.toMatchObject({ extensions: { code: 'DB_UNAVAILABLE' } });
    await expect(health.admit()).rejects.toMatchObject({ extensions: { code: 'DB_UNAVAILABLE' } });
    expect(calls).toHaveLength(1); // a fresh failed verdict answers without probing again
    health.close();

    const recovering = createDatabaseHealth({ probe, logger: log.logger, recheckMs: 0 });
    recovering.markDown('connection refused');
    const admitted = recovering.admit();
    calls.at(-1)!.answer(true);
    await expect(admitted).resolves.toBeUndefined();
    expect(recovering.isUp()).toBe(true);
    expect(log.find('Neo4j is available again').at(-1)).toMatchObject({ level: LEVEL.info, reason: 'connection refused' });
    recovering.close();
  });

  it('when a call waits long and the database does not answer a probe (a hung server), then the call fails with DB_UNAVAILABLE', async () => {
    vi.useFakeTimers();
    const log = capturedLog();
    const { probe, calls } = controlledProbe();
    const health = createDatabaseHealth({ probe, logger: log.logger, stallMs: 2_000, probeTimeoutMs: 1_500 });
    const call = health.guard(never());
    const failed = expect(call).rejects.toMatchObject({ extensions: { code: 'DB_UNAVAILABLE' } });
    await vi.advanceTimersByTimeAsync(1_900);
    expect(calls).toHaveLength(0); // not waited long enough to suspect anything
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(1); // the probe is never answered…
    await vi.advanceTimersByTimeAsync(1_500); // …within its timeout
    await failed;
    expect(health.isUp()).toBe(false);
    health.close();
  });

  it('when a call takes long but the database answers probes (a big import), then the call is left to finish', async () => {
    vi.useFakeTimers();
    let probes = 0;
    const health = createDatabaseHealth({ probe: async () => void (probes += 1), logger: capturedLog().logger, stallMs: 2_000 });
    let finish!: (value: string) => void;
    const call = health.guard(new Promise<string>((resolve) => (finish = resolve)));
    await vi.advanceTimersByTimeAsync(12_500);
    finish('imported');
    await expect(call).resolves.toBe('imported');
    expect(probes).toBeGreaterThanOrEqual(5); // it kept checking, every stallMs
    expect(health.isUp()).toBe(true);
    health.close();
  });

  it('when held (a restarted Neo4j warming up), then probes that succeed do not let requests in until it is released', async () => {
    const { probe, calls } = controlledProbe();
    const health = createDatabaseHealth({ probe, logger: capturedLog().logger, recheckMs: 0 });
    health.hold('the local Neo4j is restarting');
    await expect(health.admit()).rejects.toMatchObject({ extensions: { code: 'DB_UNAVAILABLE' } });
    expect(calls).toHaveLength(0);
    const released = health.release('the local Neo4j is restarting');
    calls[0]!.answer(true);
    await released;
    expect(health.isUp()).toBe(true);
    await expect(health.admit()).resolves.toBeUndefined();
    health.close();
  });
});
