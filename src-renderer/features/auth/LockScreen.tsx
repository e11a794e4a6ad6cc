import {
  Alert,
  Avatar,
  Button,
  Group,
  Overlay,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { useApiSubmit } from '../../lib/useApiSubmit';

/**
 * Drawn over the working screen, which stays mounted (and inert) underneath: unlocking with the
 * password returns to the same screen with whatever was typed into its forms.
 */
export function LockScreen() {
  const { t } = useTranslation();
  const { user, unlock, signOut } = useSession();
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (v) => (v ? null : t('lock.passwordRequired')) },
  });
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      await unlock(v.password);
      form.reset();
    }),
  );
  return (
    <Overlay fixed blur={6} color="#0b2e2b" backgroundOpacity={0.55} zIndex={400} center>
      <Paper
        withBorder
        shadow="xl"
        p="xl"
        radius="md"
        w={420}
        data-testid="lock-screen"
        role="dialog"
        aria-modal
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group gap="sm" wrap="nowrap">
              <Avatar color="teal" radius="xl">
                <IconLock size={20} />
              </Avatar>
              <div>
                <Title order={4}>{t('lock.title')}</Title>
                <Text size="sm" c="dimmed">
                  {user ? `${user.fullName} (${user.login})` : ''}
                </Text>
              </div>
            </Group>
            <Text size="sm">{t('lock.explain')}</Text>
            <PasswordInput
              label={t('login.password')}
              autoFocus
              data-testid="unlock-password"
              {...form.getInputProps('password')}
            />
            {/* A wrong password is shown under the field; the box is for the rest (account locked). */}
            {error && !form.errors.password && (
              <Alert color="red" data-testid="unlock-error">
                {error}
              </Alert>
            )}
            <Button type="submit" fullWidth loading={busy} data-testid="unlock-submit">
              {t('lock.unlock')}
            </Button>
            <Button
              variant="subtle"
              color="gray"
              fullWidth
              onClick={() => void signOut()}
              data-testid="lock-signout"
            >
              {t('lock.signOut')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Overlay>
  );
}
