import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconKey, IconPackageExport, IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';
import { downloadText } from '../../lib/download';
import { readText } from '../../lib/files';
import { formatDate, formatNumber } from '../../lib/format';
import { PickFile } from '../../lib/PickFile';
import type { Status } from './ExchangePage';

// A district's side of the exchange: this install's key for the oblast to register, the oblast's
// key (packages are encrypted to it), the export of the next package or a full one into the
// export folder, each package with its acknowledgement (the oblast's receipt, or "delivered"),
// and what stays home (tables and free-text fields).

export function DistrictExchange({ status, reload }: { status: Status; reload(): void }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [policy, setPolicy] = useState(status.policy);
  const run = async (key: string, job: () => Promise<string | null>) => {
    setBusy(key);
    try {
      const message = await job();
      if (message) notifications.show({ color: 'teal', message, autoClose: 12_000 });
      reload();
    } catch (e) {
      notifications.show({
        color: 'red',
        message: e instanceof ApiCallError ? e.message : t('errors.network'),
      });
    } finally {
      setBusy(null);
    }
  };
  const d = (iso: string | null) => (iso ? formatDate(iso.slice(0, 10), i18n.language) : '');
  const columns = [...new Set(status.tables.flatMap((x) => x.columns))].sort();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" radius="md" data-testid="exchange-identity">
          <Title order={2} size="h4" mb="xs">
            {t('exchange.thisInstall')}
          </Title>
          <Text size="sm">
            {t('exchange.district')}: {status.districtKato}
          </Text>
          <Text size="sm">{t('exchange.fingerprint')}:</Text>
          <Code block data-testid="exchange-fingerprint">
            {status.fingerprint}
          </Code>
          <Button
            mt="sm"
            size="xs"
            variant="light"
            leftSection={<IconDownload size={14} />}
            loading={busy === 'key'}
            onClick={() =>
              void run('key', async () => {
                const keys = await call('exchange.keys', {});
                if (keys.districtKey) downloadText(keys.districtKey.content, keys.districtKey.fileName);
                return null;
              })
            }
            data-testid="exchange-key-download"
          >
            {t('exchange.downloadKey')}
          </Button>
        </Paper>
        <Paper withBorder p="md" radius="md" data-testid="exchange-oblast">
          <Title order={2} size="h4" mb="xs">
            {t('exchange.oblastKey')}
          </Title>
          {status.oblastFingerprint ? (
            <Code block>{status.oblastFingerprint}</Code>
          ) : (
            <Alert color="orange" data-testid="exchange-unencrypted">
              {t('exchange.noOblastKey')}
            </Alert>
          )}
          <PickFile
            accept=".json,application/json"
            onChange={(file) =>
              file &&
              void run('trust', async () => {
                const r = await call('exchange.trust', { content: await readText(file) });
                return t('exchange.oblastKeySet', { fingerprint: r.fingerprint });
              })
            }
          >
            {(props) => (
              <Button {...props} mt="sm" size="xs" variant="light" leftSection={<IconKey size={14} />}>
                {t('exchange.setOblastKey')}
              </Button>
            )}
          </PickFile>
          {status.exports.length === 0 && (
            <>
              <Text size="xs" c="dimmed" mt="md">
                {t('exchange.becomeOblast')}
              </Text>
              <PickFile
                accept=".json,application/json"
                onChange={(file) =>
                  file &&
                  void run('district', async () => {
                    const r = await call('exchange.trust', { content: await readText(file) });
                    return t('exchange.districtRegistered', {
                      kato: r.districtKato,
                      fingerprint: r.fingerprint,
                    });
                  })
                }
              >
                {(props) => (
                  <Button {...props} mt={4} size="xs" variant="default" data-testid="exchange-become-oblast">
                    {t('exchange.registerDistrict')}
                  </Button>
                )}
              </PickFile>
            </>
          )}
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md" radius="md" data-testid="exchange-export">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4">
              {t('exchange.export')}
            </Title>
            <Text size="sm" data-testid="exchange-pending">
              {t('exchange.pending', { n: formatNumber(status.pending, i18n.language) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('exchange.folder')}: {status.folder}
            </Text>
            <Text
              size="sm"
              c={
                status.daysSinceExport !== null && status.daysSinceExport >= status.policy.alertDays
                  ? 'red.8'
                  : 'dimmed'
              }
            >
              {status.daysSinceExport === null
                ? t('exchange.neverExported')
                : t('exchange.daysSince', { n: status.daysSinceExport })}
            </Text>
          </div>
          <Group gap="xs">
            {([false, true] as const).map((full) => (
              <Button
                key={String(full)}
                variant={full ? 'default' : 'filled'}
                leftSection={<IconPackageExport size={16} />}
                loading={busy === `export-${full}`}
                onClick={() =>
                  void run(`export-${full}`, async () => {
                    const r = await call('exchange.export', { full });
                    return `${t('exchange.exported', { path: r.path, rows: r.rows })}${r.warning ? ` ${t('exchange.unencryptedWarning')}` : ''}`;
                  })
                }
                data-testid={full ? 'exchange-export-full' : 'exchange-export-next'}
              >
                {full ? t('exchange.exportFull') : t('exchange.exportNext')}
              </Button>
            ))}
          </Group>
        </Group>
        <Table mt="md" withTableBorder striped data-testid="exchange-exports">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exchange.file')}</Table.Th>
              <Table.Th>{t('exchange.range')}</Table.Th>
              <Table.Th ta="right">{t('exchange.rows')}</Table.Th>
              <Table.Th>{t('exchange.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {status.exports.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text size="sm" c="dimmed">
                    {t('exchange.noExports')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {status.exports.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>
                  <Text size="sm">{x.fileName}</Text>
                  <Text size="xs" c="dimmed">
                    {d(x.createdAt)} · {x.full ? t('exchange.full') : t('exchange.incremental')} ·{' '}
                    {x.encrypted ? t('exchange.encrypted') : t('exchange.notEncrypted')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {x.seqFrom + 1}–{x.seqTo}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(x.rows, i18n.language)}</Table.Td>
                <Table.Td>
                  {x.acknowledgedAt ? (
                    <Badge variant="light" color="teal">
                      {t('exchange.acknowledged', { date: d(x.acknowledgedAt) })}
                    </Badge>
                  ) : (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      loading={busy === x.id}
                      onClick={() =>
                        void run(x.id, async () => {
                          await call('exchange.markDelivered', { id: x.id });
                          return t('exchange.markedDelivered');
                        })
                      }
                    >
                      {t('exchange.markDelivered')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <PickFile
          accept=".json,application/json"
          onChange={(file) =>
            file &&
            void run('receipt', async () => {
              const r = await call('exchange.importReceipt', { content: await readText(file) });
              return t('exchange.receiptTaken', { seq: r.seqTo });
            })
          }
        >
          {(props) => (
            <Button {...props} mt="sm" size="xs" variant="light" leftSection={<IconReceipt size={14} />}>
              {t('exchange.importReceipt')}
            </Button>
          )}
        </PickFile>
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="exchange-policy">
        <Title order={2} size="h4" mb="xs">
          {t('exchange.policy')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('exchange.policyHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={t('exchange.folderSetting')}
            description={t('exchange.folderHint')}
            value={policy.folder ?? ''}
            onChange={(e) => setPolicy({ ...policy, folder: e.currentTarget.value || null })}
          />
          <NumberInput
            label={t('exchange.alertDays')}
            min={1}
            max={365}
            value={policy.alertDays}
            onChange={(v) => setPolicy({ ...policy, alertDays: Number(v) || 1 })}
          />
          <MultiSelect
            label={t('exchange.excludeTables')}
            data={status.tables.map((x) => x.name)}
            value={policy.excludeTables}
            onChange={(v) => setPolicy({ ...policy, excludeTables: v })}
            searchable
          />
          <MultiSelect
            label={t('exchange.excludeFields')}
            data={columns}
            value={policy.excludeFields}
            onChange={(v) => setPolicy({ ...policy, excludeFields: v })}
            searchable
          />
        </SimpleGrid>
        <Button
          mt="sm"
          loading={busy === 'policy'}
          onClick={() =>
            void run('policy', async () => {
              await call('exchange.setPolicy', policy);
              return t('exchange.policySaved');
            })
          }
        >
          {t('exchange.save')}
        </Button>
      </Paper>
    </Stack>
  );
}
