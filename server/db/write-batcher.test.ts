import { describe, expect, it } from 'vitest';
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
});
