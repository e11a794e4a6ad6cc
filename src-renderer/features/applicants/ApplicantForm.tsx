import {
  Accordion,
  Alert,
  Anchor,
  Button,
  Group,
  Input as MantineInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  type ApplicantView,
  applicantInput,
  applicantUpdateInput,
  CITIZENSHIPS,
  CONSENT_FORMS,
  DOC_TYPES,
  type Input,
  iinFacts,
  isValidIin,
  LEGAL_CAPACITIES,
  MARITAL_STATUSES,
  type Output,
  type Sex,
} from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { DateField } from '../../lib/DateField';
import { useEnumOptions } from '../../lib/enums';
import { formatDate, fullName } from '../../lib/format';
import { limitedInputs } from '../../lib/limits';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';
import { DuplicateDialog } from './DuplicateDialog';

// Register a person, or edit one (route /applicants/:id/edit). The main facts come first; the
// identity document, family status, legal capacity and consent sit in sections below.

type Values = {
  iin: string;
  iinMissingReason: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  birthDate: string;
  sex: '' | Sex;
  katoCode: string;
  address: string;
  phone: string;
  citizenship: string;
  docType: string;
  docNumber: string;
  docDate: string;
  docIssuer: string;
  maritalStatus: string;
  legalCapacity: string;
  capacityCourtDecision: string;
  capacityCourtDate: string;
  deathDate: string;
  consentDate: string;
  consentForm: string;
  consentRef: string;
};

const EMPTY: Values = {
  iin: '',
  iinMissingReason: '',
  lastName: '',
  firstName: '',
  patronymic: '',
  birthDate: '',
  sex: '',
  katoCode: '',
  address: '',
  phone: '',
  citizenship: 'citizen',
  docType: '',
  docNumber: '',
  docDate: '',
  docIssuer: '',
  maritalStatus: '',
  legalCapacity: 'capable',
  capacityCourtDecision: '',
  capacityCourtDate: '',
  deathDate: '',
  consentDate: '',
  consentForm: '',
  consentRef: '',
};

const ENUM_FIELDS = ['docType', 'maritalStatus', 'consentForm', 'sex'] as const;

/** Form strings → api input: an unchosen option is null, not ''. */
function toInput(v: Values): Input<'applicants.create'> {
  const out: Record<string, unknown> = { ...v };
  for (const k of ENUM_FIELDS) if (out[k] === '') out[k] = k === 'sex' ? undefined : null;
  return out as Input<'applicants.create'>;
}

function fromView(p: ApplicantView): Values {
  const out: Record<string, string> = {};
  for (const key of Object.keys(EMPTY))
    out[key] = ((p as Record<string, unknown>)[key] as string | null) ?? '';
  return out as Values;
}

