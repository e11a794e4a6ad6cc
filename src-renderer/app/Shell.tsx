import { AppShell, Badge, Button, Group, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import {
  IconAddressBook,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconCash,
  IconCertificate,
  IconChartBar,
  IconDatabaseExport,
  IconFolders,
  IconGavel,
  IconHeartHandshake,
  IconHistory,
  IconHome,
  IconLogout,
  IconMessageExclamation,
  IconSettings,
  IconTransfer,
  IconUserCog,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, NavLink as RouterLink, useLocation } from 'react-router';
import type { ProcedureName } from '../../src-main/core/api/contract';
import { LanguageSwitch } from './LanguageSwitch';
import { useOfficeName } from './office';
import { useCan } from './permissions';
import { useSession } from './session';

interface NavItem {
  to: string;
  key: string;
  icon: ReactNode;
  /** Shown only to roles that may call this procedure (the area's main list). */
  needs?: ProcedureName;
}

const GROUPS: { key: string; items: NavItem[] }[] = [
  {
    key: 'nav.registry',
    items: [
      { to: '/home', key: 'nav.home', icon: <IconHome size={18} />, needs: 'alerts.summary' },
      {
        to: '/applicants',
        key: 'nav.applicants',
        icon: <IconAddressBook size={18} />,
        needs: 'applicants.list',
      },
      { to: '/cases', key: 'nav.cases', icon: <IconFolders size={18} />, needs: 'cases.list' },
      {
        to: '/decisions',
        key: 'nav.decisions',
        icon: <IconGavel size={18} />,
        needs: 'casework.approveDecision',
      },
      { to: '/services', key: 'nav.services', icon: <IconHeartHandshake size={18} /> },
    ],
  },
  {
    key: 'nav.work',
    items: [
      {
        to: '/specialists',
        key: 'nav.specialists',
        icon: <IconCertificate size={18} />,
        needs: 'specialists.list',
      },
      { to: '/caregivers', key: 'nav.caregivers', icon: <IconUsers size={18} />, needs: 'caregivers.list' },
      { to: '/payroll', key: 'nav.payroll', icon: <IconCash size={18} />, needs: 'caregivers.payroll' },
      {
        to: '/providers',
        key: 'nav.providers',
        icon: <IconBuildingCommunity size={18} />,
        needs: 'providers.list',
      },
      {
        to: '/complaints',
        key: 'nav.complaints',
        icon: <IconMessageExclamation size={18} />,
        needs: 'complaints.queue',
      },
    ],
  },
  {
    key: 'nav.office',
    items: [
      { to: '/reports', key: 'nav.reports', icon: <IconChartBar size={18} /> },
      { to: '/exchange', key: 'nav.exchange', icon: <IconTransfer size={18} />, needs: 'exchange.status' },
      { to: '/settings', key: 'nav.settings', icon: <IconSettings size={18} /> },
    ],
  },
  {
    key: 'nav.admin',
    items: [
      { to: '/users', key: 'nav.users', icon: <IconUserCog size={18} />, needs: 'users.list' },
      { to: '/audit', key: 'nav.audit', icon: <IconHistory size={18} />, needs: 'audit.list' },
      { to: '/backups', key: 'nav.backups', icon: <IconDatabaseExport size={18} />, needs: 'backups.list' },
      { to: '/calendar', key: 'nav.calendar', icon: <IconCalendarEvent size={18} />, needs: 'calendar.save' },
    ],
  },
];

export function Shell() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const officeName = useOfficeName();
  const can = useCan();
  const location = useLocation();
  const groups = GROUPS.map((g) => ({ ...g, items: g.items.filter((i) => !i.needs || can(i.needs)) })).filter(
    (g) => g.items.length > 0,
  );
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 260, breakpoint: 'sm' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          {/* The office name takes the free width and is cut only when none is left. */}
          <Group gap="sm" wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
            <Title order={3} c="teal.8">
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed" lineClamp={1} title={officeName} data-testid="office-name">
              {officeName}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Text size="sm" fw={500} data-testid="current-user">
              {user?.fullName}
            </Text>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconLogout size={16} />}
              onClick={() => void signOut()}
              data-testid="logout"
            >
              {t('nav.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <ScrollArea>
          <Stack gap="md">
            {groups.map((g) => (
              <div key={g.key}>
                <Text size="xs" tt="uppercase" fw={700} c="dimmed" px="sm" mb={4}>
                  {t(g.key)}
                </Text>
                {g.items.map((item) => (
                  <NavLink
                    key={item.to}
                    component={RouterLink}
                    to={item.to}
                    label={t(item.key)}
                    leftSection={item.icon}
                    active={location.pathname.startsWith(item.to)}
                  />
                ))}
              </div>
            ))}
          </Stack>
        </ScrollArea>
        <Group mt="auto" p="sm" gap={4}>
          {user?.roles.map((r) => (
            <Badge key={r} variant="light" size="sm">
              {t(`roles.${r}`)}
            </Badge>
          ))}
        </Group>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
