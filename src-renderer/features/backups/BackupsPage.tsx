import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Modal,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconDatabasePlus, IconRestore } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type BackupEntryView,
  backupPolicyInput,
  contract,
  type Output,
} from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useSession } from '../../app/session';
import { numberBounds } from '../../lib/bounds';
import { formatBytes, formatDateTime, sortBy } from '../../lib/format';
import { useTableLabels } from '../../lib/pagination';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';

type BackupList = Output<'backups.list'>;

function PolicyForm({ list, onSaved }: { list: BackupList; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const form = useForm({
    validateInputOnBlur: true,
    initialValues: { ...list.policy, folder: list.policy.folder ?? '' },
    validate: contractValidator(contract['settings.setBackup'].input, () => i18n.language),
  });
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call('settings.setBackup', v);
      notifications.show({ message: t('backups.policySaved'), color: 'teal' });
      onSaved();
    }),
  );
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('backups.policy')}
          </Title>
          <TextInput
            label={t('backups.folder')}
            description={t('backups.folderHint')}
            placeholder={list.folder}
            data-testid="backup-folder"
            {...form.getInputProps('folder')}
          />
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <NumberInput
              label={t('backups.intervalHours')}
              {...numberBounds(backupPolicyInput, 'intervalHours')}
              {...form.getInputProps('intervalHours')}
            />
            <NumberInput
              label={t('backups.keepRecent')}
              {...numberBounds(backupPolicyInput, 'keepRecent')}
              {...form.getInputProps('keepRecent')}
            />
            <NumberInput
              label={t('backups.keepDaily')}
              {...numberBounds(backupPolicyInput, 'keepDaily')}
              {...form.getInputProps('keepDaily')}
            />
            <NumberInput
              label={t('backups.keepMax')}
              {...numberBounds(backupPolicyInput, 'keepMax')}
              {...form.getInputProps('keepMax')}
            />
          </SimpleGrid>
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button type="submit" variant="light" loading={busy} data-testid="backup-policy-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function BackupsPage() {
  const { t, i18n } = useTranslation();
  const { endSession } = useSession();
  const [list, setList] = useState<BackupList | null>(null);
  const [fetching, setFetching] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<BackupEntryView | null>(null);
  const tableLabels = useTableLabels();
  const [sort, setSort] = useState<DataTableSortStatus<BackupEntryView>>({
    columnAccessor: 'at',
    direction: 'desc',
  });

  const load = useCallback(async () => {
    setFetching(true);
    try {
      setList(await call('backups.list', {}));
      setError(null);
    } catch (err) {
      setError(err instanceof ApiCallError ? err.message : t('errors.network'));
    } finally {
      setFetching(false);
    }
  }, [t]);
  useEffect(() => {
    void load();
  }, [load]);

  const rows = useMemo(
    () => sortBy(list?.rows ?? [], sort.columnAccessor as keyof BackupEntryView, sort.direction),
    [list, sort],
  );

  async function backupNow() {
    setBusy(true);
    try {
      const entry = await call('backups.create', {});
      notifications.show({ message: t('backups.made', { file: entry.file }), color: 'teal' });
      await load();
    } catch (err) {
      notifications.show({
        message: err instanceof ApiCallError ? err.message : t('errors.network'),
        color: 'red',
      });
    } finally {
      setBusy(false);
    }
  }

  async function restore(entry: BackupEntryView) {
    setBusy(true);
    try {
      const result = await call('backups.restore', { file: entry.file });
      setConfirm(null);
      // Every session ended with the restore: sign in again against the restored accounts.
      endSession(t('backups.restored', { file: result.restoredFrom, undo: result.undoFile }));
    } catch (err) {
      setError(err instanceof ApiCallError ? err.message : t('errors.network'));
      setConfirm(null);
    } finally {
      setBusy(false);
    }
  }

  const undo = list?.undoFile ? list.rows.find((r) => r.file === list.undoFile) : undefined;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('backups.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('backups.subtitle')}
          </Text>
        </div>
        <Group>
          {undo && (
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} />}
              onClick={() => setConfirm(undo)}
              data-testid="backup-undo"
            >
              {t('backups.undo')}
            </Button>
          )}
          <Button
            leftSection={<IconDatabasePlus size={16} />}
            onClick={() => void backupNow()}
            loading={busy}
            data-testid="backup-now"
          >
            {t('backups.now')}
          </Button>
        </Group>
      </Group>
      {list && (
        <Text size="sm">
          {t('backups.folderNow')} <Code>{list.folder}</Code>
        </Text>
      )}
      {error && <Alert color="red">{error}</Alert>}
      <DataTable<BackupEntryView>
        {...tableLabels}
        withTableBorder
        borderRadius="md"
        striped
        highlightOnHover
        minHeight={200}
        records={rows}
        idAccessor="file"
        fetching={fetching}
        noRecordsText={t('backups.empty')}
        sortStatus={sort}
        onSortStatusChange={setSort}
        columns={[
          {
            accessor: 'at',
            title: t('backups.at'),
            sortable: true,
            width: 170,
            render: (r) => formatDateTime(r.at, i18n.language),
          },
          {
            accessor: 'reason',
            title: t('backups.reason'),
            sortable: true,
            render: (r) => t(`backupReasons.${r.reason}`, { defaultValue: r.reason }),
          },
          {
            accessor: 'size',
            title: t('backups.size'),
            sortable: true,
            width: 110,
            render: (r) => formatBytes(r.size, i18n.language),
          },
          {
            accessor: 'status',
            title: t('backups.status'),
            width: 170,
            render: (r) =>
              r.status === 'ok' ? (
                <Badge color="teal" variant="light">
                  {t('backups.statusOk')}
                </Badge>
              ) : (
                <Badge color="red">{t('backups.statusFailed')}</Badge>
              ),
          },
          {
            accessor: 'file',
            // A header no one sees but a screen reader names the column.
            title: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
            width: 220,
            textAlign: 'right',
            render: (r) =>
              r.status === 'ok' && (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconRestore size={14} />}
                  onClick={() => setConfirm(r)}
                  data-testid="backup-restore"
                >
                  {t('backups.restore')}
                </Button>
              ),
          },
        ]}
      />
      {list && <PolicyForm list={list} onSaved={() => void load()} />}
      <Modal opened={!!confirm} onClose={() => setConfirm(null)} title={t('backups.confirmTitle')}>
        {confirm && (
          <Stack>
            <Text size="sm">
              {t('backups.confirmText', { at: formatDateTime(confirm.at, i18n.language) })}
            </Text>
            <Alert color="yellow">{t('backups.confirmSafe')}</Alert>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirm(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="orange"
                loading={busy}
                onClick={() => void restore(confirm)}
                data-testid="backup-restore-confirm"
              >
                {t('backups.restoreConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
