import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Stepper,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ComplaintStatus, Output } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useCan } from '../../app/permissions';
import { useSession } from '../../app/session';
import { FactRows } from '../../lib/FactRows';
import { formatDate } from '../../lib/format';
import { useDownload } from '../../lib/useDownload';
import { money } from '../caregivers/money';
import { ComplaintStatusBadge, DueLine } from './ComplaintStatus';
import { type Step, StepModal } from './StepModal';

// One complaint through the commission's procedure: what came in and when (with the filing and
// review deadlines and their basis), the meeting and each member's vote, the conclusion and the
// head's signature, the notice to the supplier (printable in kk and ru), the check after the fix
// deadline with the removal to the unreliable list, and the reimbursement. Each step's button
// shows to the role that takes it, at the step it belongs to.

type Card = Output<'complaints.card'>;

const STAGE: Record<ComplaintStatus, number> = {
  registered: 0,
  scheduled: 1,
  concluded: 2,
  upheld: 3,
  rejected: 6,
  notice_sent: 4,
  resolved: 6,
  supplier_removed: 6,
};

function Section(props: { title: string; actions?: ReactNode; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={props.testId}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4">
          {props.title}
        </Title>
        <Group gap="xs">{props.actions}</Group>
      </Group>
      {props.children}
    </Paper>
  );
}

