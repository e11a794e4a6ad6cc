import { Alert, Button, Center, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { PasswordChangeForm } from './PasswordChangeForm';

/** After an administrator set the password, the user chooses their own before anything else. */
export function ForcedPasswordChange() {
  const { t } = useTranslation();
  const { user, setUser, signOut } = useSession();
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={460} data-testid="forced-password-change">
        <Stack>
          <Title order={3}>{t('password.forcedTitle')}</Title>
          <Alert color="blue">{t('password.forcedExplain', { name: user?.fullName ?? '' })}</Alert>
          <PasswordChangeForm onDone={setUser} />
          <Button variant="subtle" color="gray" onClick={() => void signOut()}>
            {t('lock.signOut')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
