import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconClipboardCheck,
  IconFileDescription,
  IconGavel,
  IconHomeSearch,
  IconListCheck,
  IconPlayerPause,
  IconPlayerPlay,
  IconSend,
  IconStethoscope,
  IconUserCheck,
  IconX,
} from '@tabler/icons-react';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TimelineView } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useCan } from '../../app/permissions';
import { useSession } from '../../app/session';
import { formatDate, formatDateTime } from '../../lib/format';
import { useSsuForms } from '../../lib/ssuForms';
import { DueBadge } from '../cases/DueBadge';
import { CASE_STATUS_COLOR } from '../cases/status-colors';
import { ActModal } from './ActModal';
import { DecisionModal } from './DecisionModal';
import { ReviewModal } from './ReviewModal';
import { useCaseReferences } from './references';
import { type StepKind, StepModal } from './StepModals';
import { Step } from './TimelineStep';

// The case's timeline: each step as a card (what, who, when, the document), oldest first, and
// above them the next steps the case allows now. The status is derived by the server from these
// records; the buttons are the steps the server would accept.

type Decision = TimelineView['decisions'][number];
type Open =
  | { kind: 'act' }
  | { kind: 'decision'; draft: Decision | null; corrects: Decision | null }
  | { kind: 'review'; decision: Decision }
  | { kind: StepKind };

