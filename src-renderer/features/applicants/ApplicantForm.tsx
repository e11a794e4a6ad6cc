import {
  Alert,
  Button,
  Group,
  Input as MantineInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { applicantInput, type Input, iinFacts, isValidIin } from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { parseTypedDate } from '../../lib/dates';
import { formatDate, fullName } from '../../lib/format';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';

type Values = {
  iin: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  birthDate: string;
  sex: '' | 'M' | 'F';
  katoCode: string;
  address: string;
  phone: string;
};

const EMPTY: Values = {
  iin: '',
  lastName: '',
  firstName: '',
  patronymic: '',
  birthDate: '',
  sex: '',
  katoCode: '',
  address: '',
  phone: '',
};

/** Typed dates as people write them here: 15.07.1985 (also 15/07/1985, 1985-07-15). */
export function ApplicantForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const form = useForm<Values>({
    initialValues: EMPTY,
    validate: contractValidator<Values>(applicantInput, () => i18n.language),
    validateInputOnBlur: true,
  });

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
  const submit = form.onSubmit((values) =>
    run(async () => {
      const created = await call('applicants.create', values as unknown as Input<'applicants.create'>);
      notifications.show({ color: 'teal', message: t('applicants.created', { name: fullName(created) }) });
      navigate('/applicants');
    }),
  );

  const iinProps = form.getInputProps('iin');
  return (
    <Stack maw={900}>
      <div>
        <Title order={2}>{t('applicant.newTitle')}</Title>
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
                withAsterisk
                maxLength={12}
                inputMode="numeric"
                data-testid="applicant-iin"
                {...iinProps}
                onBlur={(e) => {
                  iinProps.onBlur?.(e);
                  onIinBlur();
                }}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('applicant.lastName')}
                withAsterisk
                data-testid="applicant-last-name"
                {...form.getInputProps('lastName')}
              />
              <TextInput
                label={t('applicant.firstName')}
                withAsterisk
                data-testid="applicant-first-name"
                {...form.getInputProps('firstName')}
              />
              <TextInput
                label={t('applicant.patronymic')}
                data-testid="applicant-patronymic"
                {...form.getInputProps('patronymic')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <DateInput
                label={t('applicant.birthDate')}
                placeholder={t('applicant.datePlaceholder')}
                withAsterisk
                valueFormat="DD.MM.YYYY"
                dateParser={parseTypedDate}
                maxDate={new Date()}
                minDate="1900-01-01"
                defaultLevel="decade"
                data-testid="applicant-birth-date"
                value={form.values.birthDate || null}
                onChange={(v) => form.setFieldValue('birthDate', v ?? '')}
                error={form.errors.birthDate}
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
              <TextInput
                label={t('applicant.phone')}
                data-testid="applicant-phone"
                {...form.getInputProps('phone')}
              />
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
                {...form.getInputProps('katoCode')}
              />
            </SimpleGrid>
            <TextInput
              label={t('applicant.address')}
              placeholder={t('applicant.addressPlaceholder')}
              withAsterisk
              data-testid="applicant-address"
              {...form.getInputProps('address')}
            />
            {error && (
              <Alert color="red" title={t('errors.title')} data-testid="applicant-error">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => navigate('/applicants')}>
                {t('applicant.cancel')}
              </Button>
              <Button type="submit" loading={busy} data-testid="applicant-save">
                {t('applicant.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
