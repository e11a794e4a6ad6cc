import {
  Badge,
  Button,
  Collapse,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconFilter, IconFilterOff, IconPlus, IconSearch } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type {
  APPLICANT_SORTS,
  ApplicantView,
  Sex,
  WorklistFilters,
  WorklistView,
} from '../../../src-main/core/api/contract';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { useCan } from '../../app/permissions';
import { formatDate, formatNumber, fullName } from '../../lib/format';
import { usePagedTable } from '../../lib/pagination';
import { useRemembered } from '../../lib/remembered';
import { WorklistMenu } from '../worklists/WorklistMenu';
import { ExportButton } from './ExportButton';
import { ListFiltersPanel } from './ListFiltersPanel';
import { filtersFromParams, paramsFromFilters } from './list-params';

const NO_ROWS: ApplicantView[] = [];

type SortKey = (typeof APPLICANT_SORTS)[number];
type SexFilter = '' | Sex;

/**
 * A search shows the best matches first (people whose surname starts with what was typed), until
 * a column header is clicked; without a search "best match" is the name order.
 */
const BEST_MATCH: DataTableSortStatus<ApplicantView> = { columnAccessor: 'relevance', direction: 'asc' };
const NAME_ORDER: DataTableSortStatus<ApplicantView> = { columnAccessor: 'name', direction: 'asc' };

export function ApplicantsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  // The search text as last sent; the box keeps its own keystrokes (see SearchField). `seed`
  // puts a value into the box from outside (a saved list being applied, or the search kept
  // from before a visit to a card). Search, sex, sort and page outlive that visit
  // (lib/remembered.ts).
  const [searchText, setSearchText] = useRemembered('applicants.query', '');
  const [page, setPage] = useRemembered('applicants.page', 1);
  const [pageSize, setPageSize] = useRemembered('applicants.pageSize', 25);
  const [sort, setSort] = useRemembered<DataTableSortStatus<ApplicantView>>('applicants.sort', BEST_MATCH);
  const [seed, setSeed] = useState(() => ({ value: searchText, n: 0 }));
  const [sex, setSex] = useRemembered<'' | 'M' | 'F'>('applicants.sex', '');
  // Work-list filters live in the address (?reexam=30&consent=1…): the home screen's alerts link
  // here, and a reload or a bookmark keeps them.
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const [showFilters, setShowFilters] = useState(() => Object.keys(filtersFromParams(params)).length > 0);
  const setFilter = useCallback(
    (key: string, value: string | null) => {
      const next = new URLSearchParams(params);
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
      setParams(next, { replace: true });
      setPage(1);
    },
    [params, setParams, setPage],
  );
  const onSex = useCallback(
    (v: SexFilter) => {
      setSex(v);
      setPage(1);
    },
    [setPage, setSex],
  );
  const onSearch = useCallback(
    (value: string) => {
      setSearchText(value);
      setPage(1);
    },
    [setSearchText, setPage],
  );
  const canCreate = useCan()('applicants.create');
  // Every keystroke is sent (no debounce); answers that come back out of order are dropped.
  const list = useLatestAnswer(
    'applicants.list',
    {
      query: searchText,
      page,
      pageSize,
      sortBy: sort.columnAccessor as SortKey,
      sortDir: sort.direction,
      ...(sex ? { sex } : {}),
      ...filters,
    },
    { loaderAfterMs: 250 },
  );
  const rows = list.data?.rows ?? NO_ROWS;
  const total = list.data?.total ?? 0;
  const totalCapped = list.data?.totalCapped ?? false;
  const { fetching, error } = list;
  // The query the shown rows answer (the typing benchmark waits for it to catch up).
  const shownQuery = list.answered?.query ?? null;

  // What a saved work list remembers: everything that narrows or orders the list, not the page.
  const current: WorklistFilters = {
    ...filters,
    ...(searchText.trim() ? { query: searchText.trim() } : {}),
    ...(sex ? { sex } : {}),
    sortBy: sort.columnAccessor as SortKey,
    sortDir: sort.direction,
  };
  // Read when a list is saved, through a ref, so the menu's props stay the same while typing.
  const currentRef = useRef(current);
  currentRef.current = current;
  const getCurrent = useCallback(() => currentRef.current, []);
  const applyList = useCallback(
    (list: WorklistView) => {
      const { query: q, sex: s, sortBy, sortDir, ...rest } = list.filters;
      setSeed((prev) => ({ value: q ?? '', n: prev.n + 1 }));
      setSearchText(q ?? '');
      setSex(s ?? '');
      setSort(sortBy ? { columnAccessor: sortBy, direction: sortDir ?? 'asc' } : BEST_MATCH);
      setParams(paramsFromFilters(rest), { replace: true });
      setShowFilters(Object.keys(rest).length > 0);
      setPage(1);
    },
    [setParams, setSort, setSex, setSearchText, setPage],
  );

  // Worded for the query the shown rows answer (not the one being typed), so the memoised
  // table re-renders once per answer rather than on every keystroke as well.
  const answered = (shownQuery ?? '').trim();
  const emptyText = answered ? t('applicants.noMatches', { query: answered }) : t('applicants.empty');
  const bestMatch = sort.columnAccessor === 'relevance';
  // The header shows the name order when "best match" has no search to rank by.
  const shownSort = bestMatch && !answered ? NAME_ORDER : sort;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('applicants.title')}
          </Title>
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
          <SearchField seed={seed} onSearch={onSearch} />
          <SexFilter value={sex} onChange={onSex} />
          <Text
            size="sm"
            c="dimmed"
            pb={8}
            data-testid="applicant-total"
            data-results-for={shownQuery ?? undefined}
          >
            {t(totalCapped ? 'applicants.totalCapped' : 'applicants.total', {
              n: formatNumber(total, i18n.language),
            })}
          </Text>
          {answered && bestMatch && (
            <Text size="sm" c="dimmed" pb={8} data-testid="applicant-best-match">
              {t('applicants.bestMatchHint')}
            </Text>
          )}
          {answered && !bestMatch && (
            <Button
              variant="subtle"
              size="compact-sm"
              mb={6}
              onClick={() => {
                setSort(BEST_MATCH);
                setPage(1);
              }}
              data-testid="applicant-best-match-reset"
            >
              {t('applicants.bestMatchReset')}
            </Button>
          )}
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
          <WorklistMenu getCurrent={getCurrent} onApply={applyList} />
          <ExportButton getCurrent={getCurrent} />
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
        <ListFiltersPanel params={params} setFilter={setFilter} />
      </Collapse>
      {error && (
        <Text c="red" role="alert">
          {error}
        </Text>
      )}
      <ApplicantsTable
        rows={rows}
        total={total}
        fetching={fetching}
        emptyText={emptyText}
        page={page}
        setPage={setPage}
        pageSize={pageSize}
        setPageSize={setPageSize}
        sort={shownSort}
        setSort={setSort}
      />
    </Stack>
  );
}

