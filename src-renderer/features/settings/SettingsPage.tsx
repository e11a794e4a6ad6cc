import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OBLAST_PREFIXES } from '../../../src-main/core/api/contract';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useSession } from '../../app/session';

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { status, user } = useSession();
  const oblast = status?.districtKato
    ? OBLAST_PREFIXES[status.districtKato.slice(0, 2) as keyof typeof OBLAST_PREFIXES]
    : undefined;
  return (
    <Stack maw={760}>
      <Title order={2}>{t('settings.title')}</Title>
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          {t('settings.office')}
        </Title>
        <Table>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={220}>{t('settings.officeName')}</Table.Th>
              <Table.Td>{status?.officeName}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('settings.districtKato')}</Table.Th>
              <Table.Td>
                {status?.districtKato}
                {oblast ? ` — ${oblast[i18n.language as 'kk' | 'ru' | 'en']}` : ''}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
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
        </Stack>
      </Paper>
    </Stack>
  );
}
