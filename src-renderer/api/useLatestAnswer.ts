import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input, Output, ProcedureName } from '../../src-main/core/api/contract';
import { ApiCallError, call } from './client';

/**
 * Calls a read procedure whenever its input changes and keeps the answer to the latest call:
 * answers that arrive out of order (a slow page overtaken by the next filter, a keystroke
 * overtaken by the next) are dropped, and the last answer stays on screen while the next one is
 * fetched. For the server-paged tables. `answered` is the input the shown data answers.
 * With `loaderAfterMs`, `fetching` turns on only for an answer slower than that: flashing a
 * loader on every keystroke would re-render the table each time and make the list flicker.
 */
export function useLatestAnswer<P extends ProcedureName>(
  name: P,
  input: Input<P>,
  opts: { loaderAfterMs?: number } = {},
): { data: Output<P> | null; answered: Input<P> | null; fetching: boolean; error: string | null } {
  const { t } = useTranslation();
  const delay = opts.loaderAfterMs ?? 0;
  const [data, setData] = useState<Output<P> | null>(null);
  const [answered, setAnswered] = useState<Input<P> | null>(null);
  const [fetching, setFetching] = useState(delay === 0);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  // The input by value: callers build a new object on every render.
  const key = JSON.stringify(input);
  useEffect(() => {
    const id = ++latest.current;
    const asked = JSON.parse(key) as Input<P>;
    let slow: ReturnType<typeof setTimeout> | undefined;
    if (delay > 0) {
      slow = setTimeout(() => {
        if (id === latest.current) setFetching(true);
      }, delay);
    } else {
      setFetching(true);
    }
    call(name, asked)
      .then((answer) => {
        if (id !== latest.current) return;
        setData(answer);
        setAnswered(asked);
        setError(null);
      })
      .catch((err) => {
        if (id === latest.current) setError(err instanceof ApiCallError ? err.message : t('errors.network'));
      })
      .finally(() => {
        clearTimeout(slow);
        if (id === latest.current) setFetching(false);
      });
  }, [name, key, t, delay]);
  return { data, answered, fetching, error };
}
