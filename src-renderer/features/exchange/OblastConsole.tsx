import { Alert, Badge, Button, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconKey, IconPackageImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { downloadText } from '../../lib/download';
import { readBase64, readText } from '../../lib/files';
import { formatDate, formatNumber } from '../../lib/format';
import { PickFile } from '../../lib/PickFile';
import type { Status } from './ExchangePage';

// The oblast's console over its consolidation database: the districts whose keys it trusts, each
// with its last package and the days since; a package imported (all or nothing, its receipt to
// hand back); people and cases per district; people registered in two districts.

type Report = Output<'exchange.import'>;

export function OblastConsole({ status, reload }: { status: Status; reload(): void }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const [report, setReport] = useState<Report | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { data } = useLatestAnswer('exchange.consolidated', { tick } as never);
  const run = async (key: string, job: () => Promise<void>) => {
    setBusy(key);
    setProblem(null);
    try {
      await job();
      setTick((n) => n + 1);
      reload();
    } catch (e) {
      setProblem(e instanceof ApiCallError ? e.message : t('errors.network'));
    } finally {
      setBusy(null);
    }
  };
  const n = (v: number) => formatNumber(v, i18n.language);
  const kato = new Map((data?.districts ?? []).map((x) => [x.installId, x.districtKato]));
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4">
              {t('exchange.importTitle')}
            </Title>
            <Text size="sm" c="dimmed" maw={640}>
              {t('exchange.importHint')}
            </Text>
          </div>
          <Group gap="xs">
            <PickFile
              accept=".qamqor"
              onChange={(file) =>
                file &&
                void run('import', async () => {
                  const r = await call('exchange.import', {
                    fileName: file.name,
                    base64: await readBase64(file),
                  });
                  setReport(r);
                })
              }
            >
              {(props) => (
                <Button
                  {...props}
                  leftSection={<IconPackageImport size={16} />}
                  loading={busy === 'import'}
                  data-testid="exchange-import"
                >
                  {t('exchange.importPackage')}
                </Button>
              )}
            </PickFile>
            <PickFile
              accept=".json,application/json"
              onChange={(file) =>
                file &&
                void run('trust', async () => {
                  const r = await call('exchange.trust', { content: await readText(file) });
                  notifications.show({
                    color: 'teal',
                    message: t('exchange.districtRegistered', {
                      kato: r.districtKato,
                      fingerprint: r.fingerprint,
                    }),
                  });
                })
              }
            >
              {(props) => (
                <Button
                  {...props}
                  variant="light"
                  leftSection={<IconKey size={16} />}
                  data-testid="exchange-trust"
                >
                  {t('exchange.registerDistrict')}
                </Button>
              )}
            </PickFile>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              onClick={() =>
                void run('key', async () => {
                  const keys = await call('exchange.keys', {});
                  if (keys.oblastKey) downloadText(keys.oblastKey.content, keys.oblastKey.fileName);
                })
              }
            >
              {t('exchange.downloadOblastKey')}
            </Button>
          </Group>
        </Group>
        {problem && (
          <Alert color="red" mt="sm" data-testid="exchange-problem">
            {problem}
          </Alert>
        )}
        {report && (
          <Alert color={report.flagged ? 'orange' : 'teal'} mt="sm" data-testid="exchange-report">
            <Text size="sm">
              {t('exchange.reportLine', {
                file: report.fileName,
                kato: report.districtKato,
                inserted: n(report.inserted),
                updated: n(report.updated),
                unchanged: n(report.unchanged),
                kept: n(report.keptNewer),
                deleted: n(report.deleted),
              })}
            </Text>
            {report.flagged && <Text size="sm">{t('exchange.flagged', { reason: report.flagged })}</Text>}
            <Button
              mt="xs"
              size="xs"
              variant="light"
              leftSection={<IconDownload size={14} />}
              onClick={() => downloadText(report.receipt.content, report.receipt.fileName)}
              data-testid="exchange-receipt-download"
            >
              {t('exchange.downloadReceipt')}
            </Button>
          </Alert>
        )}
        <Text size="xs" c="dimmed" mt="sm">
          {t('exchange.fingerprint')}: <Code>{status.fingerprint}</Code>
        </Text>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('exchange.districts')}
        </Title>
        <Table withTableBorder striped data-testid="exchange-districts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exchange.district')}</Table.Th>
              <Table.Th>{t('exchange.fingerprint')}</Table.Th>
              <Table.Th>{t('exchange.lastPackage')}</Table.Th>
              <Table.Th ta="right">{t('exchange.people')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data?.districts ?? []).length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text size="sm" c="dimmed">
                    {t('exchange.noDistricts')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {(data?.districts ?? []).map((x) => (
              <Table.Tr key={x.installId}>
                <Table.Td>
                  {x.districtKato}
                  {x.flaggedAt && (
                    <Badge ml="xs" color="red" variant="light" title={x.flagReason ?? ''}>
                      {t('exchange.flaggedBadge')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {x.fingerprint}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {x.lastPackageAt
                    ? `${formatDate(x.lastPackageAt.slice(0, 10), i18n.language)} · ${t('exchange.daysAgo', { n: x.daysSince ?? 0 })}`
                    : t('exchange.nothingYet')}
                </Table.Td>
                <Table.Td ta="right">{n(x.people)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('exchange.casesByStatus')}
        </Title>
        {(data?.casesByStatus ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('exchange.noCases')}
          </Text>
        ) : (
          <Table withTableBorder striped>
            <Table.Tbody>
              {(data?.casesByStatus ?? []).map((r) => (
                <Table.Tr key={`${r.installId}-${r.status}`}>
                  <Table.Td>{kato.get(r.installId) ?? r.installId}</Table.Td>
                  <Table.Td>{t(`enums.caseStatus.${r.status}`)}</Table.Td>
                  <Table.Td ta="right">{n(r.n)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="exchange-duplicates">
        <Title order={2} size="h4" mb="xs">
          {t('exchange.duplicates', { n: n(data?.duplicates.total ?? 0) })}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('exchange.duplicatesHint')}
        </Text>
        {(data?.duplicates.rows ?? []).length > 0 && (
          <Table withTableBorder striped>
            <Table.Tbody>
              {(data?.duplicates.rows ?? []).map((r) => (
                <Table.Tr key={r.iin}>
                  <Table.Td>{r.iin}</Table.Td>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>{r.districts.join(', ')}</Table.Td>
                  <Table.Td ta="right">{t('exchange.activeCases', { n: r.activeCases })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
