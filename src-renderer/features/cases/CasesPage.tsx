import { Badge, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { CASE_STATUSES, type CaseListRow, type Input, SSU_TYPES } from '../../../src-main/core/api/contract';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { formatDate, formatNumber, fullName } from '../../lib/format';
import { usePagedTable } from '../../lib/pagination';
import { useRemembered } from '../../lib/remembered';
import { useSsuForms } from '../../lib/ssuForms';
import { useCaseReferences } from '../casework/references';
import { DueBadge } from './DueBadge';
import { CASE_STATUS_COLOR } from './status-colors';

type Status = NonNullable<Input<'cases.list'>['status']>;

/**
 * The district's register of applications: newest first, the active ones by default; a case
 * number, an IIN or a name finds them; a row opens the person's card at their cases.
 */
export function CasesPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  // Search, status, sort and page outlive a visit to a card (lib/remembered.ts).
  const [query, setQuery] = useRemembered('cases.query', '');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [status, setStatus] = useRemembered<Status | ''>('cases.status', 'active');
  // "Due soon" / "overdue": from the address, so a home alert opens exactly the cases it counted.
  const [params, setParams] = useSearchParams();
  const due = (['soon', 'overdue'] as const).find((d) => d === params.get('due')) ?? '';
  const [ssuType, setSsuType] = useRemembered('cases.ssuType', '');
  const [form, setForm] = useRemembered('cases.form', '');
  const [providerId, setProviderId] = useRemembered('cases.providerId', '');
  const [responsibleId, setResponsibleId] = useRemembered('cases.responsibleId', '');
  const ssuForms = useSsuForms();
  const refs = useCaseReferences();
  const { data: staff } = useLatestAnswer('casework.staff', {});
  const [page, setPage] = useRemembered('cases.page', 1);
  const [pageSize, setPageSize] = useRemembered('cases.pageSize', 25);
  const [sort, setSort] = useRemembered<DataTableSortStatus<CaseListRow>>('cases.sort', {
    columnAccessor: 'appliedOn',
    direction: 'desc',
  });
  const { data, fetching, error } = useLatestAnswer('cases.list', {
    query: debounced,
    page,
    pageSize,
    sortBy:
      sort.columnAccessor === 'number' ? 'number' : sort.columnAccessor === 'dueOn' ? 'dueOn' : 'appliedOn',
    sortDir: sort.direction,
    ...(status ? { status } : {}),
    ...(due ? { due } : {}),
    ...(ssuType ? { ssuType: ssuType as (typeof SSU_TYPES)[number] } : {}),
    ...(form ? { form } : {}),
    ...(providerId ? { providerId } : {}),
    ...(responsibleId ? { responsibleId } : {}),
  });
  const rows = data?.rows ?? [];
  const total = data?.total ?? 0;
  const table = usePagedTable({ page, setPage, pageSize, setPageSize, total, fetching, sort, setSort });

  const filtered =
    debounced !== '' || status !== '' || due !== '' || !!(ssuType || form || providerId || responsibleId);
  const any = { value: '', label: t('deadlines.any') };
  const pick = (set: (v: string) => void) => (v: string | null) => {
    set(v ?? '');
    setPage(1);
  };
  const dueOptions = [
    { value: '', label: t('deadlines.any') },
    { value: 'soon', label: t('deadlines.soon') },
    { value: 'overdue', label: t('deadlines.overdueFilter') },
  ];
  const statusOptions = [
    { value: 'active', label: t('casesPage.statusActive') },
    { value: 'closed', label: t('casesPage.statusClosed') },
    { value: '', label: t('casesPage.statusAll') },
    ...CASE_STATUSES.map((s) => ({ value: s, label: t(`enums.caseStatus.${s}`) })),
  ];
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('casesPage.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('casesPage.subtitle')}
        </Text>
      </div>
      <Paper withBorder p="sm" radius="md">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('casesPage.search')}
            placeholder={t('casesPage.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setPage(1);
            }}
            style={{ flex: 1, minWidth: 260 }}
            data-testid="cases-search"
          />
          <Select
            label={t('casesPage.status')}
            data={statusOptions}
            value={status}
            allowDeselect={false}
            onChange={(v) => {
              setStatus((v ?? '') as Status | '');
              setPage(1);
            }}
            w={240}
            data-testid="cases-status"
          />
          <Select
            label={t('deadlines.filter')}
            data={dueOptions}
            value={due}
            allowDeselect={false}
            onChange={(v) => {
              setParams(v ? { due: v } : {}, { replace: true });
              setPage(1);
            }}
            w={220}
            data-testid="cases-due"
          />
          <Select
            label={t('casesPage.ssuType')}
            data={[any, ...SSU_TYPES.map((v) => ({ value: v, label: t(`enums.ssuType.${v}`) }))]}
            value={ssuType}
            allowDeselect={false}
            onChange={pick(setSsuType)}
            w={230}
            data-testid="cases-ssuType"
          />
          <Select
            label={t('casesPage.form')}
            data={[any, ...ssuForms.options(form)]}
            value={form}
            allowDeselect={false}
            onChange={pick(setForm)}
            w={200}
            data-testid="cases-form"
          />
          <Select
            label={t('casesPage.provider')}
            data={[any, ...refs.providerOptions]}
            value={providerId}
            allowDeselect={false}
            searchable
            onChange={pick(setProviderId)}
            w={240}
            data-testid="cases-provider"
          />
          <Select
            label={t('casesPage.responsible')}
            data={[any, ...(staff ?? []).map((u) => ({ value: u.id, label: u.fullName }))]}
            value={responsibleId}
            allowDeselect={false}
            searchable
            onChange={pick(setResponsibleId)}
            w={220}
            data-testid="cases-responsible"
          />
          <Text size="sm" c="dimmed" pb={8} data-testid="cases-total">
            {t('applicants.total', { n: formatNumber(total, i18n.language) })}
          </Text>
        </Group>
      </Paper>
      {error && (
        <Text c="red" role="alert">
          {error}
        </Text>
      )}
      <DataTable<CaseListRow>
        {...table}
        minHeight={260}
        records={rows}
        idAccessor="id"
        noRecordsText={filtered ? t('casesPage.noMatches') : t('casesPage.empty')}
        onRowClick={({ record }) => navigate(`/cases/${record.id}`)}
        rowStyle={() => ({ cursor: 'pointer' })}
        columns={[
          { accessor: 'number', title: t('cases.number'), sortable: true, width: 120, noWrap: true },
          {
            accessor: 'appliedOn',
            title: t('cases.appliedOn'),
            sortable: true,
            // Wide enough for "Дата заявления" / "Өтініш күні" with the sort arrow.
            width: 175,
            // The channel under the date: one column fewer keeps the register within 1280 px.
            render: (r) => (
              <div>
                <Text size="sm">{formatDate(r.appliedOn, i18n.language)}</Text>
                <Text size="xs" c="dimmed">
                  {t(`enums.caseChannel.${r.channel}`)}
                </Text>
              </div>
            ),
          },
          {
            accessor: 'person',
            title: t('casesPage.person'),
            render: (r) => (
              <div>
                <Text size="sm">{fullName(r.person)}</Text>
                <Text size="xs" c="dimmed">
                  {r.person.iin ?? formatDate(r.person.birthDate, i18n.language)}
                </Text>
              </div>
            ),
          },
          {
            accessor: 'grounds',
            title: t('cases.grounds'),
            render: (r) => (
              <div>
                <Text size="sm">{r.grounds.map((g) => t(`enums.caseGround.${g}`)).join('; ')}</Text>
                <Text size="xs" c="dimmed">
                  {t(`enums.caseRoute.${r.route}`)}
                </Text>
              </div>
            ),
          },
          {
            accessor: 'dueOn',
            title: t('deadlines.column'),
            sortable: true,
            width: 190,
            render: (r) => <DueBadge dueOn={r.dueOn} left={r.workingDaysLeft} />,
          },
          {
            accessor: 'status',
            title: t('cases.status'),
            width: 190,
            render: (r) => (
              <Badge color={CASE_STATUS_COLOR[r.status]} variant="light" style={{ minWidth: 'max-content' }}>
                {t(`enums.caseStatus.${r.status}`)}
              </Badge>
            ),
          },
        ]}
      />
    </Stack>
  );
}
