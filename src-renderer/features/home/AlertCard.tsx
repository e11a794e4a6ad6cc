import { Card, Group, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../lib/format';

/** One home-screen alert: a count in the alert's colour, what it is, and the list it opens. */
export function AlertCard(props: {
  icon: ReactNode;
  color: string;
  count: number;
  title: string;
  hint: string;
  to: string;
  testId: string;
}) {
  const { i18n } = useTranslation();
  return (
    <Card component={Link} to={props.to} withBorder radius="md" padding="lg" data-testid={props.testId}>
      <Group wrap="nowrap" align="flex-start">
        <ThemeIcon size={44} radius="md" color={props.color} variant="light">
          {props.icon}
        </ThemeIcon>
        <div>
          <Text
            fz={28}
            fw={700}
            lh={1.1}
            c={props.count > 0 ? props.color : 'dimmed'}
            data-testid="alert-count"
          >
            {formatNumber(props.count, i18n.language)}
          </Text>
          <Text fw={600}>{props.title}</Text>
          <Text size="sm" c="dimmed">
            {props.hint}
          </Text>
        </div>
      </Group>
    </Card>
  );
}
