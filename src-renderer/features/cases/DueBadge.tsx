import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';

/**
 * When the decision is due and how many working days are left (or overdue), with colour that
 * says how urgent: red overdue, orange within 3 working days, grey otherwise.
 */
export function DueBadge({ dueOn, left }: { dueOn: string | null; left: number | null }) {
  const { t, i18n } = useTranslation();
  if (!dueOn || left === null) return <Text size="sm">—</Text>;
  const color = left < 0 ? 'red' : left <= 3 ? 'orange' : 'gray';
  return (
    <Stack gap={2}>
      <Text size="sm">{formatDate(dueOn, i18n.language)}</Text>
      {/* Text, not a badge: it wraps in a narrow column (a Kazakh "13 жұмыс күніне кешікті" in
          one unbreakable badge pushed the card's table wider than a 1280 px screen). */}
      <Text size="xs" fw={600} c={`${color}.9`} data-testid="case-due">
        {left < 0
          ? t('deadlines.overdue', { count: -left })
          : left === 0
            ? t('deadlines.today')
            : t('deadlines.left', { count: left })}
      </Text>
    </Stack>
  );
}
