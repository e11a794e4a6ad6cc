import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorklistFilters } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useCan } from '../../app/permissions';
import { downloadBase64, XLSX_MIME } from '../../lib/download';
import { formatNumber } from '../../lib/format';

/**
 * Writes the list as it stands (search, filters, order) to an .xlsx. Reads the current list
 * through `getCurrent` when clicked, so typing does not re-render it. Hidden from roles that may
 * not hand personal data on.
 */
export const ExportButton = memo(function ExportButton({ getCurrent }: { getCurrent(): WorklistFilters }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [busy, setBusy] = useState(false);
  if (!can('applicants.export')) return null;
  async function run() {
    setBusy(true);
    try {
      const file = await call('applicants.export', getCurrent());
      downloadBase64(file.base64, file.fileName, XLSX_MIME);
      notifications.show({
        color: file.capped ? 'yellow' : 'teal',
        message: t(file.capped ? 'applicants.exportCapped' : 'applicants.exported', {
          n: formatNumber(file.rows, i18n.language),
        }),
      });
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiCallError ? err.message : t('errors.network'),
      });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button
      variant="subtle"
      size="xs"
      leftSection={<IconFileSpreadsheet size={14} />}
      loading={busy}
      onClick={() => void run()}
      data-testid="applicant-export"
    >
      {t('applicants.export')}
    </Button>
  );
});
