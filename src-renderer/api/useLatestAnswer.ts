import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input, Output, ProcedureName } from '../../src-main/core/api/contract';
import { ApiCallError, call } from './client';

/**
 * Calls a read procedure whenever its input changes and keeps the answer to the latest call:
 * answers that arrive out of order (a slow page overtaken by the next filter) are dropped, and
 * the last answer stays on screen while the next one is fetched. For the server-paged tables.
 */
export function useLatestAnswer<P extends ProcedureName>(
  name: P,
  input: Input<P>,
): { data: Output<P> | null; fetching: boolean; error: string | null } {
  const { t } = useTranslation();
  const [data, setData] = useState<Output<P> | null>(null);
  const [fetching, setFetching] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  // The input by value: callers build a new object on every render.
  const key = JSON.stringify(input);
  useEffect(() => {
    const id = ++latest.current;
    setFetching(true);
    call(name, JSON.parse(key) as Input<P>)
      .then((answer) => {
        if (id !== latest.current) return;
        setData(answer);
        setError(null);
      })
      .catch((err) => {
        if (id === latest.current) setError(err instanceof ApiCallError ? err.message : t('errors.network'));
      })
      .finally(() => {
        if (id === latest.current) setFetching(false);
      });
  }, [name, key, t]);
  return { data, fetching, error };
}
