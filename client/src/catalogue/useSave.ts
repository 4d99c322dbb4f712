import { useState } from 'react';
import { GraphQLRequestError } from '../api/graphql';

/** A save in flight and its refusal (with the input field the server named), for the catalogue's small forms. */
export function useSave() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field: string | null } | null>(null);
  async function save(run: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await run();
      return true;
    } catch (err) {
      setError({
        message: err instanceof Error ? err.message : String(err),
        field: err instanceof GraphQLRequestError ? (err.field ?? null) : null,
      });
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, save, clear: () => setError(null) };
}

/** "a; b ;c" → ["a", "b", "c"]. */
export const splitList = (text: string) =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
