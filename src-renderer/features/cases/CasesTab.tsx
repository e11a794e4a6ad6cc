import {
  Alert,
  Badge,
  Button,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ageOn,
  applicationWarnings,
  CASE_APPLICANT_KINDS,
  CASE_CHANNELS,
  CASE_GROUNDS,
  type CaseView,
  canWithdraw,
  closeReasonGroup,
  contract,
  type Input,
  type Output,
  SSU_TYPES,
} from '../../../src-main/core/api/contract';
import { issueMessage } from '../../../src-main/core/api/messages';
import { call } from '../../api/client';
import { DateField } from '../../lib/DateField';
import { todayLocal } from '../../lib/dates';
import { useEnumOptions } from '../../lib/enums';
import { FormModal } from '../../lib/FormModal';
import { formatDate } from '../../lib/format';
import { limitedInputs } from '../../lib/limits';
import { Section } from '../../lib/Section';
import { useSsuForms } from '../../lib/ssuForms';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';
import type { CardTabProps } from '../card/tabs';
import { CaseTimeline } from '../casework/CaseTimeline';
import { DueBadge } from './DueBadge';
import { CASE_STATUS_COLOR } from './status-colors';

type Card = Output<'applicants.card'>;

const blankToNull = (v: unknown) => (v === '' ? null : v);

/** Why a case closed: a refusal's or a termination's reason in words, a withdrawal's as typed. */
function useCloseReason() {
  const { t } = useTranslation();
  return (c: CaseView) => {
    const group = closeReasonGroup(c.status);
    return group && c.closeReason ? t(`enums.${group}.${c.closeReason}`) : (c.closeReason ?? '');
  };
}

/** A warning's words, from the same messages the router answers with. */
const issueText = issueMessage;

