import { describe, expect, it } from 'vitest';
import { createInstanceState } from './instance-state.ts';

describe('instance state', () => {
  it('when a write names a community, then only that community of that instance is read again', async () => {
    const [one, other] = [createInstanceState(), createInstanceState()];
    let reads = 0;
    const read = (state: typeof one, communityId: string) => state.caches.interests(communityId, communityId, async () => (reads++, []));

    await read(one, 'a');
    await read(one, 'b');
    await read(other, 'a');
    expect(reads).toBe(3);

    one.revisions.changed({ community: 'a' });
    await read(one, 'a'); // changed: read again
    await read(one, 'b'); // another community: kept
    await read(other, 'a'); // another instance does not see this one's writes (see db/revisions.ts)
    expect(reads).toBe(4);
    expect(one.cacheStatistics.get('interests')).toEqual({ hits: 1, misses: 3 });
  });

  it('when a write names no community, then every community of the instance is read again', async () => {
    const state = createInstanceState();
    let reads = 0;
    const read = (communityId: string) => state.caches.interests(communityId, communityId, async () => (reads++, []));
    await read('a');
    await read('b');
    state.revisions.changed('all');
    await read('a');
    await read('b');
    expect(reads).toBe(4);
    state.revisions.changed('none');
    await read('a');
    expect(reads).toBe(4);
  });
});
