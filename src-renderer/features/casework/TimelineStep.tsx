import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';
import { downloadBase64 } from '../../lib/download';
import { formatDate } from '../../lib/format';

// One step of a case's timeline: what, when, who, its details, and its document in Kazakh and
// Russian when it has one.

type DocKind = 'act' | 'decision' | 'referral' | 'plan';

export function Step({
  icon,
  title,
  when,
  who,
  children,
  doc,
  testId,
}: {
  icon: ReactNode;
  title: ReactNode;
  when: string;
  who?: string;
  children?: ReactNode;
  doc?: { kind: DocKind; id: string; label: string };
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const [printing, setPrinting] = useState(false);
  async function print(locale: 'kk' | 'ru') {
    if (!doc) return;
    setPrinting(true);
    try {
      const file = await call('casework.documentPdf', { kind: doc.kind, id: doc.id, locale });
      downloadBase64(file.base64, file.fileName, 'application/pdf');
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiCallError ? err.message : t('errors.network'),
      });
    } finally {
      setPrinting(false);
    }
  }
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group gap="sm" align="flex-start" wrap="nowrap" style={{ minWidth: 0 }}>
          <Text c="teal.8" mt={2} aria-hidden>
            {icon}
          </Text>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600}>{title}</Text>
            <Text size="xs" c="dimmed">
              {formatDate(when, i18n.language)}
              {who ? ` · ${who}` : ''}
            </Text>
            {children}
          </Stack>
        </Group>
        {doc && (
          <Group gap={4} wrap="nowrap">
            {(['kk', 'ru'] as const).map((l) => (
              <Button
                key={l}
                size="compact-xs"
                variant="light"
                loading={printing}
                onClick={() => print(l)}
                aria-label={t('casework.printIn', { label: t(`casework.pdf.${l}`), doc: doc.label })}
                data-testid={`pdf-${doc.kind}-${l}`}
              >
                {t(`casework.pdf.${l}`)}
              </Button>
            ))}
          </Group>
        )}
      </Group>
    </Paper>
  );
}
