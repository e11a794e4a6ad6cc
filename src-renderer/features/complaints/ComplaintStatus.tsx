import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplaintStatus, Output } from '../../../src-main/core/api/contract';
import { formatDate } from '../../lib/format';

// A complaint's status, and its current deadline with the working days left (red once passed).

const COLORS: Record<ComplaintStatus, string> = {
  registered: 'blue',
  scheduled: 'indigo',
  concluded: 'violet',
  upheld: 'orange',
  rejected: 'gray',
  notice_sent: 'yellow',
  resolved: 'teal',
  supplier_removed: 'red',
};

export function ComplaintStatusBadge({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={COLORS[status]}
      style={{ minWidth: 'max-content' }}
      data-testid="complaint-status"
    >
      {t(`enums.complaintStatus.${status}`)}
    </Badge>
  );
}

type Due = Pick<Output<'complaints.queue'>['rows'][number], 'dueOn' | 'dueKind' | 'daysLeft' | 'overdue'>;

export function DueLine({ row }: { row: Due }) {
  const { t, i18n } = useTranslation();
  if (!row.dueOn || !row.dueKind) return <Text size="sm">—</Text>;
  const color = row.overdue ? 'red.8' : (row.daysLeft ?? 0) <= 2 ? 'orange.8' : undefined;
  return (
    <div data-testid="complaint-due">
      <Text size="sm">
        {t(`complaints.due.${row.dueKind}`)}: {formatDate(row.dueOn, i18n.language)}
      </Text>
      <Text size="xs" c={color ?? 'dimmed'} fw={row.overdue ? 600 : undefined}>
        {row.overdue
          ? t('complaints.overdueBy', { n: Math.abs(row.daysLeft ?? 0) })
          : t('complaints.daysLeft', { n: row.daysLeft ?? 0 })}
      </Text>
    </div>
  );
}
