import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Output } from '../../../src-main/core/api/contract';
import { formatDate, fullName } from '../../lib/format';

type Candidate = Output<'applicants.checkDuplicates'>['similar'][number];

interface Entered {
  iin: string | null;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  birthDate: string;
  katoCode: string;
  address: string;
}

function PersonBox({ p, title, testId }: { p: Entered | Candidate; title: string; testId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {title}
      </Text>
      <Text fw={600}>{fullName(p)}</Text>
      <Text size="sm">
        {t('applicant.iin')}: {p.iin ?? '—'}
      </Text>
      <Text size="sm">
        {t('applicant.birthDate')}: {formatDate(p.birthDate, i18n.language)}
      </Text>
      <Text size="sm">{p.address}</Text>
      {'id' in p && (
        <Button component={Link} to={`/applicants/${p.id}`} variant="light" size="xs" mt="xs">
          {t('applicant.openExisting')}
        </Button>
      )}
    </Paper>
  );
}

/**
 * Registering someone who looks like a person already in the registry: the two side by side,
 * and "register anyway" only with a reason (kept in the audit log).
 */
export function DuplicateDialog({
  entered,
  candidates,
  busy,
  onCancel,
  onConfirm,
}: {
  entered: Entered;
  candidates: Candidate[];
  busy: boolean;
  onCancel(): void;
  onConfirm(reason: string): void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal opened onClose={onCancel} title={<Title order={4}>{t('duplicates.title')}</Title>} size="xl">
      <Stack data-testid="duplicate-dialog">
        <Alert color="yellow">{t('duplicates.explain', { count: candidates.length })}</Alert>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PersonBox p={entered} title={t('duplicates.entered')} testId="duplicate-entered" />
          <Stack gap="xs">
            {candidates.map((c) => (
              <PersonBox key={c.id} p={c} title={t('duplicates.existing')} testId="duplicate-candidate" />
            ))}
          </Stack>
        </SimpleGrid>
        <Textarea
          label={t('duplicates.reason')}
          description={t('duplicates.reasonHint')}
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          error={error}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-testid="duplicate-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button
            color="orange"
            loading={busy}
            data-testid="duplicate-confirm"
            onClick={() => {
              if (!reason.trim()) setError(t('duplicates.reasonRequired'));
              else onConfirm(reason.trim());
            }}
          >
            {t('duplicates.registerAnyway')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
