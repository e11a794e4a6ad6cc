import type { DataTableSortStatus } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format';

/** The pager's words for every server-paged table ("1–25 of 2 000", "Rows per page"). */
function usePagingLabels() {
  const { t, i18n } = useTranslation();
  return {
    recordsPerPageLabel: t('applicants.perPage'),
    paginationText: ({ from, to, totalRecords }: { from: number; to: number; totalRecords: number }) =>
      t('applicants.pagination', {
        from: formatNumber(from, i18n.language),
        to: formatNumber(to, i18n.language),
        total: formatNumber(totalRecords, i18n.language),
      }),
  };
}

const PAGE_SIZES = [25, 50, 100];

/**
 * What every server-paged, sortable table shares: its look, the pager with its words, the
 * page-size choice and the sort — both of which go back to page 1.
 */
export function usePagedTable<T>(p: {
  page: number;
  setPage(n: number): void;
  pageSize: number;
  setPageSize(n: number): void;
  total: number;
  fetching: boolean;
  sort: DataTableSortStatus<T>;
  setSort(s: DataTableSortStatus<T>): void;
}) {
  const labels = usePagingLabels();
  return {
    withTableBorder: true,
    borderRadius: 'md',
    striped: true,
    highlightOnHover: true,
    fetching: p.fetching,
    totalRecords: p.total,
    recordsPerPage: p.pageSize,
    page: p.page,
    onPageChange: p.setPage,
    recordsPerPageOptions: PAGE_SIZES,
    onRecordsPerPageChange: (n: number) => {
      p.setPageSize(n);
      p.setPage(1);
    },
    sortStatus: p.sort,
    onSortStatusChange: (s: DataTableSortStatus<T>) => {
      p.setSort(s);
      p.setPage(1);
    },
    ...labels,
  } as const;
}
