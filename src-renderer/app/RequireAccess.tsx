import { Alert, Button, Stack, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProcedureName } from '../../src-main/core/api/contract';
import { useCan } from './permissions';

/**
 * An area the signed-in user's roles do not reach says so, instead of a page full of refusals
 * or a silent jump home (the address bar may keep the last user's page on a shared workstation,
 * and a caseworker following a colleague's link should know why nothing opens).
 */
export function RequireAccess({ needs, children }: { needs: ProcedureName; children: ReactNode }) {
  const can = useCan();
  const { t } = useTranslation();
  if (can(needs)) return children;
  return (
    <Stack maw={640} data-testid="no-access">
      <Title order={1} size="h2">
        {t('access.title')}
      </Title>
      <Alert color="yellow" icon={<IconLock size={18} />}>
        {t('access.text')}
      </Alert>
      <div>
        <Button component={Link} to="/" variant="light">
          {t('access.home')}
        </Button>
      </div>
    </Stack>
  );
}
