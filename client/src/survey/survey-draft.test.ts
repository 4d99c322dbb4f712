import { describe, expect, it } from 'vitest';
import { memoryStorage } from './browser-storage';
import type { StorageLike } from './browser-storage';
import { clearDraft, draftKey, loadDraft, loadOrCreateDraft, normalizeCode, saveDraft } from './survey-draft';
import { emptyValues } from './survey-values';

function counter() {
  let n = 0;
  return () => `id-${++n}`;
}

describe('survey drafts', () => {
  it('when a draft is saved and the page reloads, then the same answers and submissionId come back', () => {
    const storage = memoryStorage();
    const values = { ...emptyValues('r1'), name: 'Ana', offers: [{ id: 'i1', name: 'Quemas' }], listed: true };
    saveDraft(storage, 'K7M4QX', { submissionId: 'sub-1', values });
    expect(loadDraft(storage, 'K7M4QX')).toEqual({ submissionId: 'sub-1', values });
  });

  it('when there is no draft, then a new one is made with a fresh id, once', () => {
    const storage = memoryStorage();
    const makeId = counter();
    const first = loadOrCreateDraft(storage, 'K7M4QX', () => emptyValues('r9'), makeId);
    expect(first.restored).toBe(false);
    expect(first.draft.submissionId).toBe('id-1');
    expect(first.draft.values.regionId).toBe('r9');

    saveDraft(storage, 'K7M4QX', first.draft);
    const again = loadOrCreateDraft(storage, 'K7M4QX', () => emptyValues(), makeId);
    expect(again).toEqual({ draft: first.draft, restored: true });
  });

  it('when the code is typed in lower case or with spaces, then it finds the same draft', () => {
    const storage = memoryStorage();
    saveDraft(storage, 'K7M4QX', { submissionId: 's', values: emptyValues() });
    expect(normalizeCode(' k7m4 qx')).toBe('K7M4QX');
    expect(loadDraft(storage, 'k7m4-qx')?.submissionId).toBe('s');
  });

  it('when drafts belong to two workshops, then each keeps its own', () => {
    const storage = memoryStorage();
    saveDraft(storage, 'AAAAAA', { submissionId: 'a', values: emptyValues() });
    saveDraft(storage, 'BBBBBB', { submissionId: 'b', values: emptyValues() });
    clearDraft(storage, 'AAAAAA');
    expect(loadDraft(storage, 'AAAAAA')).toBeNull();
    expect(loadDraft(storage, 'BBBBBB')?.submissionId).toBe('b');
  });

  it('when the stored draft is not JSON or lacks its submissionId, then it is ignored', () => {
    const storage = memoryStorage();
    storage.setItem(draftKey('K7M4QX'), '{not json');
    expect(loadDraft(storage, 'K7M4QX')).toBeNull();
    storage.setItem(draftKey('K7M4QX'), JSON.stringify({ version: 1, values: {} }));
    expect(loadDraft(storage, 'K7M4QX')).toBeNull();
  });

  it('when the stored values are partly of the wrong type, then the rest is kept and the wrong parts are blank', () => {
    const storage = memoryStorage();
    storage.setItem(
      draftKey('K7M4QX'),
      JSON.stringify({
        version: 1,
        submissionId: 'sub',
        values: { name: 'Ana', email: 42, offers: [{ id: 'i1', name: 'X' }, 'junk', { name: '' }], knows: null, listed: 'yes' },
      }),
    );
    const draft = loadDraft(storage, 'K7M4QX');
    expect(draft?.values).toMatchObject({ name: 'Ana', email: '', offers: [{ id: 'i1', name: 'X' }], knows: [], listed: false });
  });

  it('when the browser refuses to store (full or private mode), then saving says so instead of throwing', () => {
    const refusing: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(saveDraft(refusing, 'K7M4QX', { submissionId: 's', values: emptyValues() })).toBe(false);
    expect(loadDraft(refusing, 'K7M4QX')).toBeNull();
    expect(() => clearDraft(refusing, 'K7M4QX')).not.toThrow();
  });
});
