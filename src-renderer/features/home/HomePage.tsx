import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconAlarm,
  IconAlertTriangle,
  IconCalendarDue,
  IconCertificate,
  IconCertificateOff,
  IconCopy,
  IconFileAlert,
  IconGavel,
  IconHourglass,
  IconSignature,
} from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Output } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useCan } from '../../app/permissions';
import { useSession } from '../../app/session';
import { formatNumber } from '../../lib/format';
import { IntegrityNotice } from '../audit/IntegrityNotice';

type Summary = Output<'alerts.summary'>;

function AlertCard(props: {
  icon: ReactNode;
  color: string;
  count: number;
  title: string;
  hint: string;
  to: string;
  testId: string;
}) {
  const { i18n } = useTranslation();
  return (
    <Card component={Link} to={props.to} withBorder radius="md" padding="lg" data-testid={props.testId}>
      <Group wrap="nowrap" align="flex-start">
        <ThemeIcon size={44} radius="md" color={props.color} variant="light">
          {props.icon}
        </ThemeIcon>
        <div>
          <Text
            fz={28}
            fw={700}
            lh={1.1}
            c={props.count > 0 ? props.color : 'dimmed'}
            data-testid="alert-count"
          >
            {formatNumber(props.count, i18n.language)}
          </Text>
          <Text fw={600}>{props.title}</Text>
          <Text size="sm" c="dimmed">
            {props.hint}
          </Text>
        </div>
      </Group>
    </Card>
  );
}

/** What needs doing soon; each alert opens the list of the people it counts. */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const can = useCan();
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    call('alerts.summary', {}).then(setSummary, setError);
  }, []);
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('home.title', { name: user?.fullName ?? '' })}
        </Title>
        <Text c="dimmed" size="sm">
          {t('home.subtitle')}
        </Text>
      </div>
      {can('audit.integrity') && <IntegrityNotice quietWhenOk />}
      {error ? (
        <Alert color="red">{error instanceof ApiCallError ? error.message : t('errors.network')}</Alert>
      ) : null}
      {summary && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <AlertCard
            icon={<IconHourglass />}
            color="orange"
            count={summary.decisionsDueSoon}
            title={t('deadlines.alertSoon')}
            hint={t('deadlines.alertSoonHint')}
            to="/cases?due=soon"
            testId="alert-decisions-soon"
          />
          {can('casework.approveDecision') && (
            <AlertCard
              icon={<IconGavel />}
              color="teal"
              count={summary.decisionsToApprove}
              title={t('casework.queue.title')}
              hint={t('casework.queue.alertHint')}
              to="/decisions"
              testId="alert-decisions-to-approve"
            />
          )}
          <AlertCard
            icon={<IconCertificate />}
            color="orange"
            count={summary.certificatesExpiring}
            title={t('specialists.alertExpiring')}
            hint={t('specialists.alertExpiringHint')}
            to="/specialists?state=expiring"
            testId="alert-certificates-expiring"
          />
          {summary.certificatesExpiredActive > 0 && (
            <AlertCard
              icon={<IconCertificateOff />}
              color="red"
              count={summary.certificatesExpiredActive}
              title={t('specialists.alertExpired')}
              hint={t('specialists.alertExpiredHint')}
              to="/specialists?state=expired"
              testId="alert-certificates-expired"
            />
          )}
          <AlertCard
            icon={<IconAlertTriangle />}
            color="red"
            count={summary.decisionsOverdue}
            title={t('deadlines.alertOverdue')}
            hint={t('deadlines.alertOverdueHint')}
            to="/cases?due=overdue"
            testId="alert-decisions-overdue"
          />
          <AlertCard
            icon={<IconCalendarDue />}
            color="orange"
            count={summary.reexamDue}
            title={t('home.reexam')}
            hint={t('home.reexamHint', { days: summary.days.reexam })}
            to={`/applicants?reexam=${summary.days.reexam}`}
            testId="alert-reexam"
          />
          <AlertCard
            icon={<IconFileAlert />}
            color="grape"
            count={summary.iprExpiring}
            title={t('home.ipr')}
            hint={t('home.iprHint', { days: summary.days.ipr })}
            to={`/applicants?ipr=${summary.days.ipr}`}
            testId="alert-ipr"
          />
          <AlertCard
            icon={<IconAlarm />}
            color="red"
            count={summary.portalDeadline}
            title={t('home.portal')}
            hint={t('home.portalHint', { days: summary.days.portal })}
            to={`/applicants?portal=${summary.days.portal}`}
            testId="alert-portal"
          />
          <AlertCard
            icon={<IconSignature />}
            color="blue"
            count={summary.consentMissing}
            title={t('home.consent')}
            hint={t('home.consentHint')}
            to="/applicants?consent=1"
            testId="alert-consent"
          />
        </SimpleGrid>
      )}
      {can('applicants.duplicateReport') && (
        <Group gap="xs">
          <IconCopy size={16} />
          <Anchor component={Link} to="/applicants/duplicates" data-testid="home-duplicates">
            {t('home.duplicates')}
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}
