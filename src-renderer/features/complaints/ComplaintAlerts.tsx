import { IconAlarm, IconClipboardCheck, IconHourglassHigh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { AlertCard } from '../home/AlertCard';

// The commission's alerts: reviews past their deadline, reviews ending within 2 working days, and
// notices whose fix deadline has passed (time for the check). Shown on the home screen and above
// the secretary's queue; nothing when all is in order.

export function ComplaintAlerts() {
  const { t } = useTranslation();
  const { data } = useLatestAnswer('complaints.alerts', {});
  if (!data) return null;
  return (
    <>
      {data.overdue > 0 && (
        <AlertCard
          icon={<IconAlarm />}
          color="red"
          count={data.overdue}
          title={t('complaints.alerts.overdue')}
          hint={t('complaints.alerts.overdueHint')}
          to="/complaints?view=overdue"
          testId="alert-complaints-overdue"
        />
      )}
      {data.dueSoon > 0 && (
        <AlertCard
          icon={<IconHourglassHigh />}
          color="orange"
          count={data.dueSoon}
          title={t('complaints.alerts.dueSoon')}
          hint={t('complaints.alerts.dueSoonHint')}
          to="/complaints?view=open"
          testId="alert-complaints-due-soon"
        />
      )}
      {data.checksDue > 0 && (
        <AlertCard
          icon={<IconClipboardCheck />}
          color="yellow"
          count={data.checksDue}
          title={t('complaints.alerts.checksDue')}
          hint={t('complaints.alerts.checksDueHint')}
          to="/complaints?view=overdue"
          testId="alert-complaints-checks"
        />
      )}
    </>
  );
}
