import { Checkbox, Select, SimpleGrid, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  contract,
  MONITORING_RESULTS,
  TERMINATION_REASONS,
  type TimelineView,
} from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { DateField } from '../../lib/DateField';
import { todayLocal } from '../../lib/dates';
import { useEnumOptions } from '../../lib/enums';
import { FormModal } from '../../lib/FormModal';
import { limitedInputs } from '../../lib/limits';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';
import { OverrideReasonField } from './OverrideReasonField';
import type { CaseReferences } from './references';
import { ServiceLines, withKeys } from './ServiceLines';

// The steps after the decision, one small form each: the provider the person chose, the
// referral, the work plan, and the service's start, monitoring, suspension, resumption and end.

export type StepKind =
  | 'chooseProvider'
  | 'issueReferral'
  | 'plan'
  | 'start'
  | 'monitor'
  | 'suspend'
  | 'resume'
  | 'terminate';

const PROCEDURE = {
  chooseProvider: 'casework.chooseProvider',
  issueReferral: 'casework.issueReferral',
  plan: 'casework.savePlan',
  start: 'casework.startService',
  monitor: 'casework.addMonitoring',
  suspend: 'casework.suspendService',
  resume: 'casework.resumeService',
  terminate: 'casework.terminateService',
} as const;

export function StepModal({
  kind,
  timeline,
  refs,
  onClose,
  onSaved,
}: {
  kind: StepKind;
  timeline: TimelineView;
  refs: CaseReferences;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, i18n } = useTranslation();
  const options = useEnumOptions();
  const procedure = PROCEDURE[kind];
  const schema = contract[procedure].input;
  const validate = contractValidator<Record<string, unknown>>(schema, () => i18n.language);
  const c = timeline.case;
  const decision = timeline.decisions.filter((d) => d.state === 'approved' && !d.superseded).at(-1);
  const referral = timeline.referrals.at(-1);
  const lastPlan = timeline.plans.at(-1);
  const initial: Record<string, unknown> = { on: todayLocal() };
  if (kind === 'chooseProvider') initial.providerId = c.providerId ?? '';
  if (kind === 'issueReferral') initial.issuedOn = todayLocal();
  if (kind === 'plan') {
    Object.assign(initial, {
      overrideReason: '',
      responsibleId: lastPlan?.responsible.id ?? '',
      fromOn: lastPlan?.fromOn ?? referral?.issuedOn ?? todayLocal(),
      toOn: lastPlan?.toOn ?? decision?.endOn ?? '',
      items: withKeys(lastPlan?.items ?? decision?.services ?? []),
      note: '',
    });
  }
  if (kind === 'monitor') Object.assign(initial, { result: '', planCorrected: false, note: '' });
  if (kind === 'suspend') initial.reason = '';
  if (kind === 'resume') initial.note = '';
  if (kind === 'start' || kind === 'resume') initial.overrideReason = '';
  if (kind === 'terminate') Object.assign(initial, { reason: '', note: '' });
  const toInput = (v: Record<string, unknown>) => {
    const out: Record<string, unknown> = { caseId: c.id, ...v };
    if (kind === 'issueReferral' || kind === 'plan') delete out.on;
    return out;
  };
  const form = useForm<Record<string, unknown>>({
    initialValues: initial,
    validateInputOnBlur: true,
    validate: (v) => validate(toInput(v)),
  });
  const input = limitedInputs(form.getInputProps, schema);
  const { busy, error, code, run } = useApiSubmit(form.setErrors, undefined, [
    ...Object.keys(form.values),
    'items',
  ]);
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call(procedure, toInput(v) as never);
      notifications.show({ color: 'teal', message: t(`casework.steps.${kind}.done`) });
      onSaved();
    }),
  );
  const date = (field: string) => (
    <DateField
      label={t(`casework.steps.${kind}.date`)}
      withAsterisk
      {...form.getInputProps(field)}
      data-testid={`step-${field}`}
    />
  );
  return (
    <FormModal
      title={t(`casework.steps.${kind}.title`, { number: c.number })}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      error={error}
      size={kind === 'plan' ? 'xl' : 'md'}
    >
      <Text size="sm" c="dimmed">
        {t(`casework.steps.${kind}.hint`)}
      </Text>
      {kind === 'chooseProvider' && (
        <>
          <Select
            label={t('casework.steps.chooseProvider.provider')}
            data={refs.providerOptions}
            searchable
            withAsterisk
            nothingFoundMessage={t('casework.noProviders')}
            {...form.getInputProps('providerId')}
            data-testid="step-providerId"
          />
          {date('on')}
        </>
      )}
      {kind === 'issueReferral' && date('issuedOn')}
      {kind === 'plan' && (
        <>
          <Select
            label={t('casework.steps.plan.responsible')}
            data={refs.specialistOptions}
            searchable
            withAsterisk
            nothingFoundMessage={t('casework.noSpecialists')}
            {...form.getInputProps('responsibleId')}
            data-testid="step-responsibleId"
          />
          <SimpleGrid cols={2}>
            <DateField
              label={t('casework.steps.plan.fromOn')}
              withAsterisk
              {...form.getInputProps('fromOn')}
              data-testid="step-fromOn"
            />
            <DateField
              label={t('casework.steps.plan.toOn')}
              withAsterisk
              {...form.getInputProps('toOn')}
              data-testid="step-toOn"
            />
          </SimpleGrid>
          <ServiceLines
            form={form}
            path="items"
            refs={refs}
            formCode={referral?.form ?? null}
            types={decision?.ssuTypes}
          />
          <Textarea label={t('casework.steps.plan.note')} autosize minRows={1} {...input('note')} />
          <OverrideReasonField code={code} inputProps={input('overrideReason')} />
        </>
      )}
      {(kind === 'start' || kind === 'suspend' || kind === 'resume') && date('on')}
      {(kind === 'start' || kind === 'resume') && (
        <OverrideReasonField code={code} inputProps={input('overrideReason')} />
      )}
      {kind === 'monitor' && (
        <>
          {date('on')}
          <Select
            label={t('casework.steps.monitor.result')}
            data={options('monitoringResult', MONITORING_RESULTS)}
            withAsterisk
            {...form.getInputProps('result')}
            data-testid="step-result"
          />
          <Checkbox
            label={t('casework.steps.monitor.planCorrected')}
            {...form.getInputProps('planCorrected', { type: 'checkbox' })}
          />
          <Textarea label={t('casework.steps.note')} autosize minRows={2} {...input('note')} />
        </>
      )}
      {kind === 'suspend' && (
        <Textarea
          label={t('casework.steps.suspend.reason')}
          withAsterisk
          autosize
          minRows={2}
          {...input('reason')}
          data-testid="step-reason"
        />
      )}
      {kind === 'resume' && (
        <Textarea label={t('casework.steps.note')} autosize minRows={1} {...input('note')} />
      )}
      {kind === 'terminate' && (
        <>
          {date('on')}
          <Select
            label={t('casework.steps.terminate.reason')}
            data={options('terminationReason', TERMINATION_REASONS)}
            withAsterisk
            {...form.getInputProps('reason')}
            data-testid="step-reason"
          />
          <Textarea label={t('casework.steps.note')} autosize minRows={2} {...input('note')} />
        </>
      )}
    </FormModal>
  );
}
