import {
  Alert,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  decisionInput,
  type Input,
  REFUSAL_REASONS,
  SERVICE_VOLUMES,
  SSU_TYPES,
  type TimelineView,
} from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { DateField } from '../../lib/DateField';
import { useEnumOptions } from '../../lib/enums';
import { FormModal } from '../../lib/FormModal';
import { limitedInputs } from '../../lib/limits';
import { useSsuForms } from '../../lib/ssuForms';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';
import type { CaseReferences } from './references';
import { ServiceLines, withKeys } from './ServiceLines';

// The akimat's decision as the caseworker drafts it: an assignment (types, form, volume,
// services, term) or a refusal for one of the three legal reasons. It goes to the head; a
// returned draft comes back here with the head's comment. A correction cites the decision in force.

type Decision = TimelineView['decisions'][number];

export function DecisionModal({
  timeline,
  refs,
  draft,
  corrects,
  onClose,
  onSaved,
}: {
  timeline: TimelineView;
  refs: CaseReferences;
  /** A draft being revised. */
  draft: Decision | null;
  /** The decision in force this one corrects. */
  corrects: Decision | null;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, i18n } = useTranslation();
  const options = useEnumOptions();
  const ssuForms = useSsuForms();
  const validate = contractValidator<Record<string, unknown>>(decisionInput, () => i18n.language);
  const c = timeline.case;
  const from = draft ?? corrects;
  const lastAct = timeline.acts.at(-1);
  const form = useForm<Record<string, unknown>>({
    initialValues: {
      kind: from?.kind ?? 'approve',
      ssuTypes: from?.ssuTypes.length ? from.ssuTypes : (lastAct?.servicesNeeded ?? c.ssuTypes),
      form: from?.form ?? c.requestedForm ?? '',
      volume: from?.volume ?? 'guaranteed',
      services: withKeys(from?.services ?? []),
      startOn: from?.startOn ?? '',
      endOn: from?.endOn ?? '',
      refusalReason: from?.refusalReason ?? '',
      explanation: from?.explanation ?? '',
    },
    validateInputOnBlur: true,
    validate: (v) => validate(toInput(v)),
  });
  function toInput(v: Record<string, unknown>) {
    const approve = v.kind === 'approve';
    return {
      caseId: c.id,
      ...(draft ? { id: draft.id } : {}),
      supersedesId: draft?.supersedesId ?? corrects?.id ?? null,
      kind: v.kind,
      ssuTypes: approve ? v.ssuTypes : [],
      form: approve && v.form ? v.form : null,
      volume: approve && v.volume ? v.volume : null,
      services: approve ? v.services : [],
      startOn: approve ? v.startOn : '',
      endOn: approve ? v.endOn : '',
      refusalReason: approve || !v.refusalReason ? null : v.refusalReason,
      explanation: v.explanation,
    };
  }
  const input = limitedInputs(form.getInputProps, decisionInput);
  const { busy, error, run } = useApiSubmit(form.setErrors, undefined, [
    ...Object.keys(form.values),
    'services',
  ]);
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call('casework.draftDecision', toInput(v) as Input<'casework.draftDecision'>);
      notifications.show({ color: 'teal', message: t('casework.decision.sent') });
      onSaved();
    }),
  );
  const approve = form.values.kind === 'approve';
  const title = corrects
    ? t('casework.decision.correctTitle', { number: corrects.number })
    : draft
      ? t('casework.decision.reviseTitle', { number: c.number })
      : t('casework.decision.title', { number: c.number });
  return (
    <FormModal title={title} onClose={onClose} onSubmit={submit} busy={busy} error={error} size="xl">
      {draft?.returnComment && (
        <Alert
          color="orange"
          title={t('casework.decision.returned', { name: draft.reviewedByName })}
          data-testid="return-comment"
        >
          {draft.returnComment}
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {t('casework.decision.hint')}
      </Text>
      <SegmentedControl
        aria-label={t('casework.decision.kind')}
        data={[
          { value: 'approve', label: t('enums.decisionKind.approve') },
          { value: 'refuse', label: t('enums.decisionKind.refuse') },
        ]}
        {...form.getInputProps('kind')}
        data-testid="decision-kind"
      />
      {approve ? (
        <Stack gap="sm">
          <MultiSelect
            label={t('casework.decision.ssuTypes')}
            data={options('ssuType', SSU_TYPES)}
            withAsterisk
            {...form.getInputProps('ssuTypes')}
            data-testid="decision-ssuTypes"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('casework.decision.form')}
              data={ssuForms.options(form.values.form as string)}
              withAsterisk
              {...form.getInputProps('form')}
              data-testid="decision-form"
            />
            <Select
              label={t('casework.decision.volume')}
              data={options('serviceVolume', SERVICE_VOLUMES)}
              withAsterisk
              {...form.getInputProps('volume')}
              data-testid="decision-volume"
            />
            <DateField
              label={t('casework.decision.startOn')}
              withAsterisk
              {...form.getInputProps('startOn')}
              data-testid="decision-startOn"
            />
            <DateField
              label={t('casework.decision.endOn')}
              withAsterisk
              {...form.getInputProps('endOn')}
              data-testid="decision-endOn"
            />
          </SimpleGrid>
          <ServiceLines
            form={form}
            path="services"
            refs={refs}
            formCode={(form.values.form as string) || null}
            types={form.values.ssuTypes as string[]}
          />
        </Stack>
      ) : (
        <Select
          label={t('casework.decision.refusalReason')}
          description={t('casework.decision.refusalHint')}
          data={options('refusalReason', REFUSAL_REASONS)}
          withAsterisk
          {...form.getInputProps('refusalReason')}
          data-testid="decision-refusalReason"
        />
      )}
      <Textarea
        label={t('casework.decision.explanation')}
        withAsterisk={!approve}
        autosize
        minRows={2}
        {...input('explanation')}
        data-testid="decision-explanation"
      />
    </FormModal>
  );
}
