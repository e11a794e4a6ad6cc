import { Alert, Stack } from '@mantine/core';
import type { DataTableSortStatus } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../src-main/core/api/contract';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { AuditEntriesTable } from './AuditEntriesTable';

/** The procedures that page one record's audit entries (a card's history tab). */
type HistoryProcedure = 'applicants.history' | 'specialists.history' | 'providers.history';

/** A card's history: the audit entries about one record, newest first, paged on the server. */
export function RecordHistory({ procedure, id }: { procedure: HistoryProcedure; id: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const [sort, setSort] = useState<DataTableSortStatus<AuditEntryView>>({
    columnAccessor: 'at',
    direction: 'desc',
  });
  const { data, fetching, error } = useLatestAnswer(procedure, {
    id,
    page,
    pageSize,
    sortDir: sort.direction,
  });
  return (
    <Stack>
      {error && <Alert color="red">{error}</Alert>}
      <AuditEntriesTable
        rows={data?.rows ?? []}
        total={data?.total ?? 0}
        fetching={fetching}
        page={page}
        onPageChange={setPage}
        pageSize={pageSize}
        onPageSizeChange={(n) => {
          setPageSize(n);
          setPage(1);
        }}
        sort={sort}
        onSortChange={setSort}
        emptyText={t('card.historyEmpty')}
        showObject={false}
      />
    </Stack>
  );
}
