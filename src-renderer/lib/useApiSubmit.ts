import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api/client';

/**
 * Busy flag, the top-of-form error and the api's per-field errors for one form submit, so every
 * form reports a refused call the same way. `mapField` renames contract paths to form fields.
 */
export function useApiSubmit(
  setFieldErrors?: (errors: Record<string, string>) => void,
  mapField = (k: string) => k,
) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(action: () => Promise<void>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      if (err instanceof ApiCallError) {
        setError(err.message);
        setFieldErrors?.(Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [mapField(k), v])));
      } else setError(t('errors.network'));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
