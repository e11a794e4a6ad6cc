import { Group, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { CAREGIVER_ROLES, CAREGIVER_STATUSES, type Output } from '../../../src-main/core/api/contract';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { useEnumOptions } from '../../lib/enums';
import { formatDate, formatNumber } from '../../lib/format';
import { usePagedTable } from '../../lib/pagination';
import { useRemembered } from '../../lib/remembered';
import { StatusBadge } from './StatusBadge';

// Every family member registered as a caregiver in the district: search as you type (name or
// IIN, folded), filters by role, status and contract ending, sorted and paged on the server. A
// caregiver is registered from the person cared for's card (Caregivers tab).

type Row = Output<'caregivers.list'>['rows'][number];

export function CaregiversPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const options = useEnumOptions();
  const [query, setQuery] = useRemembered('caregivers.query', '');
  const [role, setRole] = useRemembered('caregivers.role', '');
  const [status, setStatus] = useRemembered('caregivers.status', '');
  const [ending, setEnding] = useRemembered('caregivers.ending', '');
  const [page, setPage] = useRemembered('caregivers.page', 1);
  // A home alert opens the list at its filter (?status=awaiting_documents, ?affected=1).
  const [params, setParams] = useSearchParams();
  const [affected, setAffected] = useState(false);
  useEffect(() => {
    if (params.size === 0) return;
    const asked = params.get('status');
    setStatus(asked && (CAREGIVER_STATUSES as readonly string[]).includes(asked) ? asked : '');
    setAffected(params.get('affected') === '1');
    setPage(1);
    setParams({}, { replace: true });
  }, [params, setParams, setStatus, setPage]);
  const [pageSize, setPageSize] = useRemembered('caregivers.pageSize', 25);
  const [sort, setSort] = useRemembered<DataTableSortStatus<Row>>('caregivers.sort', {
    columnAccessor: 'caregiverName',
    direction: 'asc',
  });
  const { data, fetching } = useLatestAnswer(
    'caregivers.list',
    {
      query: query.trim(),
      page,
      pageSize,
      sortBy:
        sort.columnAccessor === 'registeredOn'
          ? 'registeredOn'
          : sort.columnAccessor === 'contractTo'
            ? 'contractTo'
            : 'name',
      sortDir: sort.direction,
      ...(role ? { role: role as Row['role'] } : {}),
      ...(status ? { status: status as Row['status'] } : {}),
      ...(ending ? { contractEndingWithinDays: Number(ending) } : {}),
      ...(affected ? { affected: true } : {}),
    },
    { loaderAfterMs: 300 },
  );
  const total = data?.total ?? 0;
  const table = usePagedTable({ page, setPage, pageSize, setPageSize, total, fetching, sort, setSort });
  const any = { value: '', label: t('deadlines.any') };
  const pick = (set: (v: string) => void) => (v: string | null) => {
    set(v ?? '');
    setPage(1);
  };
  const filtered = !!(query.trim() || role || status || ending || affected);
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('caregivers.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('caregivers.subtitle')}
        </Text>
      </div>
      <Paper withBorder p="sm" radius="md">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('caregivers.search')}
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setPage(1);
            }}
            style={{ flex: 1, minWidth: 220 }}
            data-testid="caregivers-search"
          />
          <Select
            label={t('caregivers.role')}
            data={[any, ...options('caregiverRole', CAREGIVER_ROLES)]}
            value={role}
            allowDeselect={false}
            onChange={pick(setRole)}
            w={260}
          />
          <Select
            label={t('caregivers.status')}
            data={[any, ...options('caregiverStatus', CAREGIVER_STATUSES)]}
            value={status}
            allowDeselect={false}
            onChange={pick(setStatus)}
            w={240}
            data-testid="caregivers-status"
          />
          <Select
            label={t('caregivers.contractEnding')}
            data={[
              any,
              ...['30', '60', '90'].map((d) => ({
                value: d,
                label: t('specialists.withinDays', { days: d }),
              })),
            ]}
            value={ending}
            allowDeselect={false}
            onChange={pick(setEnding)}
            w={200}
          />
          {affected && (
            <Switch
              mb={8}
              checked
              onChange={() => setAffected(false)}
              label={t('caregivers.alertAffected')}
              data-testid="caregivers-affected"
            />
          )}
          <Text size="sm" c="dimmed" pb={8} data-testid="caregivers-total">
            {t('applicants.total', { n: formatNumber(total, i18n.language) })}
          </Text>
        </Group>
      </Paper>
      <DataTable<Row>
        {...table}
        minHeight={220}
        records={data?.rows ?? []}
        noRecordsText={filtered ? t('caregivers.noMatches') : t('caregivers.empty')}
        onRowClick={({ record }) => navigate(`/caregivers/${record.id}`)}
        rowStyle={() => ({ cursor: 'pointer' })}
        columns={[
          {
            accessor: 'caregiverName',
            title: t('caregivers.caregiver'),
            sortable: true,
            render: (r) => (
              <div>
                <Text size="sm">{r.caregiverName}</Text>
                <Text size="xs" c="dimmed">
                  {r.caregiverIin ?? ''}
                </Text>
              </div>
            ),
          },
          {
            accessor: 'caredForName',
            title: t('caregivers.caredFor'),
            render: (r) => (
              <div>
                <Text size="sm">{r.caredForName}</Text>
                <Text size="xs" c="dimmed">
                  {t(`enums.caregiverRelation.${r.relation}`)}
                </Text>
              </div>
            ),
          },
          {
            accessor: 'role',
            title: t('caregivers.role'),
            render: (r) => t(`enums.caregiverRole.${r.role}`),
          },
          {
            accessor: 'status',
            title: t('caregivers.status'),
            render: (r) => <StatusBadge status={r.status} />,
          },
          {
            accessor: 'registeredOn',
            title: t('caregivers.registeredOn'),
            sortable: true,
            render: (r) => formatDate(r.registeredOn, i18n.language),
          },
          {
            accessor: 'contractTo',
            title: t('caregivers.contractTo'),
            sortable: true,
            render: (r) => (r.contractTo ? formatDate(r.contractTo, i18n.language) : '—'),
          },
        ]}
      />
    </Stack>
  );
}
