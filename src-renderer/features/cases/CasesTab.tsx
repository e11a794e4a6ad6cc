import {
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
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CASE_APPLICANT_KINDS,
  CASE_CHANNELS,
  CASE_GROUNDS,
  type CaseView,
  canWithdraw,
  contract,
  type Input,
  type Output,
  SSU_FORMS,
  SSU_TYPES,
} from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { DateField } from '../../lib/DateField';
import { todayLocal } from '../../lib/dates';
import { useEnumOptions } from '../../lib/enums';
import { FormModal } from '../../lib/FormModal';
import { formatDate } from '../../lib/format';
import { Section } from '../../lib/Section';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';
import type { CardTabProps } from '../card/tabs';
import { CASE_STATUS_COLOR } from './status-colors';

type Card = Output<'applicants.card'>;

const blankToNull = (v: unknown) => (v === '' ? null : v);

function RegisterModal({ card, onClose, onSaved }: { card: Card; onClose(): void; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const options = useEnumOptions();
  const validate = contractValidator<Record<string, unknown>>(
    contract['cases.register'].input,
    () => i18n.language,
  );
  // A person with a current disability record most often applies on that ground.
  const disabled = card.disability.some((d) => d.replacedAt === null);
  const toInput = (v: Record<string, unknown>) => ({
    applicantId: card.person.id,
    appliedOn: v.appliedOn,
    channel: blankToNull(v.channel) ?? undefined,
    appliedBy: v.appliedBy,
    applicantName: v.appliedBy === 'self' ? null : v.applicantName,
    grounds: v.grounds,
    ssuTypes: v.ssuTypes,
    requestedForm: blankToNull(v.requestedForm),
    note: v.note,
  });
  const form = useForm<Record<string, unknown>>({
    initialValues: {
      appliedOn: todayLocal(),
      channel: '',
      appliedBy: 'self',
      applicantName: '',
      grounds: disabled ? ['disability'] : [],
      ssuTypes: [],
      requestedForm: null,
      note: '',
    },
    validate: (v) => validate(toInput(v)),
  });
  const { busy, error, run } = useApiSubmit(form.setErrors, undefined, Object.keys(form.values));
  const submit = form.onSubmit((v) =>
    run(async () => {
      const saved = await call('cases.register', toInput(v) as Input<'cases.register'>);
      notifications.show({ color: 'teal', message: t('cases.registered', { number: saved.number }) });
      onSaved();
    }),
  );
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
        <DateField
          label={t('cases.appliedOn')}
          withAsterisk
          maxDate={new Date()}
          value={form.values.appliedOn as string}
          onChange={(v) => form.setFieldValue('appliedOn', v)}
          error={form.errors.appliedOn}
          data-testid="case-applied-on"
        />
        <Select
          label={t('cases.channel')}
          withAsterisk
          data={options('caseChannel', CASE_CHANNELS)}
          data-testid="case-channel"
          {...form.getInputProps('channel')}
        />
        <Select
          label={t('cases.appliedBy')}
          withAsterisk
          allowDeselect={false}
          data={options('caseAppliedBy', CASE_APPLICANT_KINDS)}
          data-testid="case-applied-by"
          {...form.getInputProps('appliedBy')}
        />
        {form.values.appliedBy !== 'self' && (
          <TextInput
            label={t('cases.applicantName')}
            withAsterisk
            data-testid="case-applicant-name"
            {...form.getInputProps('applicantName')}
          />
        )}
      </SimpleGrid>
      <MultiSelect
        label={t('cases.grounds')}
        description={t('cases.groundsHint')}
        withAsterisk
        data={options('caseGround', CASE_GROUNDS)}
        data-testid="case-grounds"
        {...form.getInputProps('grounds')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t('cases.ssuTypes')}
          description={t('cases.ssuTypesHint')}
          data={options('ssuType', SSU_TYPES)}
          data-testid="case-ssu-types"
          {...form.getInputProps('ssuTypes')}
        />
        <Select
          label={t('cases.requestedForm')}
          clearable
          data={options('ssuForm', SSU_FORMS)}
          data-testid="case-form"
          {...form.getInputProps('requestedForm')}
        />
      </SimpleGrid>
      <Textarea label={t('cases.note')} autosize minRows={2} {...form.getInputProps('note')} />
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
    initialValues: { id: item.id, on: todayLocal(), reason: '' },
    validate: (v) => validate(v),
  });
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
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}

/** The card's "Cases and services" tab: the person's applications, newest first. */
export function CasesTab({ card, canEdit, reload }: CardTabProps) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<CaseView | null>(null);
  const label = (group: string, value: string) => t(`enums.${group}.${value}`);
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
              <Table.Th />
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
                <Table.Td>{c.grounds.map((g) => label('caseGround', g)).join('; ')}</Table.Td>
                <Table.Td>
                  {[
                    ...c.ssuTypes.map((s) => label('ssuType', s)),
                    ...(c.requestedForm ? [label('ssuForm', c.requestedForm)] : []),
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
                  {c.closedOn && (
                    <Text size="xs" c="dimmed">
                      {formatDate(c.closedOn, i18n.language)}
                      {c.closeReason ? `: ${c.closeReason}` : ''}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {canEdit && canWithdraw(c.status) && (
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => setWithdrawing(c)}>
                      {t('cases.withdraw')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Text size="sm" c="dimmed">
        {t('cases.nextSteps')}
      </Text>
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