export function ApplicantForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const options = useEnumOptions();
  const editing = !!id;
  const schema = editing ? applicantUpdateInput : applicantInput;
  const validate = contractValidator<Record<string, unknown>>(schema, () => i18n.language);
  const form = useForm<Values>({
    initialValues: EMPTY,
    validate: (v) => validate({ ...toInput(v), ...(id ? { id } : {}) }),
    validateInputOnBlur: true,
  });
  const input = limitedInputs(form.getInputProps, schema);
  const [loaded, setLoaded] = useState(!editing);
  const [sameIin, setSameIin] = useState<Output<'applicants.checkDuplicates'>['sameIin']>(null);
  const [similar, setSimilar] = useState<Output<'applicants.checkDuplicates'>['similar'] | null>(null);

  const { setValues, resetDirty } = form;
  useEffect(() => {
    if (!id) return;
    call('applicants.get', { id }).then((p) => {
      setValues(fromView(p));
      resetDirty(fromView(p));
      setLoaded(true);
    });
  }, [id, setValues, resetDirty]);

  const facts = isValidIin(form.values.iin) ? iinFacts(form.values.iin) : null;
  const birthMismatch = facts && form.values.birthDate && facts.birthDate !== form.values.birthDate;
  const sexMismatch = facts && form.values.sex && facts.sex !== form.values.sex;

  const onIinBlur = () => {
    // Suggest birth date and sex from the IIN when they are still empty; never overwrite.
    if (!facts) return;
    if (!form.values.birthDate) form.setFieldValue('birthDate', facts.birthDate);
    if (!form.values.sex) form.setFieldValue('sex', facts.sex);
  };

  const { busy, error, run } = useApiSubmit(form.setErrors);
  // Russian adjectives in the option lists agree with the sex chosen (i18next context).
  const female = form.values.sex === 'F' ? ('female' as const) : undefined;

  async function save(values: Values, duplicateReason?: string) {
    if (editing && id) {
      const saved = await call('applicants.update', { ...toInput(values), id } as Input<'applicants.update'>);
      notifications.show({ color: 'teal', message: t('applicant.saved', { name: fullName(saved) }) });
      navigate(`/applicants/${id}`);
      return;
    }
    const created = await call('applicants.create', {
      ...toInput(values),
      ...(duplicateReason ? { duplicateReason } : {}),
    });
    notifications.show({ color: 'teal', message: t('applicants.created', { name: fullName(created) }) });
    // The new card opens: the family, the disability record and the application come next.
    navigate(`/applicants/${created.id}`);
  }

  const submit = form.onSubmit((values) =>
    run(async () => {
      setSameIin(null);
      if (!editing) {
        // Before saving: the same IIN blocks (with a link to the card), a similar person asks.
        const dup = await call('applicants.checkDuplicates', {
          iin: values.iin,
          lastName: values.lastName,
          firstName: values.firstName,
          birthDate: values.birthDate,
        });
        if (dup.sameIin) {
          setSameIin(dup.sameIin);
          return;
        }
        if (dup.similar.length > 0) {
          setSimilar(dup.similar);
          return;
        }
      }
      try {
        await save(values);
      } catch (err) {
        if (err instanceof ApiCallError && err.code === 'CONFLICT_IIN') {
          const existing = await call('applicants.checkDuplicates', { iin: values.iin });
          setSameIin(existing.sameIin);
        }
        throw err;
      }
    }),
  );

  const iinProps = form.getInputProps('iin');
  if (!loaded) return null;
  const incapable = form.values.legalCapacity !== 'capable';
  return (
    <Stack maw={960}>
      <div>
        <Title order={1} size="h2">
          {editing ? t('applicant.editTitle') : t('applicant.newTitle')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('applicant.newHint')}
        </Text>
      </div>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('applicant.iin')}
                description={t('applicant.iinHint')}
                maxLength={12}
                inputMode="numeric"
                data-testid="applicant-iin"
                {...iinProps}
                onBlur={(e) => {
                  iinProps.onBlur?.(e);
                  onIinBlur();
                }}
              />
              {!form.values.iin && (
                <TextInput
                  label={t('applicant.iinMissingReason')}
                  description={t('applicant.iinMissingHint')}
                  data-testid="applicant-iin-reason"
                  style={{ gridColumn: 'span 2' }}
                  {...input('iinMissingReason')}
                />
              )}
            </SimpleGrid>
            {sameIin && (
              <Alert color="red" data-testid="applicant-same-iin">
                {t('duplicates.sameIin', { name: fullName(sameIin) })}{' '}
                <Anchor component={Link} to={`/applicants/${sameIin.id}`}>
                  {t('applicant.openExisting')}
                </Anchor>
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('applicant.lastName')}
                withAsterisk
                data-testid="applicant-last-name"
                {...input('lastName')}
              />
              <TextInput
                label={t('applicant.firstName')}
                withAsterisk
                data-testid="applicant-first-name"
                {...input('firstName')}
              />
              <TextInput
                label={t('applicant.patronymic')}
                data-testid="applicant-patronymic"
                {...input('patronymic')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <DateField
                label={t('applicant.birthDate')}
                withAsterisk
                clearable={false}
                maxDate={new Date()}
                minDate="1900-01-01"
                defaultLevel="decade"
                data-testid="applicant-birth-date"
                {...input('birthDate')}
              />
              <MantineInput.Wrapper label={t('applicant.sex')} withAsterisk error={form.errors.sex}>
                <SegmentedControl
                  fullWidth
                  data-testid="applicant-sex"
                  value={form.values.sex}
                  onChange={(v) => form.setFieldValue('sex', v as Values['sex'])}
                  data={[
                    { value: 'M', label: t('applicant.sexM') },
                    { value: 'F', label: t('applicant.sexF') },
                  ]}
                />
              </MantineInput.Wrapper>
              <TextInput label={t('applicant.phone')} data-testid="applicant-phone" {...input('phone')} />
            </SimpleGrid>
            {(birthMismatch || sexMismatch) && (
              <Alert color="yellow" data-testid="applicant-iin-warning">
                {birthMismatch &&
                  t('applicant.iinBirthMismatch', { date: formatDate(facts.birthDate, i18n.language) })}{' '}
                {sexMismatch && t('applicant.iinSexMismatch')}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('applicant.katoCode')}
                description={t('applicant.katoHint')}
                withAsterisk
                maxLength={9}
                inputMode="numeric"
                data-testid="applicant-kato"
                {...input('katoCode')}
              />
              <TextInput
                label={t('applicant.address')}
                description={t('applicant.addressPlaceholder')}
                withAsterisk
                style={{ gridColumn: 'span 2' }}
                data-testid="applicant-address"
                {...input('address')}
              />
            </SimpleGrid>
            <Accordion
              variant="separated"
              multiple
              defaultValue={editing ? ['document', 'status', 'consent'] : []}
            >
              <Accordion.Item value="document">
                <Accordion.Control>{t('applicant.sectionDocument')}</Accordion.Control>
                <Accordion.Panel>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <Select
                      label={t('applicant.citizenship')}
                      data={options('citizenship', CITIZENSHIPS, female)}
                      allowDeselect={false}
                      {...input('citizenship')}
                    />
                    <Select
                      label={t('applicant.docType')}
                      data={options('docType', DOC_TYPES)}
                      clearable
                      {...input('docType')}
                    />
                    <TextInput label={t('applicant.docNumber')} {...input('docNumber')} />
                    <DateField label={t('applicant.docDate')} maxDate={new Date()} {...input('docDate')} />
                    <TextInput
                      label={t('applicant.docIssuer')}
                      style={{ gridColumn: 'span 2' }}
                      {...input('docIssuer')}
                    />
                  </SimpleGrid>
                </Accordion.Panel>
              </Accordion.Item>
              <Accordion.Item value="status">
                <Accordion.Control>{t('applicant.sectionStatus')}</Accordion.Control>
                <Accordion.Panel>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <Select
                      label={t('applicant.maritalStatus')}
                      data={options('marital', MARITAL_STATUSES, female)}
                      clearable
                      {...input('maritalStatus')}
                    />
                    <Select
                      label={t('applicant.legalCapacity')}
                      data={options('capacity', LEGAL_CAPACITIES, female)}
                      allowDeselect={false}
                      data-testid="applicant-capacity"
                      {...input('legalCapacity')}
                    />
                    {incapable && (
                      <TextInput
                        label={t('applicant.capacityCourtDecision')}
                        withAsterisk
                        {...input('capacityCourtDecision')}
                      />
                    )}
                    {incapable && (
                      <DateField
                        label={t('applicant.capacityCourtDate')}
                        withAsterisk
                        maxDate={new Date()}
                        {...input('capacityCourtDate')}
                      />
                    )}
                    <DateField
                      label={t('applicant.deathDate')}
                      maxDate={new Date()}
                      {...input('deathDate')}
                    />
                  </SimpleGrid>
                </Accordion.Panel>
              </Accordion.Item>
              <Accordion.Item value="consent">
                <Accordion.Control>{t('applicant.sectionConsent')}</Accordion.Control>
                <Accordion.Panel>
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    <DateField
                      label={t('applicant.consentDate')}
                      maxDate={new Date()}
                      {...input('consentDate')}
                    />
                    <Select
                      label={t('applicant.consentForm')}
                      data={options('consentForm', CONSENT_FORMS)}
                      clearable
                      {...input('consentForm')}
                    />
                    <TextInput
                      label={t('applicant.consentRef')}
                      description={t('applicant.consentRefHint')}
                      {...input('consentRef')}
                    />
                  </SimpleGrid>
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
            {error && (
              <Alert color="red" title={t('errors.title')} data-testid="applicant-error">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => navigate(editing ? `/applicants/${id}` : '/applicants')}
              >
                {t('applicant.cancel')}
              </Button>
              <Button type="submit" loading={busy} data-testid="applicant-save">
                {t('applicant.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {similar && (
        <DuplicateDialog
          entered={
            {
              ...toInput(form.values),
              iin: form.values.iin || null,
              patronymic: form.values.patronymic || null,
            } as never
          }
          candidates={similar}
          busy={busy}
          onCancel={() => setSimilar(null)}
          onConfirm={(reason) =>
            run(async () => {
              await save(form.values, reason);
              setSimilar(null);
            })
          }
        />
      )}
    </Stack>
  );
}
