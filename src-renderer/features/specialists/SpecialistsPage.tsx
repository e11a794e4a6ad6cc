import { Button, Group, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconChartBar,
  IconFileImport,
  IconFileSpreadsheet,
  IconFilterOff,
  IconPlus,
  IconPrinter,
  IconSearch,
} from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  CERTIFICATION_STATES,
  type Output,
  SPECIALIST_POSITIONS,
  type SpecialistListFilters,
  type SpecialistListView,
} from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { useCan } from '../../app/permissions';
import { downloadBase64, XLSX_MIME } from '../../lib/download';
import { useEnumOptions } from '../../lib/enums';
import { formatDate, formatNumber } from '../../lib/format';
import { usePagedTable } from '../../lib/pagination';
import { useRemembered } from '../../lib/remembered';
import { WorklistMenu } from '../worklists/WorklistMenu';
import { ImportModal } from './ImportModal';

// The district's specialists: who signs assessment acts and is responsible for work plans.
// Certificates and their alerts come with the register of specialists (issue 15).

type Specialist = Output<'specialists.list'>[number];

import { CertBadge, SpecialistModal } from './SpecialistModal';

type Filters = SpecialistListFilters;
type SortKey = NonNullable<Filters['sortBy']>;
const DAY_CHOICES = ['7', '30', '60', '90', '180'] as const;

/** The search input for the current filters, sort and page (shared by the page and the export). */
function searchInput(filters: Filters, sort: DataTableSortStatus<Specialist>) {
  const sortBy: SortKey =
    sort.columnAccessor === 'certValidUntil'
      ? 'certValidUntil'
      : sort.columnAccessor === 'position'
        ? 'position'
        : 'name';
  return { ...filters, query: (filters.query ?? '').trim(), sortBy, sortDir: sort.direction };
}

