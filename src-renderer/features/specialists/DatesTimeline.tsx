import { Paper, Text, Timeline, Title } from '@mantine/core';
import { IconAward, IconCertificate, IconCertificateOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../src-main/core/api/contract';
import { formatDate } from '../../lib/format';

type Card = Output<'specialists.card'>;

/** Certificates and categories on one line of time: issued, assigned, ending; today marked. */
export function DatesTimeline({ card, categoryName }: { card: Card; categoryName(code: string): string }) {
  const { t, i18n } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  const events = [
    ...card.certificates
      .filter((c) => !c.removedAt)
      .flatMap((c) => [
        { on: c.issuedOn, text: t('specialists.tlCertIssued', { number: c.number }), kind: 'cert' as const },
        {
          on: c.validUntil,
          text: t('specialists.tlCertEnds', { number: c.number }),
          kind: 'certEnd' as const,
        },
      ]),
    ...card.categories
      .filter((c) => !c.removedAt)
      .flatMap((c) => [
        {
          on: c.assignedOn,
          text: t('specialists.tlCategory', { name: categoryName(c.categoryCode) }),
          kind: 'cat' as const,
        },
        {
          on: c.validUntil,
          text: t('specialists.tlCategoryEnds', { name: categoryName(c.categoryCode) }),
          kind: 'catEnd' as const,
        },
      ]),
  ].sort((a, b) => b.on.localeCompare(a.on));
  if (events.length === 0) return null;
  const passed = events.filter((e) => e.on <= today).length;
  return (
    <Paper withBorder p="md" radius="md" data-testid="spec-timeline">
      <Title order={2} size="h4" mb="sm">
        {t('specialists.timeline')}
      </Title>
      {/* Newest first: the bullets up to today are filled, the ones ahead are hollow. */}
      <Timeline active={passed - 1} reverseActive bulletSize={22} lineWidth={2}>
        {events.map((e) => (
          <Timeline.Item
            key={`${e.kind}${e.on}${e.text}`}
            bullet={
              e.kind === 'cert' ? (
                <IconCertificate size={13} />
              ) : e.kind === 'cat' ? (
                <IconAward size={13} />
              ) : (
                <IconCertificateOff size={13} />
              )
            }
            color={e.on > today ? (e.kind.endsWith('End') ? 'orange' : 'teal') : 'gray'}
            title={e.text}
          >
            <Text size="xs" c="dimmed">
              {formatDate(e.on, i18n.language)}
              {e.on > today ? ` · ${t('specialists.ahead')}` : ''}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
