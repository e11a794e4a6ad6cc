import {
  Badge,
  Button,
  Checkbox,
  Collapse,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilter, IconFilterOff, IconPlus, IconSearch } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import {
  type ApplicantView,
  DISABILITY_CATEGORIES,
  type WorklistFilters,
  type WorklistView,
} from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useCan } from '../../app/permissions';
import { useEnumOptions } from '../../lib/enums';
import { formatDate, formatNumber, fullName } from '../../lib/format';
import { filtersFromParams, paramsFromFilters } from './list-params';
import { WorklistMenu } from './WorklistMenu';

type SortKey = 'name' | 'birthDate' | 'iin' | 'createdAt';

const PAGE_SIZES = [25, 50, 100];

export function ApplicantsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 120);
  const [sex, setSex] = useState<'' | 'M' | 'F'>('');
  // Work-list filters live in the address (?reexam=30&consent=1…): the home screen's alerts link
  // here, and a reload or a bookmark keeps them.
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const [showFilters, setShowFilters] = useState(() => Object.keys(filtersFromParams(params)).length > 0);
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
    setPage(1);
  };
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const [sort, setSort] = useState<DataTableSortStatus<ApplicantView>>({
    columnAccessor: 'name',
    direction: 'asc',
  });
  const [rows, setRows] = useState<ApplicantView[]>([]);
  const [total, setTotal] = useState(0);
  const [totalCapped, setTotalCapped] = useState(false);
  const [fetching, setFetching] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const requestId = useRef(0);
  const canCreate = useCan()('applicants.create');
  const enumOptions = useEnumOptions();

  useEffect(() => {
    const id = ++requestId.current;
    setFetching(true);
    call('applicants.list', {
      query: debounced,
      page,
      pageSize,
      sortBy: sort.columnAccessor as SortKey,
      sortDir: sort.direction,
      ...(sex ? { sex } : {}),
      ...filters,
    })
      .then((r) => {
        // Answers can overtake each other while typing: show only the latest request's.
        if (id !== requestId.current) return;
        setRows(r.rows);
        setTotal(r.total);
        setTotalCapped(r.totalCapped);
        setError(null);
      })
      .catch((err) => {
        if (id === requestId.current)
          setError(err instanceof ApiCallError ? err.message : t('errors.network'));
      })
      .finally(() => {
        if (id === requestId.current) setFetching(false);
      });
  }, [debounced, page, pageSize, sort, sex, filters, t]);

  // What a saved work list remembers: everything that narrows or orders the list, not the page.
  const current: WorklistFilters = {
    ...filters,
    ...(query.trim() ? { query: query.trim() } : {}),
    ...(sex ? { sex } : {}),
    sortBy: sort.columnAccessor as SortKey,
    sortDir: sort.direction,
  };
  const applyList = (list: WorklistView) => {
    const { query: q, sex: s, sortBy, sortDir, ...rest } = list.filters;
    setQuery(q ?? '');
    setSex(s ?? '');
    setSort({ columnAccessor: sortBy ?? 'name', direction: sortDir ?? 'asc' });
    setParams(paramsFromFilters(rest), { replace: true });
    setShowFilters(Object.keys(rest).length > 0);
    setPage(1);
  };

  const emptyText = debounced.trim()
    ? t('applicants.noMatches', { query: debounced.trim() })
    : t('applicants.empty');

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('applicants.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('applicants.subtitle')}
          </Text>
        </div>
        {canCreate && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => navigate('/applicants/new')}
            data-testid="applicant-add"
          >
            {t('applicants.add')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="sm" radius="md">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            flex={1}
            miw={320}
            label={t('applicants.search')}
            placeholder={t('applicants.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setPage(1);
            }}
            autoFocus
            data-testid="applicant-search"
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('applicants.filterSex')}
            </Text>
            <SegmentedControl
              value={sex}
              onChange={(v) => {
                setSex(v as '' | 'M' | 'F');
                setPage(1);
              }}
              data={[
                { value: '', label: t('applicants.filterAll') },
                { value: 'M', label: t('applicant.sexM') },
                { value: 'F', label: t('applicant.sexF') },
              ]}
            />
          </div>
          <Text size="sm" c="dimmed" pb={8} data-testid="applicant-total">
            {t(totalCapped ? 'applicants.totalCapped' : 'applicants.total', {
              n: formatNumber(total, i18n.language),
            })}
          </Text>
        </Group>
      </Paper>
      <Group justify="space-between">
        <Group gap="xs">
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconFilter size={14} />}
            onClick={() => setShowFilters((v) => !v)}
            data-testid="applicant-filters-toggle"
          >
            {t('applicants.filters')}
            {Object.keys(filters).length > 0 && (
              <Badge ml={6} size="sm" circle>
                {Object.keys(filters).length}
              </Badge>
            )}
          </Button>
          <WorklistMenu current={current} onApply={applyList} />
        </Group>
        {Object.keys(filters).length > 0 && (
          <Button
            variant="subtle"
            size="xs"
            color="gray"
            leftSection={<IconFilterOff size={14} />}
            onClick={() => {
              setParams(new URLSearchParams(), { replace: true });
              setPage(1);
            }}
            data-testid="applicant-filters-clear"
          >
            {t('applicants.filterClear')}
          </Button>
        )}
      </Group>
      <Collapse expanded={showFilters}>
        <Paper withBorder p="sm" radius="md" data-testid="applicant-filters">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <TextInput
              label={t('applicants.filterKato')}
              description={t('applicants.filterKatoHint')}
              maxLength={9}
              inputMode="numeric"
              value={params.get('kato') ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value.replace(/\D/g, '');
                setFilter('kato', v.length >= 2 ? v : null);
              }}
            />
            <Select
              label={t('applicants.filterCategory')}
              placeholder={t('audit.any')}
              clearable
              data={enumOptions('category', DISABILITY_CATEGORIES)}
              value={params.get('cat')}
              onChange={(v) => setFilter('cat', v)}
            />
            <Select
              label={t('applicants.filterGroup')}
              placeholder={t('audit.any')}
              clearable
              data={enumOptions('group', ['1', '2', '3'])}
              value={params.get('group')}
              onChange={(v) => setFilter('group', v)}
            />
            <Group grow gap="xs" align="flex-end">
              <NumberInput
                label={t('applicants.filterAgeFrom')}
                min={0}
                max={120}
                value={params.get('ageFrom') ?? ''}
                onChange={(v) => setFilter('ageFrom', v === '' ? null : String(v))}
              />
              <NumberInput
                label={t('applicants.filterAgeTo')}
                min={0}
                max={120}
                value={params.get('ageTo') ?? ''}
                onChange={(v) => setFilter('ageTo', v === '' ? null : String(v))}
              />
            </Group>
            {(
              [
                ['reexam', 'applicants.filterReexam'],
                ['ipr', 'applicants.filterIpr'],
                ['portal', 'applicants.filterPortal'],
              ] as const
            ).map(([key, label]) => (
              <Select
                key={key}
                label={t(label)}
                placeholder={t('audit.any')}
                clearable
                data={['14', '30', '60', '90'].map((n) => ({
                  value: n,
                  label: t('applicants.filterDays', { n }),
                }))}
                value={params.get(key)}
                onChange={(v) => setFilter(key, v)}
                data-testid={`filter-${key}`}
              />
            ))}
            <Stack gap={6} justify="flex-end">
              <Checkbox
                label={t('applicants.filterPending')}
                checked={params.get('pending') === '1'}
                onChange={(e) => setFilter('pending', e.currentTarget.checked ? '1' : null)}
              />
              <Checkbox
                label={t('applicants.filterConsent')}
                checked={params.get('consent') === '1'}
                onChange={(e) => setFilter('consent', e.currentTarget.checked ? '1' : null)}
                data-testid="filter-consent"
              />
            </Stack>
          </SimpleGrid>
        </Paper>
      </Collapse>
      {error && (
        <Text c="red" role="alert">
          {error}
        </Text>
      )}
      <DataTable<ApplicantView>
        withTableBorder
        borderRadius="md"
        striped
        highlightOnHover
        minHeight={260}
        records={rows}
        idAccessor="id"
        fetching={fetching}
        noRecordsText={emptyText}
        totalRecords={total}
        recordsPerPage={pageSize}
        page={page}
        onPageChange={setPage}
        recordsPerPageOptions={PAGE_SIZES}
        onRecordsPerPageChange={(n) => {
          setPageSize(n);
          setPage(1);
        }}
        recordsPerPageLabel={t('applicants.perPage')}
        paginationText={({ from, to, totalRecords }) =>
          t('applicants.pagination', {
            from: formatNumber(from, i18n.language),
            to: formatNumber(to, i18n.language),
            total: formatNumber(totalRecords, i18n.language),
          })
        }
        onRowClick={({ record }) => navigate(`/applicants/${record.id}`)}
        rowStyle={() => ({ cursor: 'pointer' })}
        sortStatus={sort}
        onSortStatusChange={(s) => {
          setSort(s);
          setPage(1);
        }}
        columns={[
          {
            accessor: 'name',
            title: t('applicants.colName'),
            sortable: true,
            render: (r) => fullName(r),
          },
          { accessor: 'iin', title: t('applicants.colIin'), sortable: true, width: 140 },
          {
            accessor: 'birthDate',
            title: t('applicants.colBirthDate'),
            sortable: true,
            width: 150,
            render: (r) => formatDate(r.birthDate, i18n.language),
          },
          { accessor: 'sex', title: t('applicants.colSex'), width: 110, render: (r) => t(`sex.${r.sex}`) },
          { accessor: 'address', title: t('applicants.colAddress') },
          { accessor: 'katoCode', title: t('applicants.colKato'), width: 120 },
        ]}
      />
    </Stack>
  );
}
