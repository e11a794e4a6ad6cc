import { Alert, Stack } from '@mantine/core';
import type { DataTableSortStatus } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../src-main/core/api/contract';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import type { CardTabProps } from '../card/tabs';
import { AuditEntriesTable } from './AuditEntriesTable';

/** The card's history: every audit entry about the person, newest first. */
export function HistoryTab({ card }: CardTabProps) {
  return <History id={card.person.id} />;
}

function History({ id }: { id: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const [sort, setSort] = useState<DataTableSortStatus<AuditEntryView>>({
    columnAccessor: 'at',
    direction: 'desc',
  });
  const { data, fetching, error } = useLatestAnswer('applicants.history', {
    id,
    page,
    pageSize,
    sortDir: sort.direction,
  });
  const rows = data?.rows ?? [];
  const total = data?.total ?? 0;
  return (
    <Stack>
      {error && <Alert color="red">{error}</Alert>}
      <AuditEntriesTable
        rows={rows}
        total={total}
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
