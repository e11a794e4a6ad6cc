import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  categoryInput,
  certificateInput,
  EDUCATION_LEVELS,
  educationInput,
  type Input,
  type Output,
  trainingInput,
} from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { useCan } from '../../app/permissions';
import { DateField } from '../../lib/DateField';
import { useEnumOptions } from '../../lib/enums';
import { FormModal } from '../../lib/FormModal';
import { formatDate } from '../../lib/format';
import { limitedInputs } from '../../lib/limits';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';
import { CertBadge, SpecialistModal } from './SpecialistsPage';

// A specialist's card: the record, certificates of the independent assessment (newest end
// first, removed ones struck through with their reason) and qualification categories, and the
// active case load. An administrator adds certificates and categories here.

type Card = Output<'specialists.card'>;

function CertificateModal({
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

function CategoryModal({ specialistId, onClose }: { specialistId: string; onClose(saved: boolean): void }) {
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
function RecordModal({
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

export function SpecialistCard() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const admin = can('specialists.addCertificate');
  const [card, setCard] = useState<Card | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<'cert' | 'category' | 'edit' | 'education' | 'training' | null>(null);
  const options = useEnumOptions();
  const { data: categories } = useLatestAnswer('specialists.categories', {});
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
  const closed = (saved: boolean) => {
    setOpen(null);
    if (saved) load();
  };
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2" data-testid="spec-card-name">
            {[s.lastName, s.firstName, s.patronymic].filter(Boolean).join(' ')}
          </Title>
          <Text c="dimmed" size="sm">
            {s.iin} · {t(`enums.specialistPosition.${s.position}`)}
          </Text>
        </div>
        <Group gap="sm">
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
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('specialists.activeCases')}
            </Text>
            <Text fw={600} data-testid="spec-active-cases">
              {card.activeCases}
            </Text>
          </Stack>
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('specialists.publication')}
            </Text>
            <Text size="sm">
              {s.publishConsent ? t('specialists.published') : t('specialists.notPublished')}
            </Text>
          </Stack>
        </Group>
      </Paper>
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
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {card.certificates.map((c) => (
                <Table.Tr key={c.id} style={c.removedAt ? { textDecoration: 'line-through' } : undefined}>
                  <Table.Td>{c.number}</Table.Td>
                  <Table.Td>
                    {c.issuer}
                    {c.removeReason && (
                      <Text size="xs" c="dimmed" style={{ textDecoration: 'none' }}>
                        {t('specialists.removed', { reason: c.removeReason })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(c.issuedOn, i18n.language)}</Table.Td>
                  <Table.Td>{formatDate(c.validUntil, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('specialists.categories')}
          </Title>
          {admin && (
            <Button size="xs" variant="light" onClick={() => setOpen('category')}>
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
              <Group key={c.id} gap="xs">
                <Badge variant="light" style={{ minWidth: 'max-content' }}>
                  {categoryName(c.categoryCode)}
                </Badge>
                <Text size="sm">
                  {c.orderNo} · {formatDate(c.assignedOn, i18n.language)} —{' '}
                  {formatDate(c.validUntil, i18n.language)}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
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
      {open === 'education' && (
        <RecordModal
          title={t('specialists.addEducation')}
          procedure="specialists.addEducation"
          schema={educationInput}
          specialistId={s.id}
          initial={{ level: '', institution: '', speciality: '', diplomaNo: '', diplomaOn: '' }}
          onClose={closed}
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
      )}
      {open === 'training' && (
        <RecordModal
          title={t('specialists.addTraining')}
          procedure="specialists.addTraining"
          schema={trainingInput}
          specialistId={s.id}
          initial={{ course: '', hours: '', fromOn: '', toOn: '', certificateNo: '' }}
          onClose={closed}
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
      )}
      {open === 'cert' && <CertificateModal specialistId={s.id} onClose={closed} />}
      {open === 'category' && <CategoryModal specialistId={s.id} onClose={closed} />}
      {open === 'edit' && <SpecialistModal item={s} onClose={closed} />}
    </Stack>
  );
}
