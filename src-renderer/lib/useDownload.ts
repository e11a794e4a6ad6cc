import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api/client';
import { downloadBase64, XLSX_MIME } from './download';

/**
 * Fetches a document the api makes (PDF or .xlsx as base64) and hands it to the browser or
 * Electron's save dialog; `busy` names the button that is working; a refusal shows as a notice.
 */
export function useDownload() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (key: string, fetch: () => Promise<{ base64: string; fileName: string }>) => {
    setBusy(key);
    try {
      const file = await fetch();
      downloadBase64(
        file.base64,
        file.fileName,
        file.fileName.endsWith('.xlsx') ? XLSX_MIME : 'application/pdf',
      );
    } catch (e) {
      notifications.show({
        color: 'red',
        message: e instanceof ApiCallError ? e.message : t('errors.network'),
      });
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
