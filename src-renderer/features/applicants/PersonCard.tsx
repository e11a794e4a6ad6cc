import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Loader,
  Menu,
  Paper,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconFileText,
  IconHeartHandshake,
  IconHistory,
  IconPencil,
  IconPrinter,
  IconUser,
  IconUsers,
  IconWheelchair,
} from '@tabler/icons-react';
import type { DataTableSortStatus } from 'mantine-datatable';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { AuditEntryView, Output } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { useCan } from '../../app/permissions';
import { downloadBase64 } from '../../lib/download';
import { formatDate, formatDateTime, fullName } from '../../lib/format';
import { AuditEntriesTable } from '../audit/AuditEntriesTable';
import { CasesTab } from '../cases/CasesTab';
import { DisabilityTab } from '../disability/DisabilityTab';
import { DocumentsTab } from './card/DocumentsTab';
import { HouseholdTab } from './card/HouseholdTab';

type Card = Output<'applicants.card'>;

/** Tabs of areas that come with later modules; each says what it will hold. */
const CARD_TABS = ['profile', 'household', 'disability', 'cases', 'caregivers', 'documents', 'history'];

const LATER = [{ value: 'caregivers', icon: <IconUsers size={16} /> }] as const;

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value || '—'}</Text>
    </div>
  );
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

