import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { DistrictExchange } from './DistrictExchange';
import { OblastConsole } from './OblastConsole';

// Administration → Exchange: at a district, the packages that go upward (export, acknowledgement,
// keys, what stays home); at an oblast's consolidation database, the console that imports them.

export type Status = Output<'exchange.status'>;

export function ExchangePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
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
          {status.mode === 'consolidation' ? t('exchange.oblastTitle') : t('exchange.title')}
        </Title>
        <Text c="dimmed" size="sm" maw={820}>
          {status.mode === 'consolidation' ? t('exchange.oblastSubtitle') : t('exchange.subtitle')}
        </Text>
      </div>
      {status.mode === 'consolidation' ? (
        <OblastConsole status={status} reload={load} />
      ) : (
        <DistrictExchange status={status} reload={load} />
      )}
    </Stack>
  );
}
