import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Menu,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconDots,
  IconKey,
  IconLockOpen,
  IconPencil,
  IconPlus,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserAdminView } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useSession } from '../../app/session';
import { formatDateTime, sortBy } from '../../lib/format';
import { useTableLabels } from '../../lib/pagination';
import { CreateUserDialog, EditUserDialog, ResetPasswordDialog } from './UserDialogs';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'reset'; user: UserAdminView } | null;

function StatusBadges({ u }: { u: UserAdminView }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {u.disabled ? (
        <Badge color="gray">{t('users.statusDisabled')}</Badge>
      ) : (
        <Badge color="teal" variant="light">
          {t('users.statusActive')}
        </Badge>
      )}
      {u.lockedUntil && <Badge color="red">{t('users.statusLocked')}</Badge>}
      {u.mustChangePassword && (
        <Badge color="yellow" variant="light">
          {t('users.statusTempPassword')}
        </Badge>
      )}
    </Group>
  );
}

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const { user: me } = useSession();
  const [rows, setRows] = useState<UserAdminView[]>([]);
  const [fetching, setFetching] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const tableLabels = useTableLabels();
  const [sort, setSort] = useState<DataTableSortStatus<UserAdminView>>({
    columnAccessor: 'login',
    direction: 'asc',
  });

  const load = useCallback(async () => {
    setFetching(true);
    try {
      setRows((await call('users.list', {})).rows);
      setError(null);
    } catch (err) {
      setError(err instanceof ApiCallError ? err.message : t('errors.network'));
    } finally {
      setFetching(false);
    }
  }, [t]);
  useEffect(() => {
    void load();
  }, [load]);

  const sorted = useMemo(
    () => sortBy(rows, sort.columnAccessor as keyof UserAdminView, sort.direction),
    [rows, sort],
  );

  async function act(action: () => Promise<UserAdminView>, message: string) {
    try {
      await action();
      notifications.show({ message, color: 'teal' });
      await load();
    } catch (err) {
      notifications.show({
        message: err instanceof ApiCallError ? err.message : t('errors.network'),
        color: 'red',
      });
    }
  }

  const saved = (message: string) => async (u: UserAdminView) => {
    setDialog(null);
    notifications.show({ message: t(message, { login: u.login }), color: 'teal' });
    await load();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('users.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('users.subtitle')}
          </Text>
        </div>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setDialog({ kind: 'create' })}
          data-testid="user-add"
        >
          {t('users.add')}
        </Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      <DataTable<UserAdminView>
        {...tableLabels}
        withTableBorder
        borderRadius="md"
        striped
        highlightOnHover
        minHeight={200}
        records={sorted}
        idAccessor="id"
        fetching={fetching}
        noRecordsText={t('users.empty')}
        sortStatus={sort}
        onSortStatusChange={setSort}
        columns={[
          { accessor: 'login', title: t('users.login'), sortable: true, width: 160 },
          { accessor: 'fullName', title: t('users.fullName'), sortable: true },
          {
            accessor: 'roles',
            title: t('users.roles'),
            render: (u) => (
              <Group gap={4}>
                {u.roles.map((r) => (
                  <Badge key={r} variant="outline" size="sm">
                    {t(`roles.${r}`)}
                  </Badge>
                ))}
              </Group>
            ),
          },
          { accessor: 'disabled', title: t('users.status'), render: (u) => <StatusBadges u={u} /> },
          {
            accessor: 'lastLoginAt',
            title: t('users.lastLogin'),
            sortable: true,
            width: 160,
            render: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt, i18n.language) : t('users.never')),
          },
          {
            accessor: 'actions',
            title: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
            width: 60,
            render: (u) => (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('users.actions')}
                    data-testid={`user-menu-${u.login}`}
                  >
                    <IconDots size={18} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    leftSection={<IconPencil size={16} />}
                    onClick={() => setDialog({ kind: 'edit', user: u })}
                  >
                    {t('users.edit')}
                  </Menu.Item>
                  <Menu.Item
                    leftSection={<IconKey size={16} />}
                    onClick={() => setDialog({ kind: 'reset', user: u })}
                    data-testid="user-reset"
                  >
                    {t('users.reset')}
                  </Menu.Item>
                  {u.lockedUntil && (
                    <Menu.Item
                      leftSection={<IconLockOpen size={16} />}
                      onClick={() =>
                        void act(
                          () => call('users.unlock', { id: u.id }),
                          t('users.unlocked', { login: u.login }),
                        )
                      }
                      data-testid="user-unlock"
                    >
                      {t('users.unlock')}
                    </Menu.Item>
                  )}
                  {u.id !== me?.id &&
                    (u.disabled ? (
                      <Menu.Item
                        leftSection={<IconUserCheck size={16} />}
                        onClick={() =>
                          void act(
                            () => call('users.setDisabled', { id: u.id, disabled: false }),
                            t('users.enabled', { login: u.login }),
                          )
                        }
                      >
                        {t('users.enable')}
                      </Menu.Item>
                    ) : (
                      <Menu.Item
                        color="red"
                        leftSection={<IconUserOff size={16} />}
                        onClick={() =>
                          void act(
                            () => call('users.setDisabled', { id: u.id, disabled: true }),
                            t('users.disabled', { login: u.login }),
                          )
                        }
                        data-testid="user-disable"
                      >
                        {t('users.disable')}
                      </Menu.Item>
                    ))}
                </Menu.Dropdown>
              </Menu>
            ),
          },
        ]}
      />
      {dialog?.kind === 'create' && (
        <CreateUserDialog onClose={() => setDialog(null)} onSaved={saved('users.created')} />
      )}
      {dialog?.kind === 'edit' && (
        <EditUserDialog user={dialog.user} onClose={() => setDialog(null)} onSaved={saved('users.saved')} />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onSaved={saved('users.resetDone')}
        />
      )}
    </Stack>
  );
}
