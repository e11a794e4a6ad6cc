import { Alert, Button, Center, Group, Paper, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../src-main/core/api/contract';
import { fieldMessage } from '../../../src-main/core/api/messages';
import { call } from '../../api/client';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useSession } from '../../app/session';
import type { UiLocale } from '../../i18n';
import { limitedInputs } from '../../lib/limits';
import { checkRepeat, PasswordPair } from '../../lib/PasswordPair';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';

interface Values {
  officeNameKk: string;
  officeName: string;
  districtKato: string;
  login: string;
  fullName: string;
  password: string;
  passwordRepeat: string;
}

const setupSchema = contract['setup.initialize'].input;

function toInput(v: Values, locale: string) {
  return {
    officeName: v.officeName,
    officeNameKk: v.officeNameKk,
    districtKato: v.districtKato,
    locale: locale as UiLocale,
    admin: { login: v.login, fullName: v.fullName, password: v.password },
  };
}

export function FirstRunWizard() {
  const { t, i18n } = useTranslation();
  const { refreshStatus } = useSession();
  const [step, setStep] = useState(0);
  const schemaValidate = contractValidator(setupSchema, () => i18n.language);
  const form = useForm<Values>({
    mode: 'controlled',
    validateInputOnBlur: true,
    initialValues: {
      officeNameKk: '',
      officeName: '',
      districtKato: '',
      login: 'admin',
      fullName: '',
      password: '',
      passwordRepeat: '',
    },
    validate: (values) => {
      const raw = schemaValidate(toInput(values, i18n.language));
      const errors: Record<string, string> = {};
      // Map the nested contract paths (admin.login) to the form's flat fields.
      for (const [k, v] of Object.entries(raw)) errors[k.replace(/^admin\./, '')] = v;
      checkRepeat(
        errors,
        { password: values.password, repeat: values.passwordRepeat, repeatField: 'passwordRepeat' },
        i18n.language,
      );
      // Documents are bilingual: the wizard asks the Kazakh name too (the api lets older callers
      // leave it out, the Russian one then standing in).
      if (!values.officeNameKk.trim())
        errors.officeNameKk = fieldMessage('officeNameKk', 'required', i18n.language);
      const stepFields = step === 0 ? ['officeNameKk', 'officeName', 'districtKato'] : Object.keys(values);
      return Object.fromEntries(Object.entries(errors).filter(([k]) => stepFields.includes(k)));
    },
  });
  // The wizard's fields are flat; the contract nests the administrator's under admin.
  const input = limitedInputs(form.getInputProps, setupSchema, (f) =>
    ['login', 'fullName'].includes(f) ? `admin.${f}` : f,
  );

  const next = () => {
    if (!form.validate().hasErrors) setStep(1);
  };

  const { busy, error, run } = useApiSubmit(form.setErrors, (k) => k.replace(/^admin\./, ''));
  const finish = form.onSubmit((values) =>
    run(async () => {
      await call('setup.initialize', toInput(values, i18n.language));
      await refreshStatus();
    }),
  );

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={620}>
        <form onSubmit={finish} noValidate>
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={1} size="h2">
                  {t('setup.title')}
                </Title>
                <Text c="dimmed" size="sm" mt={4}>
                  {t('setup.intro')}
                </Text>
              </div>
              <LanguageSwitch />
            </Group>
            <Stepper active={step} size="sm">
              <Stepper.Step label={t('setup.stepOffice')} description={t('setup.stepOfficeHint')}>
                <Stack mt="md">
                  <TextInput
                    label={t('setup.officeNameKk')}
                    placeholder={t('setup.officeNameKkPlaceholder')}
                    withAsterisk
                    maxLength={200}
                    data-testid="setup-office-name-kk"
                    {...input('officeNameKk')}
                  />
                  <TextInput
                    label={t('setup.officeName')}
                    placeholder={t('setup.officeNamePlaceholder')}
                    withAsterisk
                    maxLength={200}
                    data-testid="setup-office-name"
                    {...input('officeName')}
                  />
                  <TextInput
                    label={t('setup.districtKato')}
                    description={t('setup.districtKatoHint')}
                    withAsterisk
                    maxLength={9}
                    inputMode="numeric"
                    data-testid="setup-district-kato"
                    {...input('districtKato')}
                  />
                </Stack>
              </Stepper.Step>
              <Stepper.Step label={t('setup.stepAdmin')} description={t('setup.stepAdminHint')}>
                <Stack mt="md">
                  <TextInput
                    label={t('setup.adminLogin')}
                    withAsterisk
                    data-testid="setup-login"
                    {...input('login')}
                  />
                  <TextInput
                    label={t('setup.adminFullName')}
                    withAsterisk
                    data-testid="setup-full-name"
                    {...input('fullName')}
                  />
                  <PasswordPair
                    withAsterisk
                    label={t('setup.password')}
                    description={t('setup.passwordHint')}
                    repeatLabel={t('setup.passwordRepeat')}
                    testId="setup-password"
                    password={form.getInputProps('password')}
                    repeat={form.getInputProps('passwordRepeat')}
                  />
                </Stack>
              </Stepper.Step>
            </Stepper>
            {error && (
              <Alert color="red" title={t('errors.title')}>
                {error}
              </Alert>
            )}
            <Group justify="space-between">
              <Button variant="default" disabled={step === 0} onClick={() => setStep(0)}>
                {t('setup.back')}
              </Button>
              {/* Distinct keys: were the same <button> reused, its type would turn to "submit"
                  before the click's default action ran, submitting (and validating) the
                  administrator step the moment it opens. */}
              {step === 0 ? (
                <Button key="next" onClick={next} data-testid="setup-next">
                  {t('setup.next')}
                </Button>
              ) : (
                <Button key="finish" type="submit" loading={busy} data-testid="setup-finish">
                  {t('setup.finish')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
