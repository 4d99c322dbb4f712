// What this phone remembers after a submission: the receipt per workshop (so the same phone finds its private
// link again) and a random device id sent with submissions (rate limits key on code plus device, not on IP).

import type { StorageLike } from './browser-storage';
import { readJson, removeItem, writeJson } from './browser-storage';
import type { SurveyReceipt } from './queries';
import { normalizeCode } from './survey-draft';

export interface StoredReceipt extends SurveyReceipt {
  code: string;
  /** When it was received (ISO 8601). */
  receivedAt: string;
}

export function receiptKey(code: string): string {
  return `tejido.survey.receipt.${normalizeCode(code)}`;
}

/**
 * Remembers a receipt for the workshop. A receipt without a private link does not replace one with a link:
 * the link is what the participant needs to find again.
 */
export function saveReceipt(storage: StorageLike, code: string, receipt: SurveyReceipt, now = new Date()): StoredReceipt {
  const previous = loadReceipt(storage, code);
  const stored: StoredReceipt = {
    code: normalizeCode(code),
    personId: receipt.personId,
    privateToken: receipt.privateToken,
    receivedAt: now.toISOString(),
  };
  if (stored.privateToken === null && previous?.privateToken) return previous;
  writeJson(storage, receiptKey(code), stored);
  return stored;
}

export function loadReceipt(storage: StorageLike, code: string): StoredReceipt | null {
  const saved = readJson(storage, receiptKey(code));
  if (typeof saved !== 'object' || saved === null) return null;
  const raw = saved as Record<string, unknown>;
  if (typeof raw.personId !== 'string') return null;
  return {
    code: normalizeCode(code),
    personId: raw.personId,
    privateToken: typeof raw.privateToken === 'string' && raw.privateToken !== '' ? raw.privateToken : null,
    receivedAt: typeof raw.receivedAt === 'string' ? raw.receivedAt : '',
  };
}

/** Forgets the receipt of a workshop when it holds this private link (after the record was erased). */
export function forgetReceiptWithToken(storage: StorageLike, code: string | null, token: string): void {
  if (code === null) return;
  if (loadReceipt(storage, code)?.privateToken === token) removeItem(storage, receiptKey(code));
}

export const DEVICE_KEY = 'tejido.device';

/** This browser's random device id, created on first use and kept. */
export function deviceId(storage: StorageLike, makeId: () => string): string {
  try {
    const saved = storage.getItem(DEVICE_KEY);
    if (saved && /^[\w-]{8,64}$/u.test(saved)) return saved;
  } catch {
    // Unreadable storage: make a new id below (kept for this page at least).
  }
  const id = makeId();
  try {
    storage.setItem(DEVICE_KEY, id);
  } catch {
    // A device id that does not survive a reload still works, it only rate-limits less precisely.
  }
  return id;
}

/** The header name the server reads the device id from. */
export const DEVICE_HEADER = 'x-tejido-device';