function RegisterModal({ card, onClose, onSaved }: { card: Card; onClose(): void; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const options = useEnumOptions();
  const ssuForms = useSsuForms();
  const validate = contractValidator<Record<string, unknown>>(
    contract['cases.register'].input,
    () => i18n.language,
  );
  // A person with a current disability record most often applies on that ground.
  const disabled = card.disability.some((d) => d.replacedAt === null);
  // Who may have applied for the person: registered representatives, then the household.
  const knownApplicants = [
    ...card.representatives.map((r) => ({
      value: `rep:${r.id}`,
      label: `${r.fullName} — ${t(`enums.representative.${r.kind}`)}`,
      name: r.fullName,
      kind:
        r.kind === 'guardian' || r.kind === 'trustee'
          ? 'guardian'
          : r.kind === 'proxy'
            ? 'proxy'
            : 'family_member',
    })),
    ...card.household.map((m) => ({
      value: `member:${m.id}`,
      label: `${m.fullName} — ${t(`enums.relation.${m.relation}`)}`,
      name: m.fullName,
      kind: 'family_member',
    })),
  ];
  const toInput = (v: Record<string, unknown>) => {
    const onBehalf = v.appliedBy !== 'self';
    const proactive = v.channel === 'proactive';
    return {
      applicantId: card.person.id,
      appliedOn: v.appliedOn,
      channel: blankToNull(v.channel) ?? undefined,
      appliedBy: v.appliedBy,
      applicantName: onBehalf ? v.applicantName : null,
      onBehalfReason: onBehalf ? v.onBehalfReason : null,
      proactiveConsentOn: proactive ? blankToNull(v.proactiveConsentOn) : null,
      grounds: v.grounds,
      ssuTypes: v.ssuTypes,
      requestedForm: blankToNull(v.requestedForm),
      note: v.note,
    };
  };
  const form = useForm<Record<string, unknown>>({
    initialValues: {
      appliedOn: todayLocal(),
      channel: '',
      appliedBy: 'self',
      applicantName: '',
      onBehalfReason: '',
      proactiveConsentOn: '',
      grounds: disabled ? ['disability'] : [],
      ssuTypes: [],
      requestedForm: null,
      note: '',
    },
    validateInputOnBlur: true,
    validate: (v) => validate(toInput(v)),
  });
  const input = limitedInputs(form.getInputProps, contract['cases.register'].input);
  const { busy, error, run } = useApiSubmit(form.setErrors, undefined, Object.keys(form.values));
  const submit = form.onSubmit((v) =>
    run(async () => {
      const saved = await call('cases.register', toInput(v) as Input<'cases.register'>);
      notifications.show({ color: 'teal', message: t('cases.registered', { number: saved.number }) });
      onSaved();
    }),
  );
  const appliedOn = form.values.appliedOn as string;
  // Art. 139: a minor or a person without full capacity is normally represented — a warning only.
  const warnings = /^\d{4}-\d{2}-\d{2}$/.test(appliedOn)
    ? applicationWarnings(
        form.values.appliedBy as 'self',
        ageOn(card.person.birthDate, appliedOn),
        card.person.legalCapacity,
      )
    : [];
  const proactive = form.values.channel === 'proactive';
  return (
    <FormModal
      title={t('cases.register')}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      error={error}
      size="xl"
    >
      <Text size="sm" c="dimmed">
        {t('cases.registerHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('cases.channel')}
          withAsterisk
          data={options('caseChannel', CASE_CHANNELS)}
          data-testid="case-channel"
          {...input('channel')}
        />
        {proactive ? (
          <DateField
            label={t('cases.proactiveConsentOn')}
            description={t('cases.proactiveConsentHint')}
            withAsterisk
            maxDate={new Date()}
            value={form.values.proactiveConsentOn as string}
            onChange={(v) => {
              // Art. 139 p.1: the day of consent is the application date.
              form.setFieldValue('proactiveConsentOn', v);
              form.setFieldValue('appliedOn', v);
            }}
            error={form.errors.proactiveConsentOn ?? form.errors.appliedOn}
            data-testid="case-consent-on"
          />
        ) : (
          <DateField
            label={t('cases.appliedOn')}
            withAsterisk
            maxDate={new Date()}
            value={appliedOn}
            onChange={(v) => form.setFieldValue('appliedOn', v)}
            error={form.errors.appliedOn}
            data-testid="case-applied-on"
          />
        )}
        <Select
          label={t('cases.appliedBy')}
          withAsterisk
          allowDeselect={false}
          data={options('caseAppliedBy', CASE_APPLICANT_KINDS)}
          data-testid="case-applied-by"
          {...input('appliedBy')}
        />
        {form.values.appliedBy !== 'self' && knownApplicants.length > 0 && (
          <Select
            label={t('cases.pickApplicant')}
            description={t('cases.pickApplicantHint')}
            clearable
            data={knownApplicants.map(({ value, label }) => ({ value, label }))}
            data-testid="case-pick-applicant"
            onChange={(v) => {
              const who = knownApplicants.find((k) => k.value === v);
              if (!who) return;
              form.setFieldValue('applicantName', who.name);
              if (form.values.appliedBy === 'family_member' || form.values.appliedBy === 'proxy')
                form.setFieldValue('appliedBy', who.kind);
            }}
          />
        )}
      </SimpleGrid>
      {form.values.appliedBy !== 'self' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('cases.applicantName')}
            withAsterisk
            maxLength={200}
            data-testid="case-applicant-name"
            {...input('applicantName')}
          />
          <Textarea
            label={t('cases.onBehalfReason')}
            description={t('cases.onBehalfReasonHint')}
            withAsterisk
            autosize
            minRows={1}
            maxLength={500}
            data-testid="case-on-behalf-reason"
            {...input('onBehalfReason')}
          />
        </SimpleGrid>
      )}
      {warnings.length > 0 && (
        <Alert color="yellow" variant="light" data-testid="case-warnings">
          {warnings.map((w) => (
            <Text key={w} size="sm">
              {issueText(w, i18n.language)}
            </Text>
          ))}
        </Alert>
      )}
      <MultiSelect
        label={t('cases.grounds')}
        description={t('cases.groundsHint')}
        withAsterisk
        data={options('caseGround', CASE_GROUNDS)}
        data-testid="case-grounds"
        {...input('grounds')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t('cases.ssuTypes')}
          description={t('cases.ssuTypesHint')}
          data={options('ssuType', SSU_TYPES)}
          data-testid="case-ssu-types"
          {...input('ssuTypes')}
        />
        <Select
          label={t('cases.requestedForm')}
          clearable
          data={ssuForms.options()}
          data-testid="case-form"
          {...input('requestedForm')}
        />
      </SimpleGrid>
      <Textarea label={t('cases.note')} autosize minRows={2} maxLength={1000} {...input('note')} />
    </FormModal>
  );
}

function WithdrawModal({ item, onClose, onSaved }: { item: CaseView; onClose(): void; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const validate = contractValidator<Record<string, unknown>>(
    contract['cases.withdraw'].input,
    () => i18n.language,
  );
  const form = useForm<Record<string, unknown>>({
    validateInputOnBlur: true,
    initialValues: { id: item.id, on: todayLocal(), reason: '' },
    validate: (v) => validate(v),
  });
  const input = limitedInputs(form.getInputProps, contract['cases.withdraw'].input);
  const { busy, error, run } = useApiSubmit(form.setErrors, undefined, ['on', 'reason']);
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call('cases.withdraw', v as Input<'cases.withdraw'>);
      notifications.show({ color: 'teal', message: t('cases.withdrawn', { number: item.number }) });
      onSaved();
    }),
  );
  return (
    <FormModal
      title={t('cases.withdrawTitle', { number: item.number })}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      <DateField
        label={t('cases.withdrawOn')}
        withAsterisk
        maxDate={new Date()}
        value={form.values.on as string}
        onChange={(v) => form.setFieldValue('on', v)}
        error={form.errors.on}
        data-testid="case-withdraw-on"
      />
      <TextInput
        label={t('cases.withdrawReason')}
        withAsterisk
        data-testid="case-withdraw-reason"
        {...input('reason')}
      />
    </FormModal>
  );
}