/** The results, memoised so typing in the search box does not re-render 25 rows per key. */
const ApplicantsTable = memo(function ApplicantsTable({
  rows,
  total,
  fetching,
  emptyText,
  page,
  setPage,
  pageSize,
  setPageSize,
  sort,
  setSort,
}: {
  rows: ApplicantView[];
  total: number;
  fetching: boolean;
  emptyText: string;
  page: number;
  setPage(n: number): void;
  pageSize: number;
  setPageSize(n: number): void;
  sort: DataTableSortStatus<ApplicantView>;
  setSort(s: DataTableSortStatus<ApplicantView>): void;
}) {
  const { t, i18n } = useTranslation();
  const table = usePagedTable({ page, setPage, pageSize, setPageSize, total, fetching, sort, setSort });
  const navigate = useNavigate();
  return (
    <DataTable<ApplicantView>
      {...table}
      minHeight={260}
      records={rows}
      idAccessor="id"
      noRecordsText={emptyText}
      onRowClick={({ record }) => navigate(`/applicants/${record.id}`)}
      rowStyle={() => ({ cursor: 'pointer' })}
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
  );
});

/**
 * The search box keeps its own state, so a keystroke re-renders this input and the page header
 * only (the filters and the table are memoised). Every keystroke is sent at once, without a
 * debounce: the server answers a search in a few milliseconds, and answers arriving out of
 * order are dropped by the page, so each key shows its own results within a frame or two.
 */
const SearchField = memo(function SearchField({
  seed,
  onSearch,
}: {
  seed: { value: string; n: number };
  onSearch(value: string): void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(seed.value);
  useEffect(() => setValue(seed.value), [seed]);
  return (
    <TextInput
      flex={1}
      miw={320}
      label={t('applicants.search')}
      placeholder={t('applicants.searchPlaceholder')}
      leftSection={<IconSearch size={16} />}
      value={value}
      onChange={(e) => {
        setValue(e.currentTarget.value);
        onSearch(e.currentTarget.value);
      }}
      autoFocus
      data-testid="applicant-search"
    />
  );
});

/** The sex switch, memoised like the rest of the page around the search box. */
const SexFilter = memo(function SexFilter({
  value,
  onChange,
}: {
  value: SexFilter;
  onChange(v: SexFilter): void;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {t('applicants.filterSex')}
      </Text>
      <SegmentedControl
        value={value}
        onChange={(v) => onChange(v as '' | 'M' | 'F')}
        data={[
          { value: '', label: t('applicants.filterAll') },
          { value: 'M', label: t('applicant.sexM') },
          { value: 'F', label: t('applicant.sexF') },
        ]}
      />
    </div>
  );
});
