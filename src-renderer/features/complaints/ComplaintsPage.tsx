import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../../app/permissions';
import { useRemembered } from '../../lib/remembered';
import { ComplaintAlerts } from './ComplaintAlerts';
import { ComplaintsTable } from './ComplaintsTable';
import { IntakeModal } from './IntakeModal';

// The commission secretary's queue: open complaints first by the nearest deadline (the review's,
// then the supplier's fix deadline), with the working days left; overdue, closed or all of them;
// search by number, complainant or IIN. A member sees only their meetings' complaints.

const VIEWS = ['open', 'overdue', 'closed', 'all'] as const;

export function ComplaintsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [view, setView] = useRemembered<(typeof VIEWS)[number]>('complaints.view', 'open');
  const [query, setQuery] = useRemembered('complaints.query', '');
  const [registering, setRegistering] = useState(false);
  // The home alert opens the overdue ones (?view=overdue).
  const [params, setParams] = useSearchParams();
  useEffect(() => {
    const asked = params.get('view');
    if (asked && (VIEWS as readonly string[]).includes(asked)) {
      setView(asked as (typeof VIEWS)[number]);
      setParams({}, { replace: true });
    }
  }, [params, setParams, setView]);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('complaints.title')}
          </Title>
          <Text c="dimmed" size="sm" maw={760}>
            {t('complaints.subtitle')}
          </Text>
        </div>
        {can('complaints.register') && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setRegistering(true)}
            data-testid="complaint-add"
          >
            {t('complaints.add')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <ComplaintAlerts />
      </SimpleGrid>
      <Paper withBorder p="sm" radius="md">
        <Group align="flex-end" wrap="wrap">
          <SegmentedControl
            value={view}
            onChange={(v) => setView(v as (typeof VIEWS)[number])}
            data={VIEWS.map((v) => ({ value: v, label: t(`complaints.views.${v}`) }))}
            data-testid="complaints-view"
          />
          <TextInput
            aria-label={t('complaints.search')}
            placeholder={t('complaints.search')}
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 240 }}
            data-testid="complaints-search"
          />
        </Group>
      </Paper>
      <ComplaintsTable
        memory="complaints.queue"
        view={view}
        query={query}
        empty={query.trim() || view !== 'open' ? t('complaints.noMatches') : t('complaints.empty')}
      />
      {registering && (
        <IntakeModal
          onClose={(created) => {
            setRegistering(false);
            if (created) navigate(`/complaints/${created.id}`);
          }}
        />
      )}
    </Stack>
  );
}
