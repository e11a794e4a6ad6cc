import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api/client';

/**
 * Busy flag, the top-of-form error and the api's per-field errors for one form submit, so every
 * form reports a refused call the same way. `mapField` renames contract paths to form fields.
 * When `shownFields` is given, errors about anything else (a case's status, the person) have no
 * input to sit under, so their messages join the error at the top.
 */
export function useApiSubmit(
  setFieldErrors?: (errors: Record<string, string>) => void,
  mapField = (k: string) => k,
  shownFields?: readonly string[],
) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The last refusal's code: a form may offer what the refusal allows (a reason to override).
  const [code, setCode] = useState<string | null>(null);
  async function run(action: () => Promise<void>): Promise<void> {
    setBusy(true);
    setError(null);
    setCode(null);
    try {
      await action();
    } catch (err) {
      if (err instanceof ApiCallError) {
        setCode(err.code);
        const unseen = shownFields
          ? Object.entries(err.fields)
              // A list item's field ("services.0.volume") sits under its list's inputs.
              .filter(
                ([k]) =>
                  !shownFields.includes(mapField(k)) &&
                  !shownFields.includes(mapField(k).split('.')[0] ?? ''),
              )
              .map(([, v]) => v)
          : [];
        setError([err.message, ...unseen].join(' '));
        setFieldErrors?.(Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [mapField(k), v])));
      } else setError(t('errors.network'));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, code, run };
}
