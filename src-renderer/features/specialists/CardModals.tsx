import { NumberInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  categoryInput,
  certificateInput,
  contract,
  EDUCATION_LEVELS,
  educationInput,
  type Input,
  trainingInput,
} from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { DateField } from '../../lib/DateField';
import { useEnumOptions } from '../../lib/enums';
import { FormModal } from '../../lib/FormModal';
import { limitedInputs } from '../../lib/limits';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';

// The forms of a specialist's card: a certificate, a category assignment, an education entry or
// a course, and removing a certificate or category entered by mistake (with a reason).

export function CertificateModal({
  specialistId,
  onClose,
}: {
  specialistId: string;
  onClose(saved: boolean): void;
}) {
  const { t, i18n } = useTranslation();
  const validate = contractValidator<Record<string, unknown>>(certificateInput, () => i18n.language);
  const toInput = (v: Record<string, unknown>) => ({ ...v, specialistId });
  const form = useForm<Record<string, unknown>>({
    initialValues: { number: '', issuer: '', issuedOn: '', validUntil: '', scope: '' },
    validateInputOnBlur: true,
    validate: (v) => validate(toInput(v)),
  });
  const input = limitedInputs(form.getInputProps, certificateInput);
  const { busy, error, run } = useApiSubmit(form.setErrors, undefined, Object.keys(form.values));
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call('specialists.addCertificate', toInput(v) as Input<'specialists.addCertificate'>);
      notifications.show({ color: 'teal', message: t('specialists.certSaved') });
      onClose(true);
    }),
  );
  return (
    <FormModal
      title={t('specialists.addCertificate')}
      onClose={() => onClose(false)}
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('specialists.certNumber')}
          withAsterisk
          {...input('number')}
          data-testid="cert-number"
        />
        <TextInput
          label={t('specialists.certIssuer')}
          withAsterisk
          {...input('issuer')}
          data-testid="cert-issuer"
        />
        <DateField
          label={t('specialists.certIssuedOn')}
          withAsterisk
          {...form.getInputProps('issuedOn')}
          data-testid="cert-issuedOn"
        />
        <DateField
          label={t('specialists.certValidUntil')}
          withAsterisk
          {...form.getInputProps('validUntil')}
          data-testid="cert-validUntil"
        />
      </SimpleGrid>
      <TextInput label={t('specialists.certScope')} {...input('scope')} />
    </FormModal>
  );
}

export function CategoryModal({
  specialistId,
  onClose,
}: {
  specialistId: string;
  onClose(saved: boolean): void;
}) {
  const { t, i18n } = useTranslation();
  const { data: categories } = useLatestAnswer('specialists.categories', {});
  const validate = contractValidator<Record<string, unknown>>(categoryInput, () => i18n.language);
  const toInput = (v: Record<string, unknown>) => ({ ...v, specialistId });
  const form = useForm<Record<string, unknown>>({
    initialValues: { categoryCode: '', orderNo: '', assignedOn: '', validUntil: '' },
    validateInputOnBlur: true,
    validate: (v) => validate(toInput(v)),
  });
  const input = limitedInputs(form.getInputProps, categoryInput);
  const { busy, error, run } = useApiSubmit(form.setErrors, undefined, Object.keys(form.values));
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call('specialists.addCategory', toInput(v) as Input<'specialists.addCategory'>);
      notifications.show({ color: 'teal', message: t('specialists.categorySaved') });
      onClose(true);
    }),
  );
  return (
    <FormModal
      title={t('specialists.addCategory')}
      onClose={() => onClose(false)}
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('specialists.category')}
          data={(categories ?? [])
            .filter((c) => c.active)
            .map((c) => ({
              value: c.code,
              label: `${i18n.language === 'kk' ? c.nameKk : c.nameRu} (${t('specialists.years', { count: c.validityYears })})`,
            }))}
          withAsterisk
          {...form.getInputProps('categoryCode')}
        />
        <TextInput label={t('specialists.orderNo')} withAsterisk {...input('orderNo')} />
        <DateField label={t('specialists.assignedOn')} withAsterisk {...form.getInputProps('assignedOn')} />
        <DateField
          label={t('specialists.categoryUntil')}
          description={t('specialists.categoryUntilHint')}
          {...form.getInputProps('validUntil')}
        />
      </SimpleGrid>
    </FormModal>
  );
}

