export type WriteBatcherOptions = {
  /** Items per write at most. */
  maxBatch?: number;
  /**
   * How long an item may wait for its turn (behind the write in progress) before it is refused with
   * `tooLong()`: a stuck database must not leave a queue of phones waiting without an answer. An item
   * whose write has started is answered by that write.
   */
  maxWaitMs?: number;
  tooLong?: () => unknown;
};

type Queued<T, R> = { item: T; resolve: (result: R) => void; reject: (error: unknown) => void; timer?: ReturnType<typeof setTimeout> };

/**
 * Joins writes that arrive while another is running into one call (group commit in the app). A workshop
 * room submits at once: one transaction for many answers costs far fewer round trips and commits than one
 * each, and a single writer never fights itself over the busy nodes they all link to (the workshop,
 * regions, popular organizations and interests). With nothing in flight an item is written at once.
 */
export class WriteBatcher<T, R = void> {
  private queue: Queued<T, R>[] = [];
  private running = false;
  private readonly maxBatch: number;
  private readonly maxWaitMs: number | undefined;
  private readonly tooLong: () => unknown;

  /** `write` returns one result per item, in order. */
  constructor(
    private readonly write: (items: T[]) => Promise<R[]>,
    options: WriteBatcherOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 200;
    this.maxWaitMs = options.maxWaitMs;
    this.tooLong = options.tooLong ?? (() => new Error(`Waited more than ${this.maxWaitMs} ms to be written.`));
  }

  /** Resolves with the item's result once its batch is committed; rejects with the batch's error. */
  add(item: T): Promise<R> {
    return new Promise((resolve, reject) => {
      const queued: Queued<T, R> = { item, resolve, reject };
      if (this.maxWaitMs !== undefined && this.running) {
        queued.timer = setTimeout(() => {
          const at = this.queue.indexOf(queued);
          if (at < 0) return;
          this.queue.splice(at, 1);
          reject(this.tooLong());
        }, this.maxWaitMs);
      }
      this.queue.push(queued);
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        for (const b of batch) clearTimeout(b.timer);
        try {
          const results = await this.write(batch.map((b) => b.item));
          batch.forEach((b, i) => b.resolve(results[i]!));
        } catch (error) {
          for (const b of batch) b.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
