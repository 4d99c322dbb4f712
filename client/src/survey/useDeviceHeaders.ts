import { useState } from 'react';
import { browserStorage } from './browser-storage';
import { randomUuid } from './random-id';
import { DEVICE_HEADER, deviceId } from './stored-receipt';

/** The request headers that name this device (rate limits key on workshop code plus device). */
export function useDeviceHeaders(): Record<string, string> {
  const [headers] = useState(() => ({ [DEVICE_HEADER]: deviceId(browserStorage(), randomUuid) }));
  return headers;
}
