import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../src-main/core/api/contract';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useOfficeName } from '../../app/office';
import { useSession } from '../../app/session';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { signIn } = useSession();
  const officeName = useOfficeName();
  const form = useForm({
    validateInputOnBlur: true,
    initialValues: { login: '', password: '' },
    validate: contractValidator(contract['auth.login'].input, () => i18n.language),
  });
  const { busy, error, run } = useApiSubmit();
  const submit = form.onSubmit((v) => run(() => signIn(v.login, v.password)));
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={420}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group justify="space-between">
              <Title order={1} size="h2" c="teal.9">
                {t('app.name')}
              </Title>
              <LanguageSwitch />
            </Group>
            <Text size="sm" c="dimmed" data-testid="office-name">
              {officeName}
            </Text>
            <Title order={2} size="h4">
              {t('login.title')}
            </Title>
            <TextInput
              label={t('login.login')}
              autoFocus
              data-testid="login-login"
              {...form.getInputProps('login')}
            />
            <PasswordInput
              label={t('login.password')}
              data-testid="login-password"
              {...form.getInputProps('password')}
            />
            {error && (
              <Alert color="red" data-testid="login-error">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={busy} data-testid="login-submit">
              {t('login.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
