import { describe, expect, it } from 'vitest';
import { memoryStorage } from './browser-storage';
import { DEVICE_KEY, deviceId, forgetReceiptWithToken, loadReceipt, saveReceipt } from './stored-receipt';

describe('stored receipts', () => {
  it('when a receipt with a private link is saved, then the same phone finds it again for that workshop', () => {
    const storage = memoryStorage();
    saveReceipt(storage, 'k7m4qx', { personId: 'p1', privateToken: 'tok' }, new Date('2025-03-12T10:00:00Z'));
    expect(loadReceipt(storage, 'K7M4QX')).toEqual({
      code: 'K7M4QX',
      personId: 'p1',
      privateToken: 'tok',
      receivedAt: '2025-03-12T10:00:00.000Z',
    });
  });

  it('when a later receipt has no private link, then the earlier link is kept', () => {
    const storage = memoryStorage();
    saveReceipt(storage, 'K7M4QX', { personId: 'p1', privateToken: 'tok' });
    saveReceipt(storage, 'K7M4QX', { personId: 'p1', privateToken: null });
    expect(loadReceipt(storage, 'K7M4QX')?.privateToken).toBe('tok');
  });

  it('when the record behind a link is erased, then its receipt is forgotten, and other links are not', () => {
    const storage = memoryStorage();
    saveReceipt(storage, 'AAAAAA', { personId: 'p1', privateToken: 'tok-a' });
    saveReceipt(storage, 'BBBBBB', { personId: 'p2', privateToken: 'tok-b' });
    forgetReceiptWithToken(storage, 'AAAAAA', 'tok-a');
    forgetReceiptWithToken(storage, 'BBBBBB', 'tok-a');
    expect(loadReceipt(storage, 'AAAAAA')).toBeNull();
    expect(loadReceipt(storage, 'BBBBBB')?.privateToken).toBe('tok-b');
  });
});

describe('device id', () => {
  it('when asked twice, then the same id is given, made once', () => {
    const storage = memoryStorage();
    let made = 0;
    const makeId = () => `00000000-0000-4000-8000-00000000000${++made}`;
    const first = deviceId(storage, makeId);
    expect(deviceId(storage, makeId)).toBe(first);
    expect(made).toBe(1);
  });

  it('when the stored id is malformed, then a new one replaces it', () => {
    const storage = memoryStorage();
    storage.setItem(DEVICE_KEY, '<script>');
    expect(deviceId(storage, () => 'fresh-device-id')).toBe('fresh-device-id');
    expect(storage.getItem(DEVICE_KEY)).toBe('fresh-device-id');
  });
});
