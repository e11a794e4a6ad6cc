import type { DataTableSortStatus } from 'mantine-datatable';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format';

/**
 * mantine-datatable names its sort icons in English ("Not sorted", "Sorted ascending") and takes
 * no prop for them: the table's header is watched and the names are given in the screen's
 * language whenever the library draws them.
 */
function useSortIconLabels() {
  const { t } = useTranslation();
  const observer = useRef<MutationObserver | null>(null);
  return useCallback(
    (table: HTMLTableElement | null) => {
      observer.current?.disconnect();
      if (!table) return;
      const words: Record<string, string> = {
        'Not sorted': t('common.sortNone'),
        'Sorted ascending': t('common.sortAsc'),
        'Sorted descending': t('common.sortDesc'),
      };
      const relabel = () => {
        for (const el of table.querySelectorAll('[aria-label]')) {
          const word = words[el.getAttribute('aria-label') ?? ''];
          if (word) el.setAttribute('aria-label', word);
        }
      };
      relabel();
      observer.current = new MutationObserver(relabel);
      observer.current.observe(table, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-label'],
      });
    },
    [t],
  );
}

/** The words every DataTable says in the screen's language: sort icons, empty and loading. */
export function useTableLabels() {
  const { t } = useTranslation();
  const tableRef = useSortIconLabels();
  return { tableRef, noRecordsText: t('common.noRecords') };
}

/** The pager's words for every server-paged table ("1–25 of 2 000", "Rows per page"). */
function usePagingLabels() {
  const { t, i18n } = useTranslation();
  return {
    ...useTableLabels(),
    loadingText: t('common.loading'),
    getPaginationControlProps: (control: string) => ({ 'aria-label': t(`common.pager.${control}`) }),
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
