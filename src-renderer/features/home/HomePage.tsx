import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconAlarm,
  IconAlertTriangle,
  IconAward,
  IconBuildingWarehouse,
  IconCalendarDue,
  IconCertificate,
  IconCertificateOff,
  IconCopy,
  IconFileAlert,
  IconGavel,
  IconHourglass,
  IconSignature,
  IconTransfer,
  IconUserExclamation,
  IconUsers,
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
import { ComplaintAlerts } from '../complaints/ComplaintAlerts';
import { AlertCard } from './AlertCard';

type Summary = Output<'alerts.summary'>;

const BAND_COLORS = ['red', 'orange', 'yellow'] as const;
const widestDays = (bands: Summary['certificateBands']) => bands[bands.length - 1]?.days ?? 0;

/**
 * Certificates or categories ending, in the office's bands (7 / 30 / 90 days by default): the
 * widest band's count opens the list of them; each band opens the list ending within its days.
 */
function BandsCard(props: {
  icon: ReactNode;
  bands: Summary['certificateBands'];
  title: string;
  hint: string;
  to: string;
  param: string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const widest = props.bands[props.bands.length - 1] ?? { days: 0, n: 0 };
  return (
    <Card withBorder radius="md" padding="lg" data-testid={props.testId}>
      <Group wrap="nowrap" align="flex-start">
        <ThemeIcon size={44} radius="md" color="orange" variant="light">
          {props.icon}
        </ThemeIcon>
        <div>
          <Anchor component={Link} to={props.to} underline="never" c="inherit" data-testid="alert-open">
            <Text fz={28} fw={700} lh={1.1} c={widest.n > 0 ? 'orange' : 'dimmed'} data-testid="alert-count">
              {formatNumber(widest.n, i18n.language)}
            </Text>
            <Text fw={600}>{props.title}</Text>
          </Anchor>
          <Text size="sm" c="dimmed">
            {props.hint}
          </Text>
          <Group gap={6} mt={6}>
            {props.bands.map((b, i) => (
              <Badge
                key={b.days}
                component={Link}
                to={`/specialists?${props.param}=${b.days}`}
                variant={b.n > 0 ? 'light' : 'outline'}
                color={b.n > 0 ? BAND_COLORS[i] : 'gray'}
                style={{ cursor: 'pointer', textTransform: 'none' }}
                data-testid={`band-${b.days}`}
              >
                {t('specialists.bandWithin', { days: b.days, n: formatNumber(b.n, i18n.language) })}
              </Badge>
            ))}
          </Group>
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
          <BandsCard
            icon={<IconCertificate />}
            bands={summary.certificateBands}
            title={t('specialists.alertExpiring')}
            hint={t('specialists.alertExpiringHint', { days: widestDays(summary.certificateBands) })}
            to="/specialists?state=expiring"
            param="expiring"
            testId="alert-certificates-expiring"
          />
          <BandsCard
            icon={<IconAward />}
            bands={summary.categoryBands}
            title={t('specialists.alertCategories')}
            hint={t('specialists.alertCategoriesHint', { days: widestDays(summary.categoryBands) })}
            to={`/specialists?categoryExpiring=${widestDays(summary.categoryBands)}`}
            param="categoryExpiring"
            testId="alert-categories-expiring"
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
          {can('caregivers.list') && (
            <AlertCard
              icon={<IconUsers />}
              color="orange"
              count={summary.caregiversAwaiting}
              title={t('caregivers.alertAwaiting')}
              hint={t('caregivers.alertAwaitingHint', { n: summary.caregiverChecksExpiring })}
              to="/caregivers?status=awaiting_documents"
              testId="alert-caregivers-awaiting"
            />
          )}
          {can('exchange.export') && summary.exportOverdueDays !== null && (
            <AlertCard
              icon={<IconTransfer />}
              color="orange"
              count={summary.exportOverdueDays}
              title={t('exchange.alertExport', { n: summary.exportOverdueDays })}
              hint={t('exchange.alertExportHint')}
              to="/exchange"
              testId="alert-export"
            />
          )}
          {can('complaints.alerts') && <ComplaintAlerts />}
          {summary.casesWithUnreliableProvider > 0 && (
            <AlertCard
              icon={<IconBuildingWarehouse />}
              color="red"
              count={summary.casesWithUnreliableProvider}
              title={t('providers.alertUnreliable')}
              hint={t('providers.alertUnreliableHint')}
              to="/providers?unreliable=1"
              testId="alert-unreliable-providers"
            />
          )}
          {can('caregivers.list') && summary.caregiversAffected > 0 && (
            <AlertCard
              icon={<IconUserExclamation />}
              color="red"
              count={summary.caregiversAffected}
              title={t('caregivers.alertAffected')}
              hint={t('caregivers.alertAffectedHint')}
              to="/caregivers?affected=1"
              testId="alert-caregivers-affected"
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
