import {
  Badge,
  Button,
  Checkbox,
  Group,
  Menu,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  canMoveMeasure,
  contract,
  type Input,
  IPR_MEASURE_KINDS,
  IPR_MEASURE_STATUSES,
  IPR_PARTS,
  type IprMeasureStatus,
  iprMeasureInput,
  type Output,
} from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { blankToNull } from '../../lib/blank';
import { DateField } from '../../lib/DateField';
import { todayLocal } from '../../lib/dates';
import { useEnumOptions } from '../../lib/enums';
import { FormModal } from '../../lib/FormModal';
import { formatDate } from '../../lib/format';
import { limitedInputs } from '../../lib/limits';
import { useSsuForms } from '../../lib/ssuForms';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';

// Individual programmes (IPR) on the card: the programme form, a measure's fields and the
// measures table with its status moves (the transition table comes from the contract).

type Card = Output<'applicants.card'>;
type Measure = Card['iprs'][number]['measures'][number];

const STATUS_COLOR: Record<IprMeasureStatus, string> = {
  recommended: 'blue',
  sent_to_portal: 'yellow',
  ordered: 'cyan',
  delivered: 'teal',
  cancelled: 'gray',
  expired: 'red',
};

const newMeasure = () => ({ key: crypto.randomUUID(), ...EMPTY_MEASURE });
const EMPTY_MEASURE = {
  kind: '',
  classifierCode: '',
  quantity: 1,
  replacementMonths: '',
  hoursPerDay: '',
  hoursPerYear: '',
  ssuForm: '',
  note: '',
};

type MeasureForm = Pick<ReturnType<typeof useForm<Record<string, unknown>>>, 'getValues' | 'getInputProps'>;

function MeasureFields({ form, prefix, schema }: { form: MeasureForm; prefix: string; schema: z.ZodType }) {
  const input = limitedInputs(form.getInputProps, schema);
  const { t } = useTranslation();
  const options = useEnumOptions();
  const ssuForms = useSsuForms();
  // The prefix is a form path such as "measures.2." (a row of the new-programme form) or "".
  const kind = `${prefix}kind`
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], form.getValues()) as
    | string
    | undefined;
  const path = (k: string) => `${prefix}${k}`;
  // Two columns: a measure's name ("Протезно-ортопедическая помощь") must be readable whole.
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('card.measureKind')}
        withAsterisk
        data={options('measureKind', IPR_MEASURE_KINDS)}
        data-testid="measure-kind"
        {...input(path('kind'))}
      />
      {kind === 'individual_assistant' && (
        <NumberInput
          label={t('card.hoursPerDay')}
          description={t('card.hoursPerDayHint')}
          withAsterisk
          min={1}
          data-testid="measure-hours-day"
          {...input(path('hoursPerDay'))}
        />
      )}
      {kind === 'sign_language' && (
        <NumberInput
          label={t('card.hoursPerYear')}
          description={t('card.hoursPerYearHint')}
          withAsterisk
          min={1}
          data-testid="measure-hours-year"
          {...input(path('hoursPerYear'))}
        />
      )}
      {kind === 'special_social_services' && (
        <Select
          label={t('card.ssuForm')}
          withAsterisk
          data={ssuForms.options()}
          data-testid="measure-ssu-form"
          {...input(path('ssuForm'))}
        />
      )}
      {kind && !['individual_assistant', 'sign_language', 'special_social_services'].includes(kind) && (
        <>
          <TextInput label={t('card.classifierCode')} {...input(path('classifierCode'))} />
          <NumberInput label={t('card.quantity')} min={1} {...input(path('quantity'))} />
          <NumberInput label={t('card.replacementMonths')} min={1} {...input(path('replacementMonths'))} />
        </>
      )}
    </SimpleGrid>
  );
}

