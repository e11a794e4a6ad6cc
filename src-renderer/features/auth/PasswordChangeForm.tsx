import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract, type MeView } from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { checkRepeat, PasswordPair } from '../../lib/PasswordPair';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';

/** Current password, new one twice; used at a forced change and from the settings page. */
export function PasswordChangeForm({
  onDone,
  onCancel,
}: {
  onDone: (me: MeView) => void;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const validateContract = contractValidator(contract['auth.changePassword'].input, () => i18n.language);
  const form = useForm({
    validateInputOnBlur: true,
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: (v) => {
      return checkRepeat(
        validateContract(v),
        { password: v.newPassword, repeat: v.repeat, repeatField: 'repeat' },
        i18n.language,
      );
    },
  });
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      const me = await call('auth.changePassword', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      });
      onDone(me);
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PasswordInput
          label={t('password.current')}
          autoFocus
          data-testid="password-current"
          {...form.getInputProps('currentPassword')}
        />
        <PasswordPair
          label={t('password.new')}
          description={t('password.hint')}
          testId="password-new"
          repeatTestId="password-repeat"
          password={form.getInputProps('newPassword')}
          repeat={form.getInputProps('repeat')}
        />
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={busy} data-testid="password-submit">
            {t('password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
