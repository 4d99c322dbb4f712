import { afterEach, describe, expect, it, vi } from 'vitest';
import { WriteBatcher } from './write-batcher.ts';

describe('WriteBatcher', () => {
  it('when items arrive while a write runs, then they are written together in the next batch', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const batcher = new WriteBatcher<number, number>(async (items) => {
      batches.push(items);
      if (batches.length === 1) await gate;
      return items.map((i) => i * 10);
    });
    const first = batcher.add(1);
    const rest = [batcher.add(2), batcher.add(3), batcher.add(4)];
    release();
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('when a batch fails, then every item of that batch is rejected and later items still go through', async () => {
    let calls = 0;
    const batcher = new WriteBatcher<string>(async (items) => {
      calls += 1;
      if (calls === 1) throw new Error('database away');
      return items.map(() => undefined);
    });
    await expect(batcher.add('a')).rejects.toThrow('database away');
    await expect(batcher.add('b')).resolves.toBeUndefined();
  });

  describe('with a bound on the wait', () => {
    afterEach(() => vi.useRealTimers());

    it('when an item waits behind a stuck write longer than the bound, then it is refused, and the stuck write still answers its own items', async () => {
      vi.useFakeTimers();
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const written: string[][] = [];
      const batcher = new WriteBatcher<string, string>(
        async (items) => {
          written.push(items);
          if (written.length === 1) await gate;
          return items;
        },
        { maxWaitMs: 5_000, tooLong: () => new Error('database too slow') },
      );
      const stuck = batcher.add('first');
      const waiting = batcher.add('second');
      const refused = expect(waiting).rejects.toThrow('database too slow');
      await vi.advanceTimersByTimeAsync(4_999);
      expect(written).toEqual([['first']]);
      await vi.advanceTimersByTimeAsync(1);
      await refused;
      release();
      await expect(stuck).resolves.toBe('first');
      expect(written).toEqual([['first']]); // the refused item was never written
      await expect(batcher.add('third')).resolves.toBe('third');
    });

    it('when items are taken into a write before the bound, then they wait for that write however long it takes', async () => {
      vi.useFakeTimers();
      const gates: (() => void)[] = [];
      const batcher = new WriteBatcher<number, number>((items) => new Promise((resolve) => gates.push(() => resolve(items))), {
        maxWaitMs: 1_000,
      });
      const first = batcher.add(1);
      const second = batcher.add(2);
      await vi.advanceTimersByTimeAsync(500);
      gates[0]!(); // the first write ends: the second item is taken into the next one
      await expect(first).resolves.toBe(1);
      await vi.advanceTimersByTimeAsync(10_000);
      gates[1]!();
      await expect(second).resolves.toBe(2);
    });
  });
});
