import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CAREGIVER_STATUSES } from '../../../src-main/core/api/contract';

const COLOR: Record<(typeof CAREGIVER_STATUSES)[number], string> = {
  awaiting_documents: 'orange',
  refused: 'red',
  eligible: 'blue',
  active: 'teal',
  ended: 'gray',
};

/** A registration's status as the tab, the list and the card show it. */
export function StatusBadge({ status }: { status: (typeof CAREGIVER_STATUSES)[number] }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={COLOR[status]}
      style={{ minWidth: 'max-content' }}
      data-testid="caregiver-status"
    >
      {t(`enums.caregiverStatus.${status}`)}
    </Badge>
  );
}
