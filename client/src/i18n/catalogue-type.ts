import type en from './locales/en';

/** Every message id; English (locales/en.ts) is the source of the key set. */
export type MessageKey = keyof typeof en;

/** A language's catalogue: exactly the English keys, each an ICU message. A missing or extra key fails `tsc`. */
export type Catalogue = Record<MessageKey, string>;
