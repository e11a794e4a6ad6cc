import { Alert, Button, Center, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconRestore } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntryView } from '../../../src-main/core/api/contract';
import { errorMessage } from '../../../src-main/core/api/messages';
import { ApiCallError, call } from '../../api/client';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useSession } from '../../app/session';
import { formatBytes, formatDateTime } from '../../lib/format';

/** Shown instead of the login when the database file cannot be opened. Nothing is deleted here. */
export function RecoveryPage() {
  const { t, i18n } = useTranslation();
  const { refreshStatus } = useSession();
  const [backups, setBackups] = useState<BackupEntryView[] | null>(null);
  const [problem, setProblem] = useState<{ code: 'DB_CORRUPT' | 'DB_UNTRUSTED'; detail: string } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ restoredFrom: string; damagedFile: string } | null>(null);

  useEffect(() => {
    call('recovery.status', {})
      .then((s) => {
        setBackups(s.backups);
        if (s.problem) setProblem({ code: s.problem, detail: s.detail });
      })
      .catch((err) => setError(err instanceof ApiCallError ? err.message : t('errors.network')));
  }, [t]);

  async function restore() {
    setBusy(true);
    setError(null);
    try {
      setDone(await call('recovery.restore', {}));
    } catch (err) {
      setError(err instanceof ApiCallError ? err.message : t('errors.network'));
    } finally {
      setBusy(false);
    }
  }

  const newest = backups?.[0];
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={620} data-testid="recovery">
        <Stack>
          <Group justify="space-between">
            <Title order={1} size="h2" c="teal.9">
              {t('app.name')}
            </Title>
            <LanguageSwitch />
          </Group>
          <Alert color="red" icon={<IconAlertTriangle />} title={t('recovery.title')}>
            {errorMessage(problem?.code ?? 'DB_CORRUPT', i18n.language, { objects: problem?.detail ?? '' })}{' '}
            {t('recovery.explain')}
          </Alert>
          {done ? (
            <>
              <Alert color="teal" data-testid="recovery-done">
                {t('recovery.done', { file: done.restoredFrom })}
              </Alert>
              <Text size="sm" c="dimmed">
                {t('recovery.keptAside', { file: done.damagedFile })}
              </Text>
              <Button onClick={() => void refreshStatus()} data-testid="recovery-continue">
                {t('recovery.continue')}
              </Button>
            </>
          ) : backups === null && !error ? (
            <Loader />
          ) : newest ? (
            <>
              <Text size="sm">{t('recovery.offer')}</Text>
              <List size="sm" spacing={4}>
                {backups?.slice(0, 5).map((b) => (
                  <List.Item key={b.file}>
                    {formatDateTime(b.at, i18n.language)} —{' '}
                    {t(`backupReasons.${b.reason}`, { defaultValue: b.reason })},{' '}
                    {formatBytes(b.size, i18n.language)}
                  </List.Item>
                ))}
              </List>
              <Text size="sm" c="dimmed">
                {t('recovery.nothingDeleted')}
              </Text>
              <Button
                leftSection={<IconRestore size={16} />}
                loading={busy}
                onClick={() => void restore()}
                data-testid="recovery-restore"
              >
                {t('recovery.restoreNewest', { at: formatDateTime(newest.at, i18n.language) })}
              </Button>
            </>
          ) : (
            <Alert color="yellow">{t('recovery.noBackups')}</Alert>
          )}
          {error && <Alert color="red">{error}</Alert>}
        </Stack>
      </Paper>
    </Center>
  );
}
