import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Loader,
  Menu,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPrinter } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Output } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useCan } from '../../app/permissions';
import { downloadBase64 } from '../../lib/download';
import { formatDate, fullName } from '../../lib/format';
import { CARD_TABS } from '../card-tabs';

type Card = Output<'applicants.card'>;

export function PersonCard() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const canEdit = can('applicants.update');
  const [card, setCard] = useState<Card | null>(null);
  const [error, setError] = useState<unknown>(null);
  // "?tab=cases" opens the card at a tab (the register of applications links there).
  const [params] = useSearchParams();
  const [tab, setTab] = useState<string | null>(() => {
    const asked = params.get('tab');
    return asked && CARD_TABS.some((c) => c.value === asked) ? asked : 'profile';
  });
  const [version, setVersion] = useState(0);
  const [printing, setPrinting] = useState(false);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    setError(null);
    // Opening the card is recorded in the audit log (the router does it for applicants.card),
    // so it is loaded once per person and after an edit, not when the language changes.
    if (version < 0) return;
    call('applicants.card', { id }).then(setCard, setError);
  }, [id, version]);

  if (error)
    return <Alert color="red">{error instanceof ApiCallError ? error.message : t('errors.network')}</Alert>;
  if (!card || card.person.id !== id) return <Loader />;
  const person = card.person;
  const current = card.disability.find((d) => d.replacedAt === null);
  async function print(locale: 'kk' | 'ru') {
    setPrinting(true);
    try {
      const file = await call('applicants.summaryPdf', { id, locale });
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
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/applicants">
          {t('nav.applicants')}
        </Anchor>
        <Text>{fullName(person)}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2" data-testid="card-name">
            {fullName(person)}
          </Title>
          <Group gap="xs">
            <Text c="dimmed" size="sm">
              {t('applicants.colIin')} {person.iin ?? '—'} · {formatDate(person.birthDate, i18n.language)}
            </Text>
            {current && (
              <Badge variant="light" color="grape">
                {t(`enums.category.${current.category}`)}
                {current.groupNo ? `, ${t(`enums.group.${current.groupNo}`)}` : ''}
              </Badge>
            )}
            {person.deathDate && (
              <Badge color="dark">
                {t('card.deceased', { date: formatDate(person.deathDate, i18n.language) })}
              </Badge>
            )}
            {!person.consentDate && (
              <Badge color="orange" variant="light">
                {t('card.noConsent')}
              </Badge>
            )}
          </Group>
        </div>
        <Group gap="xs">
          <Menu withinPortal position="bottom-end">
            <Menu.Target>
              <Button
                variant="default"
                leftSection={<IconPrinter size={16} />}
                loading={printing}
                data-testid="card-print"
              >
                {t('card.print')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {(['kk', 'ru'] as const).map((l) => (
                <Menu.Item key={l} onClick={() => void print(l)} data-testid={`card-print-${l}`}>
                  {t(`card.printIn.${l}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          {canEdit && (
            <Button
              component={Link}
              to={`/applicants/${person.id}/edit`}
              variant="light"
              leftSection={<IconPencil size={16} />}
              data-testid="card-edit"
            >
              {t('applicant.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          {CARD_TABS.map((tab) => (
            <Tabs.Tab
              key={tab.value}
              value={tab.value}
              leftSection={tab.icon}
              data-testid={`card-${tab.value}-tab`}
            >
              {t(tab.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {CARD_TABS.map(({ value, Panel }) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <Panel card={card} canEdit={canEdit} reload={reload} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