export function IprModal({
  applicantId,
  onClose,
  onSaved,
}: {
  applicantId: string;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, i18n } = useTranslation();
  const options = useEnumOptions();
  const validate = contractValidator<Record<string, unknown>>(
    contract['ipr.create'].input,
    () => i18n.language,
  );
  const toInput = (v: Record<string, unknown>) => ({
    applicantId,
    number: v.number,
    issuedOn: v.issuedOn,
    parts: v.parts,
    // The row key only keeps React's rows stable; it is not part of the measure.
    measures: (v.measures as Record<string, unknown>[]).map(({ key: _key, ...m }) => blankToNull(m)),
  });
  const form = useForm<Record<string, unknown>>({
    validateInputOnBlur: true,
    initialValues: { number: '', issuedOn: '', parts: ['social'], measures: [newMeasure()] },
    validate: (v) => validate(toInput(v)),
  });
  const input = limitedInputs(form.getInputProps, contract['ipr.create'].input);
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call('ipr.create', toInput(v) as Input<'ipr.create'>);
      onSaved();
    }),
  );
  const measures = form.values.measures as Record<string, unknown>[];
  return (
    <FormModal
      title={t('card.addIpr')}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      error={error}
      size="xl"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('card.iprNumber')} withAsterisk data-testid="ipr-number" {...input('number')} />
        <DateField
          label={t('card.issuedOn')}
          withAsterisk
          maxDate={new Date()}
          value={form.values.issuedOn as string}
          onChange={(v) => form.setFieldValue('issuedOn', v)}
          error={form.errors.issuedOn}
          data-testid="ipr-issued"
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('card.parts')}
        value={form.values.parts as string[]}
        onChange={(v) => form.setFieldValue('parts', v)}
        error={form.errors.parts}
      >
        <Group mt="xs">
          {options('iprPart', IPR_PARTS).map((o) => (
            <Checkbox key={o.value} value={o.value} label={o.label} />
          ))}
        </Group>
      </Checkbox.Group>
      <Text fw={500} size="sm">
        {t('card.measures')}
      </Text>
      {measures.map((m, i) => (
        <Stack
          key={m.key as string}
          gap={4}
          p="xs"
          style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 }}
        >
          <MeasureFields form={form} prefix={`measures.${i}.`} schema={contract['ipr.create'].input} />
        </Stack>
      ))}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          onClick={() => form.insertListItem('measures', newMeasure())}
          data-testid="ipr-add-measure"
        >
          {t('card.addMeasureRow')}
        </Button>
      </Group>
    </FormModal>
  );
}

export function MeasureModal({
  iprId,
  onClose,
  onSaved,
}: {
  iprId: string;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, i18n } = useTranslation();
  const validate = contractValidator<Record<string, unknown>>(iprMeasureInput, () => i18n.language);
  const form = useForm<Record<string, unknown>>({
    validateInputOnBlur: true,
    initialValues: { ...EMPTY_MEASURE },
    validate: (v) => validate(blankToNull(v)),
  });
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call('ipr.addMeasure', { ...blankToNull(v), iprId } as Input<'ipr.addMeasure'>);
      onSaved();
    }),
  );
  return (
    <FormModal
      title={t('card.addMeasure')}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      error={error}
      size="xl"
    >
      <MeasureFields form={form} prefix="" schema={iprMeasureInput} />
    </FormModal>
  );
}

/** The statuses a measure may move to: invataxi and vocational ones skip the portal (art. 165, 168). */
const nextStatuses = (m: Measure) =>
  IPR_MEASURE_STATUSES.filter((to) => canMoveMeasure(m.status, to, m.kind));

/**
 * Sending to the portal asks for the day it was sent and, when known, the day the person was
 * notified; recording the notice later asks for that day alone. The 2 months count from it.
 */
