import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../../app/permissions';
import { CaseTimeline } from './CaseTimeline';

/** One case on its own page (from the register or the approval queue): its timeline. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('casework.pageTitle')}
        </Title>
        <Anchor component={Link} to="/cases" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            <Text span size="sm">
              {t('casework.backToRegister')}
            </Text>
          </Group>
        </Anchor>
      </Group>
      <CaseTimeline caseId={id} canEdit={can('casework.saveAct')} headingOrder={2} />
    </Stack>
  );
}