export function CaseTimeline({
  caseId,
  canEdit,
  onChanged,
  headingOrder = 3,
}: {
  caseId: string;
  canEdit: boolean;
  onChanged?(): void;
  /** The case title's heading level: 3 under the card's sections, 2 on the case's own page. */
  headingOrder?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const { user } = useSession();
  const refs = useCaseReferences();
  const ssuForms = useSsuForms();
  const [data, setData] = useState<TimelineView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const load = useCallback(() => {
    call('casework.timeline', { caseId }).then(
      (d) => {
        setData(d);
        setError(null);
      },
      (err) => setError(err instanceof ApiCallError ? err.message : t('errors.network')),
    );
  }, [caseId, t]);
  useEffect(load, [load]);
  if (error) return <Alert color="red">{error}</Alert>;
  if (!data) return <Loader size="sm" />;
  const c = data.case;
  const saved = () => {
    setOpen(null);
    load();
    onChanged?.();
  };
  const label = (group: string, v: string | null | undefined) => (v ? t(`enums.${group}.${v}`) : '');
  const draft = data.decisions.find((d) => d.state !== 'approved') ?? null;
  const inForce = data.decisions.filter((d) => d.state === 'approved' && !d.superseded).at(-1) ?? null;
  const mayReview = can('casework.approveDecision');
  const ownDraft = !!draft && !!user && (draft.draftedBy === user.id || draft.revisedBy === user.id);
  const line = (s: { code: string; volume: number; periodicity: string }) =>
    `${refs.serviceLabel(s.code)}: ${s.volume} × ${label('serviceUnit', refs.unitOf(s.code) ?? 'service')} ${label('periodicity', s.periodicity)}`;

  // Every record as a step, in the order it was made.
  const steps: { at: string; node: ReactNode }[] = [];
  steps.push({
    at: c.createdAt,
    node: (
      <Step
        key="app"
        icon={<IconFileDescription size={18} />}
        title={t('casework.t.application', { number: c.number })}
        when={c.appliedOn}
        testId="step-application"
      >
        <Text size="sm">{c.grounds.map((g) => label('caseGround', g)).join('; ')}</Text>
        <Text size="xs" c="dimmed">
          {label('caseRoute', c.route)}
        </Text>
      </Step>
    ),
  });
  for (const a of data.acts)
    steps.push({
      at: a.createdAt,
      node: (
        <Step
          key={a.id}
          icon={<IconHomeSearch size={18} />}
          title={t('casework.t.act', { number: a.number })}
          when={a.visitOn}
          who={`${a.specialist1.name}, ${a.specialist2.name}`}
          doc={{ kind: 'act', id: a.id, label: t('casework.t.act', { number: a.number }) }}
          testId="step-act"
        >
          <Text size="sm">
            {label('actConclusion', a.conclusion)} · {label('macConclusion', a.macConclusion)}
          </Text>
        </Step>
      ),
    });
  for (const d of data.decisions)
    steps.push({
      at: d.createdAt,
      node: (
        <Step
          key={d.id}
          icon={<IconGavel size={18} />}
          title={
            <Group gap="xs" component="span">
              <span>
                {d.number ? t('casework.t.decisionNo', { number: d.number }) : t('casework.t.decisionDraft')}:{' '}
                {label('decisionKind', d.kind)}
              </span>
              <Badge
                variant="light"
                color={
                  d.state === 'approved'
                    ? d.superseded
                      ? 'gray'
                      : 'teal'
                    : d.state === 'returned'
                      ? 'orange'
                      : 'yellow'
                }
                style={{ minWidth: 'max-content' }}
                data-testid="decision-state"
              >
                {d.superseded ? t('casework.t.superseded') : label('decisionState', d.state)}
              </Badge>
            </Group>
          }
          when={d.decidedOn ?? d.createdAt.slice(0, 10)}
          who={d.reviewedByName ? `${d.draftedByName} → ${d.reviewedByName}` : d.draftedByName}
          doc={
            d.state === 'approved'
              ? { kind: 'decision', id: d.id, label: t('casework.t.decisionNo', { number: d.number }) }
              : undefined
          }
          testId="step-decision"
        >
          {d.kind === 'approve' ? (
            <>
              <Text size="sm">
                {d.ssuTypes.map((s) => label('ssuType', s)).join(', ')} ·{' '}
                {d.form ? ssuForms.label(d.form) : ''} · {label('serviceVolume', d.volume)} ·{' '}
                {formatDate(d.startOn, i18n.language)} — {formatDate(d.endOn, i18n.language)}
              </Text>
              <Text size="xs" c="dimmed">
                {d.services.map(line).join('; ')}
              </Text>
            </>
          ) : (
            <Text size="sm">{label('refusalReason', d.refusalReason)}</Text>
          )}
          {d.state === 'returned' && d.returnComment && (
            <Text size="sm" c="orange.9">
              {t('casework.t.returnComment')}: {d.returnComment}
            </Text>
          )}
          {d.state !== 'approved' && (
            <Text size="xs" c="dimmed">
              {t('casework.t.drafted', { at: formatDateTime(d.createdAt, i18n.language) })}
            </Text>
          )}
        </Step>
      ),
    });
  for (const r of data.referrals)
    steps.push({
      at: r.createdAt,
      node: (
        <Step
          key={r.id}
          icon={<IconSend size={18} />}
          title={t('casework.t.referral', { number: r.number })}
          when={r.issuedOn}
          who={r.createdByName}
          doc={{ kind: 'referral', id: r.id, label: t('casework.t.referral', { number: r.number }) }}
          testId="step-referral"
        >
          <Text size="sm">{r.providerName}</Text>
        </Step>
      ),
    });
  for (const p of data.plans)
    steps.push({
      at: p.createdAt,
      node: (
        <Step
          key={p.id}
          icon={<IconListCheck size={18} />}
          title={t('casework.t.plan', { number: p.number })}
          when={p.fromOn}
          who={p.createdByName}
          doc={{ kind: 'plan', id: p.id, label: t('casework.t.plan', { number: p.number }) }}
          testId="step-plan"
        >
          <Text size="sm">
            {formatDate(p.fromOn, i18n.language)} — {formatDate(p.toOn, i18n.language)} ·{' '}
            {t('casework.t.responsible')}: {p.responsible.name}
          </Text>
          <Text size="xs" c="dimmed">
            {p.items.map(line).join('; ')}
          </Text>
        </Step>
      ),
    });
  const EVENT_ICON: Record<string, ReactNode> = {
    provider_chosen: <IconUserCheck size={18} />,
    service_started: <IconPlayerPlay size={18} />,
    monitoring: <IconStethoscope size={18} />,
    suspended: <IconPlayerPause size={18} />,
    resumed: <IconPlayerPlay size={18} />,
    terminated: <IconX size={18} />,
  };
  for (const e of data.events)
    steps.push({
      at: e.createdAt,
      node: (
        <Step
          key={e.id}
          icon={EVENT_ICON[e.kind]}
          title={label('eventKind', e.kind)}
          when={e.on}
          who={e.createdByName}
          testId={`step-${e.kind}`}
        >
          {e.providerName && <Text size="sm">{e.providerName}</Text>}
          {e.result && (
            <Text size="sm">
              {label('monitoringResult', e.result)}
              {e.planCorrected ? ` · ${t('casework.t.planCorrected')}` : ''}
            </Text>
          )}
          {e.reason && (
            <Text size="sm">{e.kind === 'terminated' ? label('terminationReason', e.reason) : e.reason}</Text>
          )}
          {e.note && (
            <Text size="xs" c="dimmed">
              {e.note}
            </Text>
          )}
        </Step>
      ),
    });
  // In the order the records were made (ISO timestamps sort as text).
  const ordered = steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  const buttons: { key: string; label: string; onClick(): void; color?: string }[] = [];
  if (canEdit) {
    for (const a of data.actions) {
      if (a === 'act')
        buttons.push({ key: a, label: t('casework.actions.act'), onClick: () => setOpen({ kind: 'act' }) });
      if (a === 'draftDecision')
        buttons.push({
          key: a,
          label: t('casework.actions.draftDecision'),
          onClick: () => setOpen({ kind: 'decision', draft: null, corrects: null }),
        });
      if (a === 'reviseDecision' && draft)
        buttons.push({
          key: a,
          label: t('casework.actions.reviseDecision'),
          onClick: () => setOpen({ kind: 'decision', draft, corrects: null }),
        });
      if (a === 'correctDecision' && inForce)
        buttons.push({
          key: a,
          label: t('casework.actions.correctDecision'),
          color: 'gray',
          onClick: () => setOpen({ kind: 'decision', draft: null, corrects: inForce }),
        });
      if (
        [
          'chooseProvider',
          'issueReferral',
          'plan',
          'start',
          'monitor',
          'suspend',
          'resume',
          'terminate',
        ].includes(a)
      )
        buttons.push({
          key: a,
          label: t(`casework.actions.${a}`),
          color: a === 'terminate' ? 'red' : undefined,
          onClick: () => setOpen({ kind: a as StepKind }),
        });
    }
  }
  // The step the case is waiting for first; correcting a decision in force last.
  const ORDER = [
    'act',
    'draftDecision',
    'reviseDecision',
    'chooseProvider',
    'issueReferral',
    'plan',
    'start',
    'monitor',
    'suspend',
    'resume',
    'terminate',
    'correctDecision',
  ];
  buttons.sort((a, b) => ORDER.indexOf(a.key) - ORDER.indexOf(b.key));
  if (mayReview && draft?.state === 'pending')
    buttons.unshift({
      key: 'review',
      label: t('casework.actions.reviewDecision'),
      onClick: () => setOpen({ kind: 'review', decision: draft }),
    });

  return (
    <Stack gap="sm" data-testid="case-timeline">
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={headingOrder} size="h4">
              {t('casework.t.case', { number: c.number })}
            </Title>
            <Anchor
              component={Link}
              to={`/applicants/${data.person.id}?tab=cases`}
              size="sm"
              data-testid="case-person"
            >
              {[data.person.lastName, data.person.firstName, data.person.patronymic]
                .filter(Boolean)
                .join(' ')}
              {data.person.iin ? ` · ${data.person.iin}` : ''}
            </Anchor>
            <Group gap="xs">
              <Badge
                color={CASE_STATUS_COLOR[c.status]}
                variant="light"
                style={{ minWidth: 'max-content' }}
                data-testid="timeline-status"
              >
                {label('caseStatus', c.status)}
              </Badge>
              <Text size="sm" c="dimmed">
                {label('caseRoute', c.route)}
              </Text>
            </Group>
            {c.closedOn && (
              <Text size="sm" c="dimmed">
                {t('casework.t.closed', { date: formatDate(c.closedOn, i18n.language) })}
              </Text>
            )}
          </Stack>
          {c.dueOn && (
            <Stack gap={0} align="flex-end">
              <Text size="xs" c="dimmed">
                {t('deadlines.column')}
              </Text>
              <DueBadge dueOn={c.dueOn} left={c.workingDaysLeft} />
            </Stack>
          )}
        </Group>
        {buttons.length > 0 ? (
          <Group gap="xs" mt="sm" data-testid="next-steps">
            <Text size="sm" fw={500}>
              {t('casework.next')}:
            </Text>
            {buttons.map((b) => (
              <Button
                key={b.key}
                size="xs"
                variant={b.color ? 'light' : 'filled'}
                color={b.color}
                onClick={b.onClick}
                data-testid={`action-${b.key}`}
              >
                {b.label}
              </Button>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed" mt="sm">
            {c.closedOn ? t('casework.noNextClosed') : t('casework.noNext')}
          </Text>
        )}
        {draft && draft.state === 'pending' && !mayReview && (
          <Text size="sm" c="dimmed" mt={4} data-testid="awaiting-head">
            <IconClipboardCheck size={14} /> {t('casework.awaitingHead')}
          </Text>
        )}
      </Paper>
      {ordered.map((s) => s.node)}
      {open?.kind === 'act' && (
        <ActModal timeline={data} refs={refs} onClose={() => setOpen(null)} onSaved={saved} />
      )}
      {open?.kind === 'decision' && (
        <DecisionModal
          timeline={data}
          refs={refs}
          draft={open.draft}
          corrects={open.corrects}
          onClose={() => setOpen(null)}
          onSaved={saved}
        />
      )}
      {open?.kind === 'review' && (
        <ReviewModal
          decision={open.decision}
          caseNumber={c.number}
          personName={[data.person.lastName, data.person.firstName, data.person.patronymic]
            .filter(Boolean)
            .join(' ')}
          ownDraft={ownDraft}
          refs={refs}
          onClose={() => setOpen(null)}
          onDone={saved}
        />
      )}
      {open && !['act', 'decision', 'review'].includes(open.kind) && (
        <StepModal
          kind={open.kind as StepKind}
          timeline={data}
          refs={refs}
          onClose={() => setOpen(null)}
          onSaved={saved}
        />
      )}
    </Stack>
  );
}