function PortalDatesModal({
  measure,
  mode,
  onClose,
  onSaved,
}: {
  measure: Measure;
  mode: 'send' | 'notice';
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const form = useForm<{ on: string; notifiedOn: string }>({
    initialValues: { on: todayLocal(), notifiedOn: mode === 'notice' ? todayLocal() : '' },
  });
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      if (mode === 'send')
        await call('ipr.setMeasureStatus', {
          id: measure.id,
          status: 'sent_to_portal',
          on: v.on,
          notifiedOn: v.notifiedOn || null,
        });
      else await call('ipr.setMeasureNotified', { id: measure.id, notifiedOn: v.notifiedOn });
      onSaved();
    }),
  );
  return (
    <FormModal
      title={mode === 'send' ? t('card.sendTitle') : t('card.noticeTitle')}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      <Text size="sm" c="dimmed">
        {t('card.noticeHint')}
      </Text>
      {mode === 'send' && (
        <DateField
          label={t('card.sentOn')}
          withAsterisk
          maxDate={new Date()}
          value={form.values.on}
          onChange={(v) => form.setFieldValue('on', v)}
          error={form.errors.on}
          data-testid="measure-sent-on"
        />
      )}
      <DateField
        label={t('card.notifiedOn')}
        withAsterisk={mode === 'notice'}
        maxDate={new Date()}
        value={form.values.notifiedOn}
        onChange={(v) => form.setFieldValue('notifiedOn', v)}
        error={form.errors.notifiedOn}
        data-testid="measure-notified-on"
      />
    </FormModal>
  );
}

export function MeasuresTable({
  measures,
  canEdit,
  reload,
}: {
  measures: Measure[];
  canEdit: boolean;
  reload(): void;
}) {
  const { t, i18n } = useTranslation();
  const ssuForms = useSsuForms();
  const [dates, setDates] = useState<{ measure: Measure; mode: 'send' | 'notice' } | null>(null);
  async function move(m: Measure, status: IprMeasureStatus) {
    if (status === 'sent_to_portal') {
      setDates({ measure: m, mode: 'send' });
      return;
    }
    try {
      await call('ipr.setMeasureStatus', { id: m.id, status });
      reload();
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiCallError ? err.message : t('errors.network'),
      });
    }
  }
  return (
    <>
      <Table data-testid="ipr-measures">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('card.measureKind')}</Table.Th>
            <Table.Th>{t('card.measureDetails')}</Table.Th>
            <Table.Th>{t('card.status')}</Table.Th>
            <Table.Th>{t('card.orderDeadline')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {measures.map((m) => {
            const next = nextStatuses(m);
            return (
              <Table.Tr key={m.id}>
                <Table.Td>{t(`enums.measureKind.${m.kind}`)}</Table.Td>
                <Table.Td>
                  {m.hoursPerDay ? t('card.hoursPerDayValue', { n: m.hoursPerDay }) : ''}
                  {m.hoursPerYear ? t('card.hoursPerYearValue', { n: m.hoursPerYear }) : ''}
                  {m.ssuForm ? ssuForms.label(m.ssuForm) : ''}
                  {m.classifierCode ? `${m.classifierCode} × ${m.quantity}` : ''}
                </Table.Td>
                <Table.Td>
                  {canEdit && next.length > 0 ? (
                    <Menu withinPortal>
                      <Menu.Target>
                        <Button
                          size="compact-xs"
                          variant="light"
                          color={STATUS_COLOR[m.status]}
                          rightSection={<IconChevronDown size={12} />}
                          data-testid="measure-status"
                        >
                          {t(`enums.measureStatus.${m.status}`)}
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        {next.map((s) => (
                          <Menu.Item key={s} onClick={() => void move(m, s)} data-testid={`measure-to-${s}`}>
                            {t(`enums.measureStatus.${s}`)}
                          </Menu.Item>
                        ))}
                      </Menu.Dropdown>
                    </Menu>
                  ) : (
                    <Badge color={STATUS_COLOR[m.status]} variant="light">
                      {t(`enums.measureStatus.${m.status}`)}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {m.orderDeadline ? formatDate(m.orderDeadline, i18n.language) : ''}
                  {m.status === 'sent_to_portal' && !m.notifiedOn && (
                    <Group gap={4}>
                      <Text size="xs" c="dimmed">
                        {t('card.awaitingNotice')}
                      </Text>
                      {canEdit && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setDates({ measure: m, mode: 'notice' })}
                          data-testid="measure-record-notice"
                        >
                          {t('card.recordNotice')}
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {dates && (
        <PortalDatesModal
          measure={dates.measure}
          mode={dates.mode}
          onClose={() => setDates(null)}
          onSaved={() => {
            setDates(null);
            reload();
          }}
        />
      )}
    </>
  );
}
