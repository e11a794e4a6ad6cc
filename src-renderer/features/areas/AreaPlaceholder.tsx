import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type Area = 'services' | 'specialists' | 'caregivers' | 'providers' | 'reports' | 'exchange';

/** An area that is not built yet says what it will hold, instead of showing a blank page. */
export function AreaPlaceholder({ area }: { area: Area }) {
  const { t } = useTranslation();
  const items = t(`areas.${area}.items`, { returnObjects: true }) as unknown as string[];
  return (
    <Stack maw={760}>
      <Title order={1} size="h2">
        {t(`areas.${area}.title`)}
      </Title>
      <Alert variant="light" color="blue" icon={<IconInfoCircle />} data-testid="area-placeholder">
        <Text size="sm" mb="xs">
          {t('areas.soon')}
        </Text>
        <List size="sm" spacing={4}>
          {items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </Alert>
    </Stack>
  );
}