export function ComplaintCard() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const { user } = useSession();
  const files = useDownload();
  const [card, setCard] = useState<Card | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<Step | null>(null);
  const load = useCallback(() => {
    call('complaints.card', { id }).then(setCard, (e) =>
      setError(e instanceof ApiCallError ? e.message : t('errors.network')),
    );
  }, [id, t]);
  useEffect(load, [load]);
  if (error) return <Alert color="red">{error}</Alert>;
  if (!card) return <Loader size="sm" />;
  const c = card;
  const d = (iso: string | null) => formatDate(iso, i18n.language);
  const clerk = can('complaints.schedule');
  const iAmMember = !!user && c.members.some((m) => m.id === user.id);
  const myVote = c.votes.find((v) => v.memberId === user?.id);
  const stepButton = (s: Step, when: boolean, color?: string) =>
    when && (
      <Button
        size="xs"
        variant="light"
        color={color}
        onClick={() => setStep(s)}
        data-testid={`cmp-step-${s}`}
      >
        {t(`complaints.steps.${s}`)}
      </Button>
    );
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2" data-testid="cmp-title">
            {t('complaints.cardTitle', { number: c.number })}
          </Title>
          <Text c="dimmed" size="sm">
            {c.complainantName} · {c.providerName}
          </Text>
        </div>
        <Anchor component={Link} to="/complaints" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            <Text span size="sm">
              {t('complaints.back')}
            </Text>
          </Group>
        </Anchor>
      </Group>
      <Paper withBorder p="md" radius="md">
        <Group gap="xl" align="flex-start" wrap="wrap">
          <ComplaintStatusBadge status={c.status} />
          <DueLine row={c} />
          <Text size="sm" c="dimmed" maw={520} data-testid="cmp-basis">
            {t('complaints.reviewTerm', {
              date: d(c.reviewDueOn),
              term: t(`enums.reviewReading.${c.reviewReading}`),
            })}
          </Text>
        </Group>
        <Stepper active={STAGE[c.status]} size="xs" mt="md" allowNextStepsSelect={false}>
          {(['registered', 'meeting', 'conclusion', 'signature', 'notice', 'check'] as const).map((k) => (
            <Stepper.Step key={k} label={t(`complaints.stages.${k}`)} />
          ))}
        </Stepper>
      </Paper>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title={t('complaints.sections.complaint')} testId="cmp-facts">
          <FactRows
            rows={[
              [
                t('complaints.receivedOn'),
                `${d(c.receivedOn)} · ${t(`enums.complaintChannel.${c.channel}`)}`,
              ],
              [t('complaints.learnedOn'), d(c.learnedOn)],
              [t('complaints.filingDeadline'), d(c.filingDeadline)],
              ...(c.delayReason ? [[t('complaints.delayReason'), c.delayReason] as [string, ReactNode]] : []),
              [
                t('complaints.complainant'),
                c.applicantId && can('applicants.card') ? (
                  <Anchor key="a" component={Link} to={`/applicants/${c.applicantId}`} size="sm">
                    {c.complainantName}
                  </Anchor>
                ) : (
                  `${c.complainantName}${c.complainantIin ? ` · ${c.complainantIin}` : ''}`
                ),
              ],
              [
                t('complaints.supplier'),
                <Anchor key="p" component={Link} to={`/providers/${c.providerId}`} size="sm">
                  {c.providerName}
                </Anchor>,
              ],
              [t('complaints.subject'), `${t(`enums.complaintSubject.${c.subjectKind}`)}: ${c.subject}`],
              [t('complaints.description'), c.description],
            ]}
          />
        </Section>
        <Section
          title={t('complaints.sections.meeting')}
          testId="cmp-meeting"
          actions={
            <>
              {stepButton('schedule', clerk && (c.status === 'registered' || c.status === 'scheduled'))}
              {stepButton('vote', iAmMember && c.status === 'scheduled' && can('complaints.vote'))}
            </>
          }
        >
          {c.meetingOn ? (
            <Stack gap="xs">
              <Text size="sm">
                {d(c.meetingOn)}
                {c.meetingPlace ? ` · ${c.meetingPlace}` : ''}
              </Text>
              <Table withTableBorder striped>
                <Table.Tbody>
                  {c.members.map((m) => {
                    const v = c.votes.find((x) => x.memberId === m.id);
                    return (
                      <Table.Tr key={m.id}>
                        <Table.Td>{m.fullName}</Table.Td>
                        <Table.Td>
                          {v ? (
                            <Badge variant="light" color={v.vote === 'uphold' ? 'orange' : 'gray'}>
                              {t(`enums.complaintVote.${v.vote}`)}
                            </Badge>
                          ) : (
                            <Text size="xs" c="dimmed">
                              {t('complaints.notVoted')}
                            </Text>
                          )}
                          {v?.note && (
                            <Text size="xs" c="dimmed">
                              {v.note}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
              {myVote && (
                <Text size="xs" c="dimmed">
                  {t('complaints.youVoted', { vote: t(`enums.complaintVote.${myVote.vote}`) })}
                </Text>
              )}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t('complaints.noMeeting')}
            </Text>
          )}
        </Section>
        <Section
          title={t('complaints.sections.conclusion')}
          testId="cmp-conclusion"
          actions={
            <>
              {stepButton('conclude', clerk && c.status === 'scheduled')}
              {stepButton('sign', can('complaints.sign') && c.status === 'concluded')}
            </>
          }
        >
          {c.outcome ? (
            <FactRows
              rows={[
                [t('complaints.outcome'), t(`enums.complaintOutcome.${c.outcome}`)],
                [t('complaints.reasons'), c.reasons],
                [t('complaints.concludedOn'), d(c.concludedOn)],
                [
                  t('complaints.signed'),
                  c.signedOn
                    ? `${d(c.signedOn)} · ${c.signedByName ?? ''}`
                    : t('complaints.awaitingSignature'),
                ],
              ]}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {c.status === 'scheduled'
                ? c.majority
                  ? t('complaints.majorityIs', { outcome: t(`enums.complaintOutcome.${c.majority}`) })
                  : t('complaints.noMajorityYet')
                : t('complaints.noConclusion')}
            </Text>
          )}
        </Section>
        <Section
          title={t('complaints.sections.notice')}
          testId="cmp-notice"
          actions={
            <>
              {stepButton('notice', clerk && c.status === 'upheld')}
              {c.noticeOn &&
                can('complaints.noticePdf') &&
                (['kk', 'ru'] as const).map((locale) => (
                  <Button
                    key={locale}
                    size="xs"
                    variant="default"
                    leftSection={<IconPrinter size={14} />}
                    loading={files.busy === locale}
                    onClick={() =>
                      void files.run(locale, () => call('complaints.noticePdf', { id: c.id, locale }))
                    }
                    data-testid={`cmp-notice-${locale}`}
                  >
                    {t(`complaints.noticePdf.${locale}`)}
                  </Button>
                ))}
            </>
          }
        >
          {c.noticeOn ? (
            <FactRows
              rows={[
                [t('complaints.demand'), c.noticeDemand],
                [t('complaints.noticeOn'), d(c.noticeOn)],
                [t('complaints.fixDueOn'), d(c.fixDueOn)],
              ]}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {c.status === 'rejected' ? t('complaints.rejectedNoNotice') : t('complaints.noNotice')}
            </Text>
          )}
        </Section>
        <Section
          title={t('complaints.sections.check')}
          testId="cmp-check"
          actions={stepButton('check', clerk && c.status === 'notice_sent')}
        >
          {c.checkedOn ? (
            <Stack gap="xs">
              <FactRows
                rows={[
                  [t('complaints.checkedOn'), d(c.checkedOn)],
                  [t('complaints.fixed'), c.fixed ? t('complaints.yes') : t('complaints.no')],
                  [t('complaints.checkNote'), c.checkNote],
                ]}
              />
              {c.unreliable && (
                <Alert color="red" data-testid="cmp-removed">
                  {t('complaints.removedLine', {
                    no: c.unreliable.decisionNo,
                    date: d(c.unreliable.decisionOn),
                    removed: d(c.unreliable.removedOn),
                    back: d(c.unreliable.returnOn),
                  })}
                </Alert>
              )}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {c.fixDueOn ? t('complaints.checkAfter', { date: d(c.fixDueOn) }) : t('complaints.noCheck')}
            </Text>
          )}
        </Section>
        <Section
          title={t('complaints.sections.reimbursement')}
          testId="cmp-reimbursement"
          actions={stepButton(
            'reimburse',
            clerk && ['upheld', 'notice_sent', 'resolved', 'supplier_removed'].includes(c.status),
          )}
        >
          {c.reimbursedAmount !== null ? (
            <FactRows
              rows={[
                [t('complaints.reimbursedAmount'), money(c.reimbursedAmount, i18n.language)],
                [t('complaints.reimbursedOn'), d(c.reimbursedOn)],
                [t('complaints.note'), c.reimbursementNote],
              ]}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('complaints.reimbursementHint')}
            </Text>
          )}
        </Section>
      </SimpleGrid>
      {step && (
        <StepModal
          step={step}
          card={c}
          onClose={(changed) => {
            setStep(null);
            if (changed) load();
          }}
        />
      )}
    </Stack>
  );
}
