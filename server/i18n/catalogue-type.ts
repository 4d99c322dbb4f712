import type en from './locales/en.ts';

export type ServerMessageKey = keyof typeof en;
/** A server catalogue: exactly the English keys (a missing or extra one fails `tsc`). */
export type ServerCatalogue = Record<ServerMessageKey, string>;