/** The card's "Cases and services" tab: the person's applications, newest first. */
export function CasesTab({ card, canEdit, reload }: CardTabProps) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<CaseView | null>(null);
  // The case whose timeline shows under the table: the one chosen, else the newest open one.
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = chosen ?? card.cases.find((c) => !c.closedOn)?.id ?? card.cases[0]?.id ?? null;
  const label = (group: string, value: string) => t(`enums.${group}.${value}`);
  const ssuForms = useSsuForms();
  const closeReasonText = useCloseReason();
  // No application can be registered for a person recorded as deceased (the service refuses it).
  const canRegister = canEdit && !card.person.deathDate;
  return (
    <Stack>
      <Section
        title={t('cases.title')}
        addLabel={canRegister ? t('cases.register') : undefined}
        onAdd={canRegister ? () => setAdding(true) : undefined}
        empty={t('cases.empty')}
        isEmpty={card.cases.length === 0}
        testId="cases"
      >
        <Table striped withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.number')}</Table.Th>
              <Table.Th>{t('cases.appliedOn')}</Table.Th>
              <Table.Th>{t('cases.channel')}</Table.Th>
              <Table.Th>{t('cases.grounds')}</Table.Th>
              <Table.Th>{t('cases.requested')}</Table.Th>
              <Table.Th>{t('cases.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {card.cases.map((c) => (
              <Table.Tr key={c.id} data-testid="case-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.number}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.appliedOn, i18n.language)}</Table.Td>
                <Table.Td>
                  {label('caseChannel', c.channel)}
                  {c.appliedBy !== 'self' && (
                    <Text size="xs" c="dimmed">
                      {label('caseAppliedBy', c.appliedBy)}: {c.applicantName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {c.grounds.map((g) => label('caseGround', g)).join('; ')}
                  {/* The route follows the grounds (art. 141 p.1): who decides, and whether a deadline runs. */}
                  <Text size="xs" c="dimmed" data-testid="case-route">
                    {label('caseRoute', c.route)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {[
                    ...c.ssuTypes.map((s) => label('ssuType', s)),
                    ...(c.requestedForm ? [ssuForms.label(c.requestedForm)] : []),
                  ].join('; ') || '—'}
                </Table.Td>
                <Table.Td>
                  {/* Wide enough for the whole status ("ЗАРЕГИСТРИРОВАНО"), never cut with an ellipsis. */}
                  <Badge
                    color={CASE_STATUS_COLOR[c.status]}
                    variant="light"
                    style={{ minWidth: 'max-content' }}
                    data-testid="case-status"
                  >
                    {label('caseStatus', c.status)}
                  </Badge>
                  {c.dueOn && <DueBadge dueOn={c.dueOn} left={c.workingDaysLeft} />}
                  {c.closedOn && (
                    <Text size="xs" c="dimmed">
                      {formatDate(c.closedOn, i18n.language)}
                      {c.closeReason ? `: ${closeReasonText(c)}` : ''}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant={shown === c.id ? 'filled' : 'light'}
                    h="auto"
                    styles={{ label: { whiteSpace: 'normal' } }}
                    onClick={() => setChosen(c.id)}
                    aria-pressed={shown === c.id}
                    data-testid="case-open"
                  >
                    {t('cases.open')}
                  </Button>
                  {canEdit && canWithdraw(c.status) && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      h="auto"
                      styles={{ label: { whiteSpace: 'normal' } }}
                      onClick={() => setWithdrawing(c)}
                    >
                      {t('cases.withdraw')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      {shown && <CaseTimeline key={shown} caseId={shown} canEdit={canEdit} onChanged={reload} />}
      {adding && (
        <RegisterModal
          card={card}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            reload();
          }}
        />
      )}
      {withdrawing && (
        <WithdrawModal
          item={withdrawing}
          onClose={() => setWithdrawing(null)}
          onSaved={() => {
            setWithdrawing(null);
            reload();
          }}
        />
      )}
    </Stack>
  );
}
