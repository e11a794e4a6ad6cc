import { Alert, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconPackageExport } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Output } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { RegisterImport } from '../registry-import/RegisterImport';
import { DistrictExchange } from './DistrictExchange';
import { OblastConsole } from './OblastConsole';

// Administration → Exchange: at a district, the packages that go upward (export, acknowledgement,
// keys, what stays home) and the import of the register it keeps in Excel today; at an oblast's
// consolidation database, the console that imports packages.

export type Status = Output<'exchange.status'>;

export function ExchangePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'spreadsheet' ? 'spreadsheet' : 'export';
  const load = useCallback(() => {
    call('exchange.status', {}).then(setStatus, (e) =>
      setError(e instanceof ApiCallError ? e.message : t('errors.network')),
    );
  }, [t]);
  useEffect(load, [load]);
  if (error) return <Alert color="red">{error}</Alert>;
  if (!status) return <Loader size="sm" />;
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {status.mode === 'consolidation'
            ? t('exchange.oblastTitle')
            : tab === 'spreadsheet'
              ? t('exchange.spreadsheetTitle')
              : t('exchange.title')}
        </Title>
        {/* The packages' explanation; the spreadsheet tab carries its own. */}
        {(status.mode === 'consolidation' || tab === 'export') && (
          <Text c="dimmed" size="sm" maw={820}>
            {status.mode === 'consolidation' ? t('exchange.oblastSubtitle') : t('exchange.subtitle')}
          </Text>
        )}
      </div>
      {status.mode === 'consolidation' ? (
        <OblastConsole status={status} reload={load} />
      ) : (
        <Tabs
          value={tab}
          onChange={(v) => setParams(v === 'spreadsheet' ? { tab: v } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab
              value="export"
              leftSection={<IconPackageExport size={16} />}
              data-testid="exchange-tab-export"
            >
              {t('exchange.tabs.export')}
            </Tabs.Tab>
            <Tabs.Tab
              value="spreadsheet"
              leftSection={<IconFileSpreadsheet size={16} />}
              data-testid="exchange-tab-spreadsheet"
            >
              {t('exchange.tabs.spreadsheet')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="export">
            <DistrictExchange status={status} reload={load} />
          </Tabs.Panel>
          <Tabs.Panel value="spreadsheet">
            <RegisterImport />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
