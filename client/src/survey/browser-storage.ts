/** The part of the Web Storage API the survey uses, so tests can pass an in-memory stand-in. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** An in-memory storage: used when the browser refuses localStorage (private modes), and in tests. */
export function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

let fallback: StorageLike | undefined;

/** The browser's localStorage, or an in-memory stand-in when it cannot be used. */
export function browserStorage(): StorageLike {
  try {
    const storage = window.localStorage;
    const probe = '__tejido_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    fallback ??= memoryStorage();
    return fallback;
  }
}

/** Reads and parses a JSON item; undefined when it is missing, unreadable or not JSON. */
export function readJson(storage: StorageLike, key: string): unknown {
  try {
    const raw = storage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/** Writes an item as JSON; false when the storage refused it (full, or disabled). */
export function writeJson(storage: StorageLike, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Removes an item, ignoring a storage that refuses. */
export function removeItem(storage: StorageLike, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: the item was not readable either.
  }
}
