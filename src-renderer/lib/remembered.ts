import { type SetStateAction, useCallback, useState } from 'react';

// A list screen's search, filters, sort and page, kept while the user opens a card and comes
// back (caseworkers go from the list to a card and back all day). Kept in memory only: gone on
// reload, and forgotten at sign-in and sign-out, so the next person at a shared workstation
// does not see what the last one searched for.

const store = new Map<string, unknown>();

export function forgetRemembered(): void {
  store.clear();
}

/** useState whose value outlives the component until the session ends. */
export function useRemembered<T>(key: string, initial: T): [T, (next: SetStateAction<T>) => void] {
  const [value, setValue] = useState<T>(() => (store.has(key) ? (store.get(key) as T) : initial));
  const set = useCallback(
    (next: SetStateAction<T>) =>
      setValue((prev) => {
        const v = typeof next === 'function' ? (next as (p: T) => T)(prev) : next;
        store.set(key, v);
        return v;
      }),
    [key],
  );
  return [value, set];
}