export function SpecialistsPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const options = useEnumOptions();
  const [tick, setTick] = useState(0);
  const { data: providers } = useLatestAnswer('providers.list', {});
  const [editing, setEditing] = useState<'new' | 'import' | null>(null);
  const [filters, setFilters] = useRemembered<Filters>('specialists.filters', {});
  const [page, setPage] = useRemembered('specialists.page', 1);
  const [pageSize, setPageSize] = useRemembered('specialists.pageSize', 25);
  const [sort, setSort] = useRemembered<DataTableSortStatus<Specialist>>('specialists.sort', {
    columnAccessor: 'name',
    direction: 'asc',
  });
  const set = useCallback(
    <K extends keyof Filters>(key: K, value: Filters[K] | '' | null) => {
      setFilters((f) => {
        const next = { ...f };
        if (value === '' || value === null || value === undefined) delete next[key];
        else next[key] = value as Filters[K];
        return next;
      });
      setPage(1);
    },
    [setFilters, setPage],
  );
  // A home alert opens the list at its filter (?state=expiring, ?expiring=7, ?categoryExpiring=30).
  const [params, setParams] = useSearchParams();
  useEffect(() => {
    if (params.size === 0) return;
    const state = params.get('state');
    const days = (k: string) => {
      const n = Number(params.get(k));
      return Number.isInteger(n) && n >= 1 && n <= 365 ? n : undefined;
    };
    const next: Filters = {};
    if (state && (CERTIFICATION_STATES as readonly string[]).includes(state))
      next.state = state as Filters['state'];
    const expiring = days('expiring');
    if (expiring) next.expiringWithinDays = expiring;
    const category = days('categoryExpiring');
    if (category) next.categoryExpiringWithinDays = category;
    setFilters(next);
    setPage(1);
    setParams({}, { replace: true });
  }, [params, setFilters, setPage, setParams]);
  // `tick` re-reads the page after a save (the server ignores it).
  const { data, fetching } = useLatestAnswer(
    'specialists.search',
    { ...searchInput(filters, sort), page, pageSize, tick } as never,
    { loaderAfterMs: 300 },
  );
  const total = data?.total ?? 0;
  const table = usePagedTable({ page, setPage, pageSize, setPageSize, total, fetching, sort, setSort });
  const employerName = (id: string | null) => {
    const p = providers?.find((x) => x.id === id);
    return p ? (i18n.language === 'kk' ? p.nameKk : p.nameRu) : t('specialists.department');
  };
  const any = { value: '', label: t('deadlines.any') };
  const dayOptions = [
    any,
    ...DAY_CHOICES.map((d) => ({ value: d, label: t('specialists.withinDays', { days: d }) })),
  ];
  const filtered = Object.keys(filters).some((k) => k !== 'query') || !!filters.query?.trim();
  const [busy, setBusy] = useState<'export' | 'pdf' | null>(null);
  const getCurrent = useCallback(() => searchInput(filters, sort), [filters, sort]);
  const applyList = useCallback(
    (list: SpecialistListView) => {
      const { sortBy, sortDir, ...rest } = list.filters;
      setFilters(rest);
      if (sortBy) setSort({ columnAccessor: sortBy, direction: sortDir ?? 'asc' });
      setPage(1);
    },
    [setFilters, setSort, setPage],
  );
  async function download(kind: 'export' | 'pdf') {
    setBusy(kind);
    try {
      if (kind === 'export') {
        const file = await call('specialists.export', searchInput(filters, sort));
        downloadBase64(file.base64, file.fileName, XLSX_MIME);
      } else {
        // The head's list: the days asked in the filter, or the office's widest band.
        const file = await call('specialists.expiryPdf', {
          locale: i18n.language as 'kk' | 'ru' | 'en',
          ...(filters.expiringWithinDays ? { days: filters.expiringWithinDays } : {}),
        });
        downloadBase64(file.base64, file.fileName, 'application/pdf');
      }
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiCallError ? err.message : t('errors.network'),
      });
    } finally {
      setBusy(null);
    }
  }
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('specialists.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('specialists.subtitle')}
          </Text>
        </div>
        <Group gap="sm">
          <Button
            variant="subtle"
            leftSection={<IconChartBar size={16} />}
            component={Link}
            to="/specialists/load"
            data-testid="spec-load"
          >
            {t('caseLoad.open')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconPrinter size={16} />}
            loading={busy === 'pdf'}
            onClick={() => void download('pdf')}
            data-testid="spec-expiry-pdf"
          >
            {t('specialists.expiryPdf')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconFileSpreadsheet size={16} />}
            loading={busy === 'export'}
            onClick={() => void download('export')}
            data-testid="spec-export"
          >
            {t('specialists.export')}
          </Button>
          {can('specialists.import') && (
            <Button
              variant="light"
              leftSection={<IconFileImport size={16} />}
              onClick={() => setEditing('import')}
              data-testid="spec-import"
            >
              {t('specialistImport.open')}
            </Button>
          )}
          {can('specialists.save') && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setEditing('new')}
              data-testid="spec-add"
            >
              {t('specialists.add')}
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder p="sm" radius="md">
        <Stack gap="xs">
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('specialists.search')}
              leftSection={<IconSearch size={16} />}
              value={filters.query ?? ''}
              onChange={(e) => set('query', e.currentTarget.value)}
              style={{ flex: 1, minWidth: 240 }}
              data-testid="spec-search"
            />
            <Select
              label={t('specialists.position')}
              data={[any, ...options('specialistPosition', SPECIALIST_POSITIONS)]}
              value={filters.position ?? ''}
              allowDeselect={false}
              onChange={(v) => set('position', (v || '') as Filters['position'] | '')}
              w={260}
            />
            <Select
              label={t('specialists.employer')}
              data={[
                any,
                { value: 'department', label: t('specialists.department') },
                ...(providers ?? []).map((p) => ({
                  value: p.id,
                  label: i18n.language === 'kk' ? p.nameKk : p.nameRu,
                })),
              ]}
              value={filters.employer ?? ''}
              allowDeselect={false}
              onChange={(v) => set('employer', v ?? '')}
              w={220}
            />
          </Group>
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t('specialists.certificate')}
              data={[any, ...options('certificationState', CERTIFICATION_STATES)]}
              value={filters.state ?? ''}
              allowDeselect={false}
              onChange={(v) => set('state', (v || '') as Filters['state'] | '')}
              w={200}
              data-testid="spec-state"
            />
            <Select
              label={t('specialists.certEnding')}
              data={dayOptions}
              value={filters.expiringWithinDays ? String(filters.expiringWithinDays) : ''}
              allowDeselect={false}
              onChange={(v) => set('expiringWithinDays', v ? Number(v) : '')}
              w={200}
              data-testid="spec-expiring"
            />
            <Select
              label={t('specialists.categoryEnding')}
              data={dayOptions}
              value={filters.categoryExpiringWithinDays ? String(filters.categoryExpiringWithinDays) : ''}
              allowDeselect={false}
              onChange={(v) => set('categoryExpiringWithinDays', v ? Number(v) : '')}
              w={200}
              data-testid="spec-category-expiring"
            />
            <Switch
              mb={8}
              label={t('specialists.includeLeft')}
              checked={filters.activeOnly === false}
              onChange={(e) => set('activeOnly', e.currentTarget.checked ? false : '')}
            />
            <Text size="sm" c="dimmed" pb={8} ml="auto" data-testid="spec-total">
              {t('applicants.total', { n: formatNumber(total, i18n.language) })}
            </Text>
          </Group>
          <Group gap="xs">
            <WorklistMenu register="specialists" getCurrent={getCurrent} onApply={applyList} />
            {filtered && (
              <Button
                variant="subtle"
                size="xs"
                color="gray"
                leftSection={<IconFilterOff size={14} />}
                onClick={() => {
                  setFilters({});
                  setPage(1);
                }}
                data-testid="spec-clear"
              >
                {t('specialists.clearFilters')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
      <DataTable<Specialist>
        {...table}
        minHeight={220}
        records={data?.rows ?? []}
        noRecordsText={filtered ? t('specialists.noMatches') : t('specialists.empty')}
        onRowClick={({ record }) => navigate(`/specialists/${record.id}`)}
        rowStyle={() => ({ cursor: 'pointer' })}
        columns={[
          {
            accessor: 'name',
            title: t('specialists.name'),
            sortable: true,
            render: (s) => (
              <div>
                <Text size="sm">{[s.lastName, s.firstName, s.patronymic].filter(Boolean).join(' ')}</Text>
                <Text size="xs" c="dimmed">
                  {s.iin}
                  {!s.active ? ` · ${t('specialists.left')}` : ''}
                </Text>
              </div>
            ),
          },
          {
            accessor: 'position',
            title: t('specialists.position'),
            sortable: true,
            render: (s) => t(`enums.specialistPosition.${s.position}`),
          },
          {
            accessor: 'providerId',
            title: t('specialists.employer'),
            render: (s) => employerName(s.providerId),
          },
          {
            accessor: 'certValidUntil',
            title: t('specialists.certificate'),
            sortable: true,
            render: (s) => <CertBadge s={s} />,
          },
          {
            accessor: 'categoryValidUntil',
            title: t('specialists.category'),
            render: (s) =>
              s.categoryValidUntil
                ? t('specialists.until', { date: formatDate(s.categoryValidUntil, i18n.language) })
                : '—',
          },
        ]}
      />
      {editing === 'new' && (
        <SpecialistModal
          item={null}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setTick((n) => n + 1);
          }}
        />
      )}
      {editing === 'import' && (
        <ImportModal
          onClose={(saved) => {
            setEditing(null);
            if (saved) setTick((n) => n + 1);
          }}
        />
      )}
    </Stack>
  );
}
