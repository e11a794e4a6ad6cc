import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconFilterOff } from '@tabler/icons-react';
import type { DataTableSortStatus } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditEntryView, type Input, isValidIin } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { parseTypedDate } from '../../lib/dates';
import { downloadBase64, XLSX_MIME } from '../../lib/download';
import { formatNumber } from '../../lib/format';
import { AuditEntriesTable } from './AuditEntriesTable';
import { IntegrityNotice } from './IntegrityNotice';

const ACTIONS = [
  'create',
  'update',
  'read',
  'lookup',
  'duplicate_check',
  'history_read',
  'login',
  'logout',
  'login_failed',
  'login_unknown',
  'locked_out',
  'lock',
  'unlock',
  'unlock_failed',
  'login_while_locked',
  'unlock_while_locked',
  'change_password_failed',
  'change_password_while_locked',
  'change_password',
  'reset_password',
  'disable',
  'enable',
  'unlock_account',
  'backup',
  'restore',
  'recovery_restore',
  'export',
  'remove',
  'replace',
  'status',
  'print',
  'withdraw',
  'seed',
] as const;
const ENTITIES = [
  'applicant',
  'household_member',
  'representative',
  'income',
  'disability',
  'ipr',
  'ipr_measure',
  'case',
  'worklist',
  'user',
  'setting',
  'backup',
  'audit',
] as const;

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [actorId, setActorId] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [entity, setEntity] = useState<string | null>(null);
  const [iin, setIin] = useState('');
  const [debouncedIin] = useDebouncedValue(iin, 200);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [sort, setSort] = useState<DataTableSortStatus<AuditEntryView>>({
    columnAccessor: 'at',
    direction: 'desc',
  });
  const [exporting, setExporting] = useState(false);

  const iinError = debouncedIin && !isValidIin(debouncedIin) ? t('audit.iinInvalid') : null;
  const filters = useMemo<Input<'audit.export'>>(
    () => ({
      ...(actorId ? { actorId } : {}),
      ...(action ? { action } : {}),
      ...(entity ? { entity } : {}),
      ...(debouncedIin && !iinError ? { personIin: debouncedIin } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    }),
    [actorId, action, entity, debouncedIin, iinError, from, to],
  );

  const { data, fetching, error } = useLatestAnswer('audit.list', {
    ...filters,
    page,
    pageSize,
    sortDir: sort.direction,
  });
  const rows = data?.rows ?? [];
  const total = data?.total ?? 0;
  const actors = data?.actors ?? [];

  async function exportXlsx() {
    setExporting(true);
    try {
      const file = await call('audit.export', filters);
      downloadBase64(file.base64, file.fileName, XLSX_MIME);
      notifications.show({
        message: t('audit.exported', { n: formatNumber(file.rows, i18n.language) }),
        color: 'teal',
      });
    } catch (err) {
      notifications.show({
        message: err instanceof ApiCallError ? err.message : t('errors.network'),
        color: 'red',
      });
    } finally {
      setExporting(false);
    }
  }

  const resetPage =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };
  const anyFilter = Object.keys(filters).length > 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('audit.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('audit.subtitle')}
          </Text>
        </div>
        <Button
          leftSection={<IconFileSpreadsheet size={16} />}
          onClick={() => void exportXlsx()}
          loading={exporting}
          disabled={total === 0}
          data-testid="audit-export"
        >
          {t('audit.export')}
        </Button>
      </Group>
      <IntegrityNotice />
      <Paper withBorder p="sm" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }} spacing="sm">
          <Select
            label={t('audit.user')}
            placeholder={t('audit.any')}
            clearable
            searchable
            data={actors.map((a) => ({ value: a.id, label: `${a.fullName} (${a.login})` }))}
            value={actorId}
            onChange={resetPage(setActorId)}
            data-testid="audit-user"
          />
          <Select
            label={t('audit.action')}
            placeholder={t('audit.any')}
            clearable
            searchable
            data={ACTIONS.map((a) => ({ value: a, label: t(`auditActions.${a}`) }))}
            value={action}
            onChange={resetPage(setAction)}
            data-testid="audit-action"
          />
          <Select
            label={t('audit.entity')}
            placeholder={t('audit.any')}
            clearable
            data={ENTITIES.map((e) => ({ value: e, label: t(`auditEntities.${e}`) }))}
            value={entity}
            onChange={resetPage(setEntity)}
          />
          <TextInput
            label={t('audit.person')}
            placeholder={t('audit.personPlaceholder')}
            value={iin}
            maxLength={12}
            error={iinError}
            onChange={(e) => {
              setIin(e.currentTarget.value.replace(/\D/g, ''));
              setPage(1);
            }}
            data-testid="audit-iin"
          />
          <DateInput
            label={t('audit.from')}
            placeholder={t('applicant.datePlaceholder')}
            valueFormat="DD.MM.YYYY"
            dateParser={parseTypedDate}
            clearable
            value={from}
            onChange={resetPage(setFrom)}
          />
          <DateInput
            label={t('audit.to')}
            placeholder={t('applicant.datePlaceholder')}
            valueFormat="DD.MM.YYYY"
            dateParser={parseTypedDate}
            clearable
            value={to}
            minDate={from ?? undefined}
            onChange={resetPage(setTo)}
          />
        </SimpleGrid>
        <Group justify="space-between" mt="xs">
          <Text size="sm" c="dimmed" data-testid="audit-total">
            {t('audit.total', { n: formatNumber(total, i18n.language) })}
          </Text>
          {anyFilter && (
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconFilterOff size={14} />}
              onClick={() => {
                setActorId(null);
                setAction(null);
                setEntity(null);
                setIin('');
                setFrom(null);
                setTo(null);
                setPage(1);
              }}
            >
              {t('audit.clear')}
            </Button>
          )}
        </Group>
      </Paper>
      {error && <Alert color="red">{error}</Alert>}
      <AuditEntriesTable
        rows={rows}
        total={total}
        fetching={fetching}
        page={page}
        onPageChange={setPage}
        pageSize={pageSize}
        onPageSizeChange={(n) => {
          setPageSize(n);
          setPage(1);
        }}
        sort={sort}
        onSortChange={(s) => {
          setSort(s);
          setPage(1);
        }}
        emptyText={anyFilter ? t('audit.noMatches') : t('audit.empty')}
      />
    </Stack>
  );
}
