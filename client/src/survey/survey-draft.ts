// The survey draft kept in localStorage, one per workshop code, until the server acknowledges it: a reload
// restores the answers, and a retry reuses the same submissionId (so it never creates a second person).

import type { StorageLike } from './browser-storage';
import { readJson, removeItem, writeJson } from './browser-storage';
import type { SurveyValues } from './survey-values';
import { coerceValues } from './survey-values';

export interface SurveyDraft {
  /** Created once per form; sent again on every retry. */
  submissionId: string;
  values: SurveyValues;
  /** Sending failed for want of a connection: the page sends it by itself when the connection returns. */
  queued?: boolean;
}

const VERSION = 1;

/** A join code as people type it ("k7m4 qx") in the form the server gives out ("K7M4QX"). */
export function normalizeCode(code: string): string {
  return code.replace(/[\s-]+/gu, '').toUpperCase();
}

export function draftKey(code: string): string {
  return `tejido.survey.draft.${normalizeCode(code)}`;
}

/** A new draft with a fresh submissionId. */
export function createDraft(values: SurveyValues, makeId: () => string): SurveyDraft {
  return { submissionId: makeId(), values };
}

/** The draft saved for this workshop, or null when there is none (or it is unreadable). */
export function loadDraft(storage: StorageLike, code: string): SurveyDraft | null {
  const saved = readJson(storage, draftKey(code));
  if (typeof saved !== 'object' || saved === null) return null;
  const { version, submissionId, values, queued } = saved as Record<string, unknown>;
  if (version !== VERSION || typeof submissionId !== 'string' || submissionId === '') return null;
  return queued === true ? { submissionId, values: coerceValues(values), queued: true } : { submissionId, values: coerceValues(values) };
}

/** Keeps the draft; false when the browser refused (the form still works, it just will not survive a reload). */
export function saveDraft(storage: StorageLike, code: string, draft: SurveyDraft): boolean {
  return writeJson(storage, draftKey(code), {
    version: VERSION,
    submissionId: draft.submissionId,
    values: draft.values,
    queued: draft.queued === true,
  });
}

/** Forgets the draft, once the server has acknowledged it. */
export function clearDraft(storage: StorageLike, code: string): void {
  removeItem(storage, draftKey(code));
}

/** The saved draft, or a new one when there is none. `restored` tells which. */
export function loadOrCreateDraft(
  storage: StorageLike,
  code: string,
  blank: () => SurveyValues,
  makeId: () => string,
): { draft: SurveyDraft; restored: boolean } {
  const saved = loadDraft(storage, code);
  return saved ? { draft: saved, restored: true } : { draft: createDraft(blank(), makeId), restored: false };
}
