import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconPrinter, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Output } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { useCan } from '../../app/permissions';
import { downloadBase64 } from '../../lib/download';
import { useEnumOptions } from '../../lib/enums';
import { formatDate, formatNumber } from '../../lib/format';
import { RecordHistory } from '../audit/RecordHistory';
import { CategoryModal, CertificateModal, EducationModal, RemoveModal, TrainingModal } from './CardModals';
import { DatesTimeline } from './DatesTimeline';
import { CertBadge, SpecialistModal } from './SpecialistModal';

// A specialist's card in tabs: the profile with the case load; education and courses;
// certificates and categories with a timeline of their dates; the cases the specialist is
// responsible for; the history of every change. An administrator adds and removes records here,
// and anyone who reads the register prints the card.

type Card = Output<'specialists.card'>;
const TABS = ['profile', 'education', 'certificates', 'cases', 'history'] as const;
type Tab = (typeof TABS)[number];

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

export function SpecialistCard() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const admin = can('specialists.addCertificate');
  const [card, setCard] = useState<Card | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<'cert' | 'category' | 'edit' | 'education' | 'training' | null>(null);
  const [removing, setRemoving] = useState<{
    what: 'certificate' | 'category';
    id: string;
    label: string;
  } | null>(null);
  const [printing, setPrinting] = useState(false);
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'profile';
  const _options = useEnumOptions();
  const { data: categories } = useLatestAnswer('specialists.categories', {});
  const { data: providers } = useLatestAnswer('providers.list', {});
  const load = useCallback(() => {
    call('specialists.card', { id }).then(setCard, (err) =>
      setError(err instanceof ApiCallError ? err.message : t('errors.network')),
    );
  }, [id, t]);
  useEffect(load, [load]);
  if (error) return <Alert color="red">{error}</Alert>;
  if (!card) return <Loader size="sm" />;
  const s = card.specialist;
  const categoryName = (code: string) => {
    const c = categories?.find((x) => x.code === code);
    return c ? (i18n.language === 'kk' ? c.nameKk : c.nameRu) : code;
  };
  const employer = providers?.find((p) => p.id === s.providerId);
  const closed = (saved: boolean) => {
    setOpen(null);
    setRemoving(null);
    if (saved) load();
  };
  const print = async () => {
    setPrinting(true);
    try {
      const file = await call('specialists.cardPdf', {
        id: s.id,
        locale: i18n.language as 'kk' | 'ru' | 'en',
      });
      downloadBase64(file.base64, file.fileName, 'application/pdf');
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiCallError ? err.message : t('errors.network'),
      });
    } finally {
      setPrinting(false);
    }
  };
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2" data-testid="spec-card-name">
            {[s.lastName, s.firstName, s.patronymic].filter(Boolean).join(' ')}
          </Title>
          <Text c="dimmed" size="sm">
            {s.iin} · {t(`enums.specialistPosition.${s.position}`)}
            {!s.active ? ` · ${t('specialists.left')}` : ''}
          </Text>
        </div>
        <Group gap="sm">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPrinter size={14} />}
            loading={printing}
            onClick={() => void print()}
            data-testid="spec-print"
          >
            {t('specialists.printCard')}
          </Button>
          {can('specialists.save') && (
            <Button size="xs" variant="light" onClick={() => setOpen('edit')} data-testid="spec-edit">
              {t('specialists.edit')}
            </Button>
          )}
          <Anchor component={Link} to="/specialists" size="sm">
            <Group gap={4}>
              <IconArrowLeft size={14} />
              <Text span size="sm">
                {t('specialists.back')}
              </Text>
            </Group>
          </Anchor>
        </Group>
      </Group>
      <Paper withBorder p="md" radius="md">
        <Group gap="xl" align="flex-start">
          <CertBadge s={s} />
          <Figure
            label={t('specialists.activeCases')}
            value={n(card.load.activeCases)}
            testId="spec-active-cases"
          />
          <Figure label={t('caseLoad.recipients')} value={n(card.load.recipients)} testId="spec-recipients" />
          <Figure
            label={t('caseLoad.hoursPerWeek')}
            value={formatNumber(card.load.hoursPerWeek, i18n.language)}
            testId="spec-hours"
          />
          {card.load.visitsPerWeek > 0 && (
            <Figure
              label={t('caseLoad.visitsPerWeek')}
              value={formatNumber(card.load.visitsPerWeek, i18n.language)}
            />
          )}
        </Group>
      </Paper>
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'profile' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`spec-tab-${k}`}>
              {t(`specialists.tabs.${k}`)}
              {k === 'cases' && card.cases.length > 0 ? ` (${card.cases.length})` : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="profile">
          <Paper withBorder p="md" radius="md">
            <Table variant="vertical" withTableBorder>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w={260}>{t('specialists.employer')}</Table.Th>
                  <Table.Td>
                    {employer
                      ? i18n.language === 'kk'
                        ? employer.nameKk
                        : employer.nameRu
                      : t('specialists.department')}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('specialists.phone')}</Table.Th>
                  <Table.Td>{s.phone ?? '—'}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('specialists.employed')}</Table.Th>
                  <Table.Td>
                    {s.employedFrom || s.employedTo
                      ? `${formatDate(s.employedFrom, i18n.language) || '…'} — ${formatDate(s.employedTo, i18n.language) || '…'}`
                      : '—'}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('specialists.publication')}</Table.Th>
                  <Table.Td>
                    {s.publishConsent ? t('specialists.published') : t('specialists.notPublished')}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('specialists.category')}</Table.Th>
                  <Table.Td>
                    {s.categoryValidUntil
                      ? t('specialists.until', { date: formatDate(s.categoryValidUntil, i18n.language) })
                      : t('specialists.noCategories')}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="education">
          <Paper withBorder p="md" radius="md" data-testid="spec-education">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4">
                {t('specialists.education')}
              </Title>
              {admin && (
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setOpen('education')}
                    data-testid="education-add"
                  >
                    {t('specialists.addEducation')}
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setOpen('training')}
                    data-testid="training-add"
                  >
                    {t('specialists.addTraining')}
                  </Button>
                </Group>
              )}
            </Group>
            {card.education.length === 0 && card.trainings.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('specialists.noEducation')}
              </Text>
            ) : (
              <Stack gap={4}>
                {card.education.map((e) => (
                  <Text key={e.id} size="sm">
                    {t(`enums.educationLevel.${e.level}`)}: {e.institution}, {e.speciality}
                    {e.diplomaNo ? ` · ${e.diplomaNo}` : ''} {formatDate(e.diplomaOn, i18n.language)}
                  </Text>
                ))}
                {card.trainings.map((x) => (
                  <Text key={x.id} size="sm">
                    {x.course} · {t('specialists.hours', { count: x.hours })} ·{' '}
                    {formatDate(x.fromOn, i18n.language)} — {formatDate(x.toOn, i18n.language)}
                    {x.certificateNo ? ` · ${x.certificateNo}` : ''}
                  </Text>
                ))}
              </Stack>
            )}
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="certificates">
          <Stack>
            <Paper withBorder p="md" radius="md" data-testid="spec-certificates">
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h4">
                  {t('specialists.certificates')}
                </Title>
                {admin && (
                  <Button size="xs" variant="light" onClick={() => setOpen('cert')} data-testid="cert-add">
                    {t('specialists.addCertificate')}
                  </Button>
                )}
              </Group>
              {card.certificates.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('specialists.noCertificates')}
                </Text>
              ) : (
                <Table striped withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('specialists.certNumber')}</Table.Th>
                      <Table.Th>{t('specialists.certIssuer')}</Table.Th>
                      <Table.Th>{t('specialists.certIssuedOn')}</Table.Th>
                      <Table.Th>{t('specialists.certValidUntil')}</Table.Th>
                      {admin && (
                        <Table.Th w={40}>
                          <VisuallyHidden>{t('specialists.actions')}</VisuallyHidden>
                        </Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {card.certificates.map((c) => (
                      <Table.Tr
                        key={c.id}
                        style={c.removedAt ? { textDecoration: 'line-through' } : undefined}
                      >
                        <Table.Td>{c.number}</Table.Td>
                        <Table.Td>
                          {c.issuer}
                          {c.removeReason && (
                            <Text size="xs" c="dimmed">
                              {t('specialists.removed', { reason: c.removeReason })}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{formatDate(c.issuedOn, i18n.language)}</Table.Td>
                        <Table.Td>{formatDate(c.validUntil, i18n.language)}</Table.Td>
                        {admin && (
                          <Table.Td>
                            {!c.removedAt && (
                              <Tooltip label={t('specialists.removeCertificate')}>
                                <ActionIcon
                                  variant="subtle"
                                  color="red"
                                  aria-label={t('specialists.removeCertificate')}
                                  onClick={() =>
                                    setRemoving({
                                      what: 'certificate',
                                      id: c.id,
                                      label: `${c.number}, ${c.issuer}`,
                                    })
                                  }
                                  data-testid="cert-remove"
                                >
                                  <IconTrash size={14} />
                                </ActionIcon>
                              </Tooltip>
                            )}
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
            <Paper withBorder p="md" radius="md" data-testid="spec-categories">
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h4">
                  {t('specialists.categories')}
                </Title>
                {admin && (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setOpen('category')}
                    data-testid="category-add"
                  >
                    {t('specialists.addCategory')}
                  </Button>
                )}
              </Group>
              {card.categories.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('specialists.noCategories')}
                </Text>
              ) : (
                <Stack gap={4}>
                  {card.categories.map((c) => (
                    <Group
                      key={c.id}
                      gap="xs"
                      style={c.removedAt ? { textDecoration: 'line-through' } : undefined}
                    >
                      <Badge
                        variant="light"
                        color={c.removedAt ? 'gray' : 'blue'}
                        style={{ minWidth: 'max-content' }}
                      >
                        {categoryName(c.categoryCode)}
                      </Badge>
                      <Text size="sm">
                        {c.orderNo} · {formatDate(c.assignedOn, i18n.language)} —{' '}
                        {formatDate(c.validUntil, i18n.language)}
                      </Text>
                      {c.removeReason && (
                        <Text size="xs" c="dimmed">
                          {t('specialists.removed', { reason: c.removeReason })}
                        </Text>
                      )}
                      {admin && !c.removedAt && (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('specialists.removeCategory')}
                          onClick={() =>
                            setRemoving({
                              what: 'category',
                              id: c.id,
                              label: `${categoryName(c.categoryCode)}, ${c.orderNo}`,
                            })
                          }
                          data-testid="category-remove"
                        >
                          <IconTrash size={14} />
                        </ActionIcon>
                      )}
                    </Group>
                  ))}
                </Stack>
              )}
            </Paper>
            <DatesTimeline card={card} categoryName={categoryName} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="cases">
          <Paper withBorder p="md" radius="md" data-testid="spec-cases">
            {card.cases.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('specialists.noCases')}
              </Text>
            ) : (
              <Table striped withTableBorder highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('specialists.caseNumber')}</Table.Th>
                    <Table.Th>{t('specialists.recipient')}</Table.Th>
                    <Table.Th>{t('specialists.caseStatus')}</Table.Th>
                    <Table.Th>{t('specialists.planTerm')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {card.cases.map((c) => (
                    <Table.Tr key={c.caseId}>
                      <Table.Td>
                        <Anchor component={Link} to={`/cases/${c.caseId}`} size="sm">
                          {c.number}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{c.person}</Table.Td>
                      <Table.Td>{t(`enums.caseStatus.${c.status}`)}</Table.Td>
                      <Table.Td>
                        {formatDate(c.fromOn, i18n.language)} — {formatDate(c.toOn, i18n.language)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <RecordHistory procedure="specialists.history" id={s.id} />
        </Tabs.Panel>
      </Tabs>
      {open === 'education' && <EducationModal specialistId={s.id} onClose={closed} />}
      {open === 'training' && <TrainingModal specialistId={s.id} onClose={closed} />}
      {open === 'cert' && <CertificateModal specialistId={s.id} onClose={closed} />}
      {open === 'category' && <CategoryModal specialistId={s.id} onClose={closed} />}
      {open === 'edit' && <SpecialistModal item={s} onClose={closed} />}
      {removing && <RemoveModal {...removing} onClose={closed} />}
    </Stack>
  );
}
