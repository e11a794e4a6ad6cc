import { Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ApplicantView } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useCan } from '../../app/permissions';
import { formatDate, formatNumber, fullName } from '../../lib/format';

type SortKey = 'name' | 'birthDate' | 'iin' | 'createdAt';
const PAGE_SIZES = [25, 50, 100];

export function ApplicantsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 120);
  const [sex, setSex] = useState<'' | 'M' | 'F'>('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const [sort, setSort] = useState<DataTableSortStatus<ApplicantView>>({
    columnAccessor: 'name',
    direction: 'asc',
  });
  const [rows, setRows] = useState<ApplicantView[]>([]);
  const [total, setTotal] = useState(0);
  const [fetching, setFetching] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const requestId = useRef(0);
  const canCreate = useCan()('applicants.create');

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
    })
      .then((r) => {
        // Answers can overtake each other while typing: show only the latest request's.
        if (id !== requestId.current) return;
        setRows(r.rows);
        setTotal(r.total);
        setError(null);
      })
      .catch((err) => {
        if (id === requestId.current)
          setError(err instanceof ApiCallError ? err.message : t('errors.network'));
      })
      .finally(() => {
        if (id === requestId.current) setFetching(false);
      });
  }, [debounced, page, pageSize, sort, sex, t]);

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
            {t('applicants.total', { n: formatNumber(total, i18n.language) })}
          </Text>
        </Group>
      </Paper>
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