/** A record on the card an administrator adds: the form's fields and the procedure that saves it. */
export function RecordModal({
  title,
  procedure,
  schema,
  specialistId,
  initial,
  children,
  onClose,
}: {
  title: string;
  procedure: 'specialists.addEducation' | 'specialists.addTraining';
  schema: typeof educationInput | typeof trainingInput;
  specialistId: string;
  initial: Record<string, unknown>;
  children(form: UseFormReturnType<Record<string, unknown>>, input: (f: string) => object): ReactNode;
  onClose(saved: boolean): void;
}) {
  const { t, i18n } = useTranslation();
  const validate = contractValidator<Record<string, unknown>>(schema, () => i18n.language);
  const toInput = (v: Record<string, unknown>) => ({ ...v, specialistId });
  const form = useForm<Record<string, unknown>>({
    initialValues: initial,
    validateInputOnBlur: true,
    validate: (v) => validate(toInput(v)),
  });
  const input = limitedInputs(form.getInputProps, schema);
  const { busy, error, run } = useApiSubmit(form.setErrors, undefined, Object.keys(form.values));
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call(procedure, toInput(v) as never);
      notifications.show({ color: 'teal', message: t('specialists.recordSaved') });
      onClose(true);
    }),
  );
  return (
    <FormModal title={title} onClose={() => onClose(false)} onSubmit={submit} busy={busy} error={error}>
      {children(form, input as (f: string) => object)}
    </FormModal>
  );
}

/** Removes a certificate or category assignment entered by mistake; the row stays, marked. */
export function RemoveModal({
  what,
  id,
  label,
  onClose,
}: {
  what: 'certificate' | 'category';
  id: string;
  label: string;
  onClose(saved: boolean): void;
}) {
  const { t, i18n } = useTranslation();
  const procedure = what === 'certificate' ? 'specialists.removeCertificate' : 'specialists.removeCategory';
  const schema = contract[procedure].input;
  const form = useForm({
    initialValues: { id, reason: '' },
    validateInputOnBlur: true,
    validate: contractValidator(schema, () => i18n.language),
  });
  const input = limitedInputs(form.getInputProps, schema);
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call(procedure, v);
      notifications.show({ color: 'teal', message: t('specialists.removedSaved') });
      onClose(true);
    }),
  );
  return (
    <FormModal
      title={t(what === 'certificate' ? 'specialists.removeCertificate' : 'specialists.removeCategory')}
      onClose={() => onClose(false)}
      onSubmit={submit}
      busy={busy}
      error={error}
      size="md"
    >
      <Text size="sm">{label}</Text>
      <Text size="sm" c="dimmed">
        {t('specialists.removeHint')}
      </Text>
      <TextInput
        label={t('specialists.removeReason')}
        withAsterisk
        data-autofocus
        {...input('reason')}
        data-testid="remove-reason"
      />
    </FormModal>
  );
}

/** An education entry: level, institution, speciality, diploma. */
export function EducationModal({
  specialistId,
  onClose,
}: {
  specialistId: string;
  onClose(saved: boolean): void;
}) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  return (
    <RecordModal
      title={t('specialists.addEducation')}
      procedure="specialists.addEducation"
      schema={educationInput}
      specialistId={specialistId}
      initial={{ level: '', institution: '', speciality: '', diplomaNo: '', diplomaOn: '' }}
      onClose={onClose}
    >
      {(form, input) => (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('specialists.level')}
            data={options('educationLevel', EDUCATION_LEVELS)}
            withAsterisk
            {...form.getInputProps('level')}
            data-testid="education-add-level"
          />
          <TextInput label={t('specialists.institution')} withAsterisk {...input('institution')} />
          <TextInput label={t('specialists.speciality')} withAsterisk {...input('speciality')} />
          <TextInput label={t('specialists.diplomaNo')} {...input('diplomaNo')} />
          <DateField label={t('specialists.diplomaOn')} {...form.getInputProps('diplomaOn')} />
        </SimpleGrid>
      )}
    </RecordModal>
  );
}

/** A qualification upgrade: course, hours, dates, certificate. */
export function TrainingModal({
  specialistId,
  onClose,
}: {
  specialistId: string;
  onClose(saved: boolean): void;
}) {
  const { t } = useTranslation();
  return (
    <RecordModal
      title={t('specialists.addTraining')}
      procedure="specialists.addTraining"
      schema={trainingInput}
      specialistId={specialistId}
      initial={{ course: '', hours: '', fromOn: '', toOn: '', certificateNo: '' }}
      onClose={onClose}
    >
      {(form, input) => (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('specialists.course')} withAsterisk {...input('course')} />
          <NumberInput
            label={t('specialists.hoursLabel')}
            withAsterisk
            min={1}
            max={2000}
            {...form.getInputProps('hours')}
          />
          <DateField label={t('specialists.fromOn')} withAsterisk {...form.getInputProps('fromOn')} />
          <DateField label={t('specialists.toOn')} withAsterisk {...form.getInputProps('toOn')} />
          <TextInput label={t('specialists.certificateNo')} {...input('certificateNo')} />
        </SimpleGrid>
      )}
    </RecordModal>
  );
}
