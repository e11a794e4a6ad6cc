import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconKey } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  contract,
  OBLAST_PREFIXES,
  type Output,
  securityPolicyInput,
} from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useOfficeName } from '../../app/office';
import { useCan } from '../../app/permissions';
import { useSession } from '../../app/session';
import { numberBounds } from '../../lib/bounds';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';
import { PasswordChangeForm } from '../auth/PasswordChangeForm';
import { PaySettings } from '../caregivers/PaySettings';
import { CategoriesSection } from '../specialists/CategoriesSection';
import {
  AlertHorizonsForm,
  CertAlertsForm,
  DeadlinesForm,
  LegalFixesSection,
  LegalRulesForm,
  OfficeForm,
  SsuFormsSection,
} from './CaseRulesSettings';
import { CatalogueSection } from './CatalogueSection';

type SecurityPolicy = Output<'settings.get'>['security'];

/** Lockout and idle-lock rules for the whole office (administrators only). */
function SecurityPolicyForm({ initial }: { initial: SecurityPolicy }) {
  const { t, i18n } = useTranslation();
  const { user, setUser } = useSession();
  const form = useForm({
    validateInputOnBlur: true,
    initialValues: initial,
    validate: contractValidator(contract['settings.setSecurity'].input, () => i18n.language),
  });
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      const saved = await call('settings.setSecurity', v);
      if (user) setUser({ ...user, idleLockMinutes: saved.security.idleLockMinutes });
      notifications.show({ message: t('settings.securitySaved'), color: 'teal' });
    }),
  );
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('settings.security')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.securityHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('settings.lockoutAttempts')}
              {...numberBounds(securityPolicyInput, 'lockoutAttempts')}
              data-testid="policy-attempts"
              {...form.getInputProps('lockoutAttempts')}
            />
            <NumberInput
              label={t('settings.lockoutMinutes')}
              {...numberBounds(securityPolicyInput, 'lockoutMinutes')}
              {...form.getInputProps('lockoutMinutes')}
            />
            <NumberInput
              label={t('settings.idleLockMinutes')}
              {...numberBounds(securityPolicyInput, 'idleLockMinutes')}
              data-testid="policy-idle"
              {...form.getInputProps('idleLockMinutes')}
            />
            <NumberInput
              label={t('settings.sessionHours')}
              {...numberBounds(securityPolicyInput, 'sessionHours')}
              {...form.getInputProps('sessionHours')}
            />
          </SimpleGrid>
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button type="submit" variant="light" loading={busy} data-testid="policy-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

const TABS = ['general', 'rules', 'references', 'pay'] as const;
type Tab = (typeof TABS)[number];

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { status, user, setUser, refreshStatus } = useSession();
  const officeName = useOfficeName();
  const can = useCan();
  const [settings, setSettings] = useState<Output<'settings.get'> | null>(null);
  const [changing, setChanging] = useState(false);
  const [params, setParams] = useSearchParams();
  const isAdmin = can('settings.get');
  useEffect(() => {
    if (isAdmin) void call('settings.get', {}).then(setSettings);
  }, [isAdmin]);
  const oblast = status?.districtKato
    ? OBLAST_PREFIXES[status.districtKato.slice(0, 2) as keyof typeof OBLAST_PREFIXES]
    : undefined;
  const general = (
    <>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t('settings.office')}
        </Title>
        {settings ? (
          <OfficeForm initial={settings.office} onSaved={() => void refreshStatus()} />
        ) : (
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={220}>{t('settings.officeName')}</Table.Th>
                <Table.Td>{officeName}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        <Text size="sm" mt="sm">
          {t('settings.districtKato')}: {status?.districtKato}
          {oblast ? ` — ${oblast[i18n.language as 'kk' | 'ru' | 'en']}` : ''}
        </Text>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t('settings.account')}
        </Title>
        <Stack gap="sm">
          <Text>
            {user?.fullName} ({user?.login})
          </Text>
          <Group gap={4}>
            <Text size="sm" c="dimmed">
              {t('settings.roles')}:
            </Text>
            {user?.roles.map((r) => (
              <Badge key={r} variant="light">
                {t(`roles.${r}`)}
              </Badge>
            ))}
          </Group>
          <div>
            <Text size="sm" fw={500}>
              {t('settings.language')}
            </Text>
            <Text size="xs" c="dimmed" mb={4}>
              {t('settings.languageHint')}
            </Text>
            <LanguageSwitch size="sm" />
          </div>
          <Group>
            <Button
              variant="light"
              leftSection={<IconKey size={16} />}
              onClick={() => setChanging(true)}
              data-testid="change-password"
            >
              {t('password.change')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {settings && <SecurityPolicyForm initial={settings.security} />}
    </>
  );
  // Office, account and security; the rules and deadlines of casework; the reference lists.
  // The tab is in the address (?tab=references), so a link or a test can open it directly.
  const tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'general';
  return (
    <Stack maw={860}>
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      {settings ? (
        <Tabs
          value={tab}
          onChange={(v) => setParams(v && v !== 'general' ? { tab: v } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            {TABS.map((k) => (
              <Tabs.Tab key={k} value={k} data-testid={`settings-tab-${k}`}>
                {t(`settings.tabs.${k}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="general">
            <Stack>{general}</Stack>
          </Tabs.Panel>
          <Tabs.Panel value="rules">
            <Stack>
              <DeadlinesForm initial={settings.deadlines} />
              <AlertHorizonsForm initial={settings.alerts} />
              <CertAlertsForm initial={settings.certAlerts} />
              <LegalRulesForm initial={settings.rules} />
              <LegalFixesSection />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="pay">
            <PaySettings />
          </Tabs.Panel>
          <Tabs.Panel value="references">
            <Stack>
              <SsuFormsSection />
              <CatalogueSection />
              <CategoriesSection />
            </Stack>
          </Tabs.Panel>
        </Tabs>
      ) : (
        general
      )}
      <Modal opened={changing} onClose={() => setChanging(false)} title={t('password.change')}>
        <PasswordChangeForm
          onCancel={() => setChanging(false)}
          onDone={(me) => {
            setUser(me);
            setChanging(false);
            notifications.show({ message: t('password.changed'), color: 'teal' });
          }}
        />
      </Modal>
    </Stack>
  );
}
