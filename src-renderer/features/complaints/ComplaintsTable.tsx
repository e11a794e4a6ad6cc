import { Text } from '@mantine/core';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Output } from '../../../src-main/core/api/contract';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { formatDate } from '../../lib/format';
import { usePagedTable } from '../../lib/pagination';
import { useRemembered } from '../../lib/remembered';
import { ComplaintStatusBadge, DueLine } from './ComplaintStatus';

// The commission's complaints, sorted and paged on the server: the secretary's queue, and the
// same table on a provider's card (its complaints only). A row opens the complaint.

export type ComplaintRow = Output<'complaints.queue'>['rows'][number];
type View = 'open' | 'overdue' | 'closed' | 'all';

export function ComplaintsTable(props: {
  /** Remembered state's prefix: the queue and each card keep their own page and sort. */
  memory: string;
  view: View;
  query?: string;
  providerId?: string;
  tick?: number;
  empty: string;
  withProvider?: boolean;
  onTotal?(n: number): void;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [page, setPage] = useRemembered(`${props.memory}.page`, 1);
  const [pageSize, setPageSize] = useRemembered(`${props.memory}.pageSize`, 25);
  const [sort, setSort] = useRemembered<DataTableSortStatus<ComplaintRow>>(`${props.memory}.sort`, {
    columnAccessor: 'dueOn',
    direction: 'asc',
  });
  const { data, fetching } = useLatestAnswer(
    'complaints.queue',
    {
      view: props.view,
      query: props.query?.trim() ?? '',
      page,
      pageSize,
      sortBy: (['receivedOn', 'number'] as const).find((c) => c === sort.columnAccessor) ?? 'dueOn',
      sortDir: sort.direction,
      ...(props.providerId ? { providerId: props.providerId } : {}),
      tick: props.tick ?? 0,
    } as never,
    { loaderAfterMs: 300 },
  );
  const total = data?.total ?? 0;
  props.onTotal?.(total);
  const table = usePagedTable({ page, setPage, pageSize, setPageSize, total, fetching, sort, setSort });
  const d = (iso: string | null) => formatDate(iso, i18n.language);
  return (
    <div data-testid="complaints-table">
      <DataTable<ComplaintRow>
        {...table}
        minHeight={200}
        records={data?.rows ?? []}
        noRecordsText={props.empty}
        onRowClick={({ record }) => navigate(`/complaints/${record.id}`)}
        rowStyle={() => ({ cursor: 'pointer' })}
        columns={[
          {
            accessor: 'number',
            title: t('complaints.number'),
            sortable: true,
            render: (r) => (
              <div>
                <Text size="sm" fw={500}>
                  {r.number}
                </Text>
                <Text size="xs" c="dimmed">
                  {d(r.receivedOn)}
                </Text>
              </div>
            ),
          },
          {
            accessor: 'complainantName',
            title: t('complaints.complainant'),
            render: (r) => (
              <div>
                <Text size="sm">{r.complainantName}</Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {r.subject}
                </Text>
              </div>
            ),
          },
          ...(props.withProvider === false
            ? []
            : [{ accessor: 'providerName' as const, title: t('complaints.supplier') }]),
          {
            accessor: 'status',
            title: t('complaints.status'),
            render: (r) => <ComplaintStatusBadge status={r.status} />,
          },
          {
            accessor: 'meetingOn',
            title: t('complaints.meeting'),
            render: (r) => (r.meetingOn ? d(r.meetingOn) : '—'),
          },
          {
            accessor: 'dueOn',
            title: t('complaints.deadline'),
            sortable: true,
            render: (r) => <DueLine row={r} />,
          },
        ]}
      />
    </div>
  );
}
