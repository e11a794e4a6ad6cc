import { useTranslation } from 'react-i18next';
import { formatNumber } from './format';

/** The pager's words for every server-paged table ("1–25 of 2 000", "Rows per page"). */
export function usePagingLabels() {
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
