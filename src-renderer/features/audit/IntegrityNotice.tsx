import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { formatDateTime } from '../../lib/format';

type Report = Output<'audit.integrity'>;

/**
 * The audit trail's check (schema guards, hash chain, MACs, anchors outside the file). On the
 * home screen it speaks only when something is wrong; on the audit screen it always says when
 * the trail was last checked and offers to check again.
 */
export function IntegrityNotice({ quietWhenOk = false }: { quietWhenOk?: boolean }) {
  const { t, i18n } = useTranslation();
  const [report, setReport] = useState<Report | null>(null);
  const [checking, setChecking] = useState(false);
  const load = useCallback((recheck: boolean) => {
    setChecking(true);
    call('audit.integrity', { recheck })
      .then(setReport, () => setReport(null))
      .finally(() => setChecking(false));
  }, []);
  useEffect(() => load(false), [load]);
  if (!report) return null;
  if (report.ok) {
    if (quietWhenOk) return null;
    return (
      <Group gap="xs" data-testid="audit-integrity-ok">
        <IconShieldCheck size={18} color="var(--mantine-color-teal-7)" />
        <Text size="sm" c="dimmed">
          {t('audit.integrityOk', { at: formatDateTime(report.checkedAt, i18n.language) })}
        </Text>
        <Button variant="subtle" size="compact-sm" loading={checking} onClick={() => load(true)}>
          {t('audit.integrityRecheck')}
        </Button>
      </Group>
    );
  }
  return (
    <Alert
      color="red"
      icon={<IconShieldX />}
      title={t('audit.integrityBroken')}
      data-testid="audit-integrity-broken"
    >
      <Text size="sm">{t('audit.integrityExplain')}</Text>
      <List size="sm" mt="xs">
        {report.problems.map((p) => (
          <List.Item key={p.text}>
            {t(`audit.integrityProblem.${p.kind}`, {
              seq: p.seq,
              detail: p.kind === 'anchor' && p.detail ? formatDateTime(p.detail, i18n.language) : p.detail,
            })}
          </List.Item>
        ))}
      </List>
      <Group mt="sm" gap="xs">
        <Text size="xs" c="dimmed">
          {t('audit.integrityCheckedAt', { at: formatDateTime(report.checkedAt, i18n.language) })}
        </Text>
        <Button variant="light" color="red" size="compact-sm" loading={checking} onClick={() => load(true)}>
          {t('audit.integrityRecheck')}
        </Button>
      </Group>
    </Alert>
  );
}
