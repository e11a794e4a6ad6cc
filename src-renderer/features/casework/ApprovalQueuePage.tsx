import { Badge, Button, Stack, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Output } from '../../../src-main/core/api/contract';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { formatDate } from '../../lib/format';
import { useTableLabels } from '../../lib/pagination';
import { useClientSort } from '../../lib/useClientSort';
import { DueBadge } from '../cases/DueBadge';
import { ReviewModal } from './ReviewModal';
import { useCaseReferences } from './references';

type Row = Output<'casework.approvalQueue'>[number];

/**
 * The head's queue: draft decisions awaiting approval, the most urgent deadline first. A draft
 * the head drafted or revised is marked: another head approves it (maker-checker).
 */
export function ApprovalQueuePage() {
  const tableLabels = useTableLabels();
  const { t, i18n } = useTranslation();
  const refs = useCaseReferences();
  const [tick, setTick] = useState(0);
  // `tick` changes the input after a review so the queue is read again (the server ignores it).
  const { data, fetching, error } = useLatestAnswer('casework.approvalQueue', { tick } as never);
  const [open, setOpen] = useState<Row | null>(null);
  // Due first by default (no due date last).
  const sort = useClientSort<Row>(
    data ?? [],
    { columnAccessor: 'dueOn', direction: 'asc' },
    (r, column) =>
      column === 'caseNumber'
        ? r.caseNumber
        : column === 'personName'
          ? r.personName
          : column === 'drafted'
            ? r.decision.createdAt
            : (r.dueOn ?? '9999'),
    i18n.language,
  );
  const rows = sort.sorted;
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('casework.queue.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('casework.queue.subtitle')}
        </Text>
      </div>
      {error && (
        <Text c="red" role="alert">
          {error}
        </Text>
      )}
      <DataTable<Row>
        {...tableLabels}
        withTableBorder
        minHeight={220}
        fetching={fetching}
        records={rows}
        {...sort.table}
        idAccessor={(r) => r.decision.id}
        noRecordsText={t('casework.queue.empty')}
        columns={[
          {
            accessor: 'caseNumber',
            title: t('cases.number'),
            sortable: true,
            width: 120,
            render: (r) => (
              <Link to={`/cases/${r.decision.caseId}`} style={{ color: 'inherit' }}>
                {r.caseNumber}
              </Link>
            ),
          },
          { accessor: 'personName', title: t('casesPage.person'), sortable: true },
          {
            accessor: 'kind',
            title: t('casework.queue.kind'),
            render: (r) => (
              <Stack gap={2}>
                <Text size="sm">{t(`enums.decisionKind.${r.decision.kind}`)}</Text>
                {r.decision.supersedesId && (
                  <Text size="xs" c="dimmed">
                    {t('casework.queue.correction')}
                  </Text>
                )}
              </Stack>
            ),
          },
          {
            accessor: 'drafted',
            title: t('casework.queue.drafted'),
            sortable: true,
            render: (r) => (
              <Stack gap={2}>
                <Text size="sm">{r.decision.draftedByName}</Text>
                <Text size="xs" c="dimmed">
                  {formatDate(r.decision.createdAt, i18n.language)}
                </Text>
                {r.ownDraft && (
                  <Badge color="orange" variant="light" style={{ minWidth: 'max-content' }}>
                    {t('casework.queue.yours')}
                  </Badge>
                )}
              </Stack>
            ),
          },
          {
            accessor: 'dueOn',
            title: t('deadlines.column'),
            sortable: true,
            width: 190,
            render: (r) => <DueBadge dueOn={r.dueOn} left={r.workingDaysLeft} />,
          },
          {
            accessor: 'actions',
            title: t('common.actions'),
            width: 150,
            render: (r) => (
              <Button size="compact-sm" onClick={() => setOpen(r)} data-testid="queue-review">
                {t('casework.queue.review')}
              </Button>
            ),
          },
        ]}
      />
      {open && (
        <ReviewModal
          decision={open.decision}
          caseNumber={open.caseNumber}
          personName={open.personName}
          ownDraft={open.ownDraft}
          refs={refs}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            setTick((n) => n + 1);
          }}
        />
      )}
    </Stack>
  );
}
