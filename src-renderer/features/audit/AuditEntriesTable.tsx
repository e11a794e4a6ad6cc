import { Badge, Stack, Text } from '@mantine/core';
import { DataTable, type DataTableColumn, type DataTableSortStatus } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../src-main/core/api/contract';
import { fieldLabel } from '../../../src-main/core/api/messages';
import { formatDateTime } from '../../lib/format';
import { usePagedTable } from '../../lib/pagination';
import { auditValue } from './audit-values';

// The audit log as a table, shared by the audit screen and a person card's history tab.

function Changes({ entry }: { entry: AuditEntryView }) {
  const { t, i18n } = useTranslation();
  if (!entry.changes) return null;
  const value = (field: string, v: unknown) => auditValue(entry.entity, field, v, t, i18n.language);
  return (
    <Stack gap={0}>
      {Object.entries(entry.changes).map(([field, [before, after]]) => (
        <Text key={field} size="xs" lineClamp={3}>
          <Text span size="xs" c="dimmed">
            {fieldLabel(field, i18n.language)}:
          </Text>{' '}
          {value(field, before)} → {value(field, after)}
        </Text>
      ))}
    </Stack>
  );
}

export interface AuditEntriesTableProps {
  rows: AuditEntryView[];
  total: number;
  fetching: boolean;
  page: number;
  onPageChange(page: number): void;
  pageSize: number;
  onPageSizeChange(size: number): void;
  /** Sorted by time only: the log's own order (newest or oldest first). */
  sort: DataTableSortStatus<AuditEntryView>;
  onSortChange(sort: DataTableSortStatus<AuditEntryView>): void;
  emptyText: string;
  /** The person column is redundant on a person's own card. */
  showObject?: boolean;
}

export function AuditEntriesTable(props: AuditEntriesTableProps) {
  const { t, i18n } = useTranslation();
  const table = usePagedTable({
    page: props.page,
    setPage: props.onPageChange,
    pageSize: props.pageSize,
    setPageSize: props.onPageSizeChange,
    total: props.total,
    fetching: props.fetching,
    sort: props.sort,
    setSort: props.onSortChange,
  });
  const columns: DataTableColumn<AuditEntryView>[] = [
    {
      accessor: 'at',
      title: t('audit.at'),
      sortable: true,
      width: 150,
      render: (r) => formatDateTime(r.at, i18n.language),
    },
    {
      accessor: 'actorLogin',
      title: t('audit.user'),
      width: 190,
      render: (r) => (
        <div>
          <Text size="sm">{r.actorName ?? r.actorLogin}</Text>
          {r.actorName && (
            <Text size="xs" c="dimmed">
              {r.actorLogin}
            </Text>
          )}
        </div>
      ),
    },
    {
      accessor: 'door',
      title: t('audit.door'),
      width: 96,
      render: (r) => (
        <Badge variant="light" color="gray" size="sm">
          {t(`doors.${r.door}`, { defaultValue: r.door })}
        </Badge>
      ),
    },
    {
      accessor: 'action',
      title: t('audit.action'),
      width: 170,
      render: (r) => (
        <div>
          <Text size="sm">{t(`auditActions.${r.action}`, { defaultValue: r.action })}</Text>
          {/* On a person's card the object column is hidden: say which of their records it was. */}
          {props.showObject === false && r.entity && r.entity !== 'applicant' && (
            <Text size="xs" c="dimmed">
              {t(`auditEntities.${r.entity}`, { defaultValue: r.entity })}
            </Text>
          )}
        </div>
      ),
    },
  ];
  if (props.showObject !== false) {
    columns.push({
      accessor: 'subjectName',
      title: t('audit.object'),
      width: 180,
      render: (r) => (
        <div>
          <Text size="sm">{r.entity ? t(`auditEntities.${r.entity}`, { defaultValue: r.entity }) : ''}</Text>
          {r.subjectName && (
            <Text size="xs" c="dimmed">
              {r.subjectName}
            </Text>
          )}
        </div>
      ),
    });
  }
  columns.push({
    accessor: 'changes',
    title: t('audit.changes'),
    // Takes what is left of the row and wraps, so the table never scrolls sideways.
    cellsStyle: () => ({ wordBreak: 'break-word' }),
    render: (r) => <Changes entry={r} />,
  });
  return (
    <DataTable<AuditEntryView>
      {...table}
      minHeight={200}
      records={props.rows}
      idAccessor="seq"
      noRecordsText={props.emptyText}
      columns={columns}
    />
  );
}