export function PersonCard() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const canEdit = can('applicants.update');
  const [card, setCard] = useState<Card | null>(null);
  const [error, setError] = useState<unknown>(null);
  // "?tab=cases" opens the card at a tab (the register of applications links there).
  const [params] = useSearchParams();
  const [tab, setTab] = useState<string | null>(() => {
    const asked = params.get('tab');
    return asked && CARD_TABS.includes(asked) ? asked : 'profile';
  });
  const [version, setVersion] = useState(0);
  const [printing, setPrinting] = useState(false);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    setError(null);
    // Opening the card is recorded in the audit log (the router does it for applicants.card),
    // so it is loaded once per person and after an edit, not when the language changes.
    if (version < 0) return;
    call('applicants.card', { id }).then(setCard, setError);
  }, [id, version]);

  if (error)
    return <Alert color="red">{error instanceof ApiCallError ? error.message : t('errors.network')}</Alert>;
  if (!card || card.person.id !== id) return <Loader />;
  const person = card.person;
  const current = card.disability.find((d) => d.replacedAt === null);
  async function print(locale: 'kk' | 'ru') {
    setPrinting(true);
    try {
      const file = await call('applicants.summaryPdf', { id, locale });
      downloadBase64(file.base64, file.fileName, 'application/pdf');
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiCallError ? err.message : t('errors.network'),
      });
    } finally {
      setPrinting(false);
    }
  }
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/applicants">
          {t('nav.applicants')}
        </Anchor>
        <Text>{fullName(person)}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} data-testid="card-name">
            {fullName(person)}
          </Title>
          <Group gap="xs">
            <Text c="dimmed" size="sm">
              {t('applicants.colIin')} {person.iin ?? '—'} · {formatDate(person.birthDate, i18n.language)}
            </Text>
            {current && (
              <Badge variant="light" color="grape">
                {t(`enums.category.${current.category}`)}
                {current.groupNo ? `, ${t(`enums.group.${current.groupNo}`)}` : ''}
              </Badge>
            )}
            {person.deathDate && (
              <Badge color="dark">
                {t('card.deceased', { date: formatDate(person.deathDate, i18n.language) })}
              </Badge>
            )}
            {!person.consentDate && (
              <Badge color="orange" variant="light">
                {t('card.noConsent')}
              </Badge>
            )}
          </Group>
        </div>
        <Group gap="xs">
          <Menu withinPortal position="bottom-end">
            <Menu.Target>
              <Button
                variant="default"
                leftSection={<IconPrinter size={16} />}
                loading={printing}
                data-testid="card-print"
              >
                {t('card.print')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {(['kk', 'ru'] as const).map((l) => (
                <Menu.Item key={l} onClick={() => void print(l)} data-testid={`card-print-${l}`}>
                  {t(`card.printIn.${l}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          {canEdit && (
            <Button
              component={Link}
              to={`/applicants/${person.id}/edit`}
              variant="light"
              leftSection={<IconPencil size={16} />}
              data-testid="card-edit"
            >
              {t('applicant.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="profile" leftSection={<IconUser size={16} />}>
            {t('card.profile')}
          </Tabs.Tab>
          <Tabs.Tab value="household" leftSection={<IconUsers size={16} />} data-testid="card-household-tab">
            {t('card.householdTab')}
          </Tabs.Tab>
          <Tabs.Tab
            value="disability"
            leftSection={<IconWheelchair size={16} />}
            data-testid="card-disability-tab"
          >
            {t('card.disability')}
          </Tabs.Tab>
          <Tabs.Tab value="cases" leftSection={<IconHeartHandshake size={16} />} data-testid="card-cases-tab">
            {t('card.cases')}
          </Tabs.Tab>
          {LATER.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value} leftSection={tab.icon}>
              {t(`card.${tab.value}`)}
            </Tabs.Tab>
          ))}
          <Tabs.Tab
            value="documents"
            leftSection={<IconFileText size={16} />}
            data-testid="card-documents-tab"
          >
            {t('card.documents')}
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} />} data-testid="card-history-tab">
            {t('card.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <Paper withBorder p="md" radius="md">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              <Field label={t('applicant.lastName')} value={person.lastName} />
              <Field label={t('applicant.firstName')} value={person.firstName} />
              <Field label={t('applicant.patronymic')} value={person.patronymic} />
              <Field label={t('applicant.iin')} value={person.iin} />
              <Field label={t('applicant.birthDate')} value={formatDate(person.birthDate, i18n.language)} />
              <Field
                label={t('applicant.sex')}
                value={person.sex === 'M' ? t('applicant.sexM') : t('applicant.sexF')}
              />
              <Field label={t('applicant.katoCode')} value={person.katoCode} />
              <Field label={t('applicant.address')} value={person.address} />
              <Field label={t('applicant.phone')} value={person.phone} />
              <Field
                label={t('applicant.citizenship')}
                value={t(`enums.citizenship.${person.citizenship}`)}
              />
              <Field
                label={t('applicant.docType')}
                value={
                  person.docType
                    ? `${t(`enums.docType.${person.docType}`)} ${person.docNumber ?? ''}${person.docDate ? `, ${formatDate(person.docDate, i18n.language)}` : ''}${person.docIssuer ? `, ${person.docIssuer}` : ''}`
                    : null
                }
              />
              <Field
                label={t('applicant.maritalStatus')}
                value={person.maritalStatus ? t(`enums.marital.${person.maritalStatus}`) : null}
              />
              <Field
                label={t('applicant.legalCapacity')}
                value={`${t(`enums.capacity.${person.legalCapacity}`)}${person.capacityCourtDecision ? ` — ${person.capacityCourtDecision}, ${formatDate(person.capacityCourtDate, i18n.language)}` : ''}`}
              />
              <Field
                label={t('applicant.consentDate')}
                value={
                  person.consentDate
                    ? `${formatDate(person.consentDate, i18n.language)}${person.consentForm ? `, ${t(`enums.consentForm.${person.consentForm}`)}` : ''}${person.consentRef ? ` — ${person.consentRef}` : ''}`
                    : null
                }
              />
              {!person.iin && (
                <Field label={t('applicant.iinMissingReason')} value={person.iinMissingReason} />
              )}
              <Field label={t('card.registered')} value={formatDateTime(person.createdAt, i18n.language)} />
            </SimpleGrid>
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="household" pt="md">
          <Stack>
            <HouseholdTab card={card} canEdit={canEdit} reload={reload} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="disability" pt="md">
          <Stack>
            <DisabilityTab card={card} canEdit={canEdit} reload={reload} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="cases" pt="md">
          <CasesTab card={card} canEdit={canEdit} reload={reload} />
        </Tabs.Panel>
        {LATER.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value} pt="md">
            <Alert color="gray" variant="light">
              {t(`card.${tab.value}Later`)}
            </Alert>
          </Tabs.Panel>
        ))}
        <Tabs.Panel value="documents" pt="md">
          <DocumentsTab card={card} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <History id={person.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
