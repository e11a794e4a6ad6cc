import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract, ROLES, type Role, type UserAdminView } from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { limitedInputs } from '../../lib/limits';
import { checkRepeat, PasswordPair } from '../../lib/PasswordPair';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';

// The administrator's dialogs on the users screen: add a user, edit name and roles, set a
// temporary password. Each validates with the contract's schema before it calls the api.

function RolePicker({
  value,
  onChange,
  error,
}: {
  value: Role[];
  onChange: (v: Role[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={t('users.roles')}
      value={value}
      onChange={(v) => onChange(v as Role[])}
      error={error}
      withAsterisk
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
        {ROLES.map((r) => (
          <Checkbox
            key={r}
            value={r}
            label={t(`roles.${r}`)}
            description={t(`roleHints.${r}`)}
            data-testid={`role-${r}`}
          />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

function withRepeat(validate: (v: Record<string, unknown>) => Record<string, string>, locale: () => string) {
  return (v: Record<string, unknown>) => {
    return checkRepeat(
      validate(v),
      { password: v.password, repeat: v.repeat, repeatField: 'repeat' },
      locale(),
    );
  };
}

export function CreateUserDialog({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (u: UserAdminView) => void;
}) {
  const { t, i18n } = useTranslation();
  const form = useForm({
    validateInputOnBlur: true,
    initialValues: {
      login: '',
      fullName: '',
      roles: ['caseworker'] as Role[],
      locale: 'kk',
      password: '',
      repeat: '',
    },
    validate: withRepeat(
      contractValidator(contract['users.create'].input, () => i18n.language),
      () => i18n.language,
    ),
  });
  const input = limitedInputs(form.getInputProps, contract['users.create'].input);
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      const { repeat: _r, ...input } = v;
      onSaved(await call('users.create', { ...input, locale: input.locale as 'kk' | 'ru' | 'en' }));
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('users.addTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('users.login')}
              description={t('users.loginHint')}
              withAsterisk
              data-testid="user-login"
              {...input('login')}
            />
            <TextInput
              label={t('users.fullName')}
              withAsterisk
              data-testid="user-fullname"
              {...input('fullName')}
            />
          </SimpleGrid>
          <RolePicker
            value={form.values.roles}
            onChange={(v) => form.setFieldValue('roles', v)}
            error={form.errors.roles as string | undefined}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('users.locale')}
            </Text>
            <SegmentedControl
              data-testid="user-locale"
              value={form.values.locale}
              onChange={(v) => form.setFieldValue('locale', v)}
              data={[
                { value: 'kk', label: t('lang.kk') },
                { value: 'ru', label: t('lang.ru') },
                { value: 'en', label: t('lang.en') },
              ]}
            />
          </div>
          <PasswordPair
            side
            withAsterisk
            label={t('users.tempPassword')}
            description={t('users.tempPasswordHint')}
            testId="user-password"
            password={form.getInputProps('password')}
            repeat={form.getInputProps('repeat')}
          />
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="user-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function EditUserDialog({
  user,
  onClose,
  onSaved,
}: {
  user: UserAdminView;
  onClose: () => void;
  onSaved: (u: UserAdminView) => void;
}) {
  const { t, i18n } = useTranslation();
  const form = useForm({
    validateInputOnBlur: true,
    initialValues: { id: user.id, fullName: user.fullName, roles: user.roles as Role[] },
    validate: contractValidator(contract['users.update'].input, () => i18n.language),
  });
  const input = limitedInputs(form.getInputProps, contract['users.update'].input);
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) => run(async () => onSaved(await call('users.update', v))));
  return (
    <Modal opened onClose={onClose} title={t('users.editTitle', { login: user.login })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('users.fullName')} withAsterisk {...input('fullName')} />
          <RolePicker
            value={form.values.roles}
            onChange={(v) => form.setFieldValue('roles', v)}
            error={form.errors.roles as string | undefined}
          />
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="user-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ResetPasswordDialog({
  user,
  onClose,
  onSaved,
}: {
  user: UserAdminView;
  onClose: () => void;
  onSaved: (u: UserAdminView) => void;
}) {
  const { t, i18n } = useTranslation();
  const form = useForm({
    validateInputOnBlur: true,
    initialValues: { id: user.id, password: '', repeat: '' },
    validate: withRepeat(
      contractValidator(contract['users.resetPassword'].input, () => i18n.language),
      () => i18n.language,
    ),
  });
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => onSaved(await call('users.resetPassword', { id: v.id, password: v.password }))),
  );
  return (
    <Modal opened onClose={onClose} title={t('users.resetTitle', { login: user.login })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('users.resetExplain')}</Text>
          <PasswordPair
            withAsterisk
            label={t('users.tempPassword')}
            testId="reset-password"
            password={form.getInputProps('password')}
            repeat={form.getInputProps('repeat')}
          />
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="reset-save">
              {t('users.resetSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
