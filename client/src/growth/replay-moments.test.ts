import { describe, expect, it } from 'vitest';
import { inOrderOf, newSince, replayMoments } from './replay-moments';

const person = (id: string) => ({ id }) as never;
const tie = (id: string, source: string, target: string) => ({ id, source, target }) as never;

describe('replayMoments', () => {
  it('when workshops were closed, reopened and snapshots taken on demand, then each workshop is offered once, by date, at its last closing', () => {
    const moments = replayMoments([
      { takenAt: '2026-03-11T10:00:00Z', trigger: 'WORKSHOP_CLOSED', workshopTitle: 'Sur', workshopDate: '2026-03-10' },
      { takenAt: '2026-01-16T10:00:00Z', trigger: 'WORKSHOP_CLOSED', workshopTitle: 'Norte', workshopDate: '2026-01-15' },
      { takenAt: '2026-02-01T10:00:00Z', trigger: 'ON_DEMAND', workshopTitle: null, workshopDate: null },
      { takenAt: '2026-03-12T10:00:00Z', trigger: 'WORKSHOP_CLOSED', workshopTitle: 'Sur', workshopDate: '2026-03-10' },
    ]);
    expect(moments).toEqual([
      { takenAt: '2026-01-16T10:00:00Z', workshopTitle: 'Norte', workshopDate: '2026-01-15' },
      { takenAt: '2026-03-12T10:00:00Z', workshopTitle: 'Sur', workshopDate: '2026-03-10' },
    ]);
  });

  it('when a workshop was closed twice within one second, then the later closing counts, whatever fraction digits Neo4j wrote', () => {
    const closing = (takenAt: string) => ({ takenAt, trigger: 'WORKSHOP_CLOSED', workshopTitle: 'Sur', workshopDate: '2026-03-10' });
    // Neo4j leaves out a zero fraction: as text, "…:05Z" would sort after "…:05.5Z" and "…:05.25Z".
    expect(replayMoments([closing('2026-03-11T10:00:05Z'), closing('2026-03-11T10:00:05.5Z')])[0]!.takenAt).toBe('2026-03-11T10:00:05.5Z');
    // Within one millisecond (250 and 251 ns): as text, "….00000025Z" sorts after "….000000251Z".
    expect(replayMoments([closing('2026-03-11T10:00:05.00000025Z'), closing('2026-03-11T10:00:05.000000251Z')])[0]!.takenAt).toBe(
      '2026-03-11T10:00:05.000000251Z',
    );
  });
});

describe('newSince', () => {
  it('when people and ties were added, then exactly those are new, a tie counted by its pair whichever way it is stored', () => {
    const then = { people: [person('a'), person('b')], ties: [tie('t1', 'a', 'b')] };
    const now = { people: [person('a'), person('b'), person('c')], ties: [tie('t1x', 'b', 'a'), tie('t2', 'c', 'a')] };
    const found = newSince(now, then);
    expect(found.people).toEqual(['c']);
    expect(found.ties).toEqual(['t2']);
    expect([...found.ids].sort()).toEqual(['c', 't2']);
  });
});

describe('inOrderOf', () => {
  it('when a past moment orders its clusters differently, then they follow the present order, clusters unknown today last', () => {
    const past = [{ id: 'sur' }, { id: 'gone' }, { id: 'norte' }];
    expect(inOrderOf(past, ['norte', 'sur', 'centro']).map((c) => c.id)).toEqual(['norte', 'sur', 'gone']);
  });
});
