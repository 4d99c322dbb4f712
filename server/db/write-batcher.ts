/**
 * Joins writes that arrive while another is running into one call (group commit in the app). A workshop
 * room submits at once: one transaction for many answers costs far fewer round trips and commits than one
 * each, and a single writer never fights itself over the busy nodes they all link to (the workshop,
 * regions, popular organizations and interests). With nothing in flight an item is written at once.
 */
export class WriteBatcher<T, R = void> {
  private queue: { item: T; resolve: (result: R) => void; reject: (error: unknown) => void }[] = [];
  private running = false;

  /** `write` returns one result per item, in order. */
  constructor(
    private readonly write: (items: T[]) => Promise<R[]>,
    private readonly maxBatch = 200,
  ) {}

  /** Resolves with the item's result once its batch is committed; rejects with the batch's error. */
  add(item: T): Promise<R> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
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
