import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Output, ProcedureName } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useCan } from '../../app/permissions';
import { DateField } from '../../lib/DateField';
import { FactRows } from '../../lib/FactRows';
import { formatDate } from '../../lib/format';
import { ProcedureModal } from '../../lib/ProcedureModal';
import { useSsuForms } from '../../lib/ssuForms';
import { RecordHistory } from '../audit/RecordHistory';
import { BillTab } from './BillTab';
import { ProviderModal } from './ProviderModal';
import { ProviderState } from './ProvidersPage';
import { ProviderComplaintsTab, ProviderTariffsTab, RecipientsTab, SpecialistsTab } from './ProviderTabs';

// A provider's card: the profile with contacts and bank details, the licence with its forms,
// SSU types and places, the provider's entries on the list of unreliable suppliers (and entering
// a new removal), and the history of every change.

type Card = Output<'providers.card'>;
const TABS = [
  'profile',
  'licence',
  'tariffs',
  'recipients',
  'specialists',
  'complaints',
  'bills',
  'unreliable',
  'history',
] as const;
type Tab = (typeof TABS)[number];
/** A tab shows to those who may read what it holds. */
const TAB_NEEDS: Partial<Record<Tab, ProcedureName>> = {
  recipients: 'providers.recipients',
  specialists: 'providers.specialists',
  complaints: 'complaints.queue',
  bills: 'providers.bill',
  history: 'providers.history',
};

export function ProviderCard() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const ssuForms = useSsuForms();
  const [card, setCard] = useState<Card | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<'edit' | 'unreliable' | null>(null);
  const [params, setParams] = useSearchParams();
  const tabs = TABS.filter((k) => !TAB_NEEDS[k] || can(TAB_NEEDS[k]));
  const tab: Tab = tabs.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'profile';
  const load = useCallback(() => {
    call('providers.card', { id }).then(setCard, (e) =>
      setError(e instanceof ApiCallError ? e.message : t('errors.network')),
    );
  }, [id, t]);
  useEffect(load, [load]);
  if (error) return <Alert color="red">{error}</Alert>;
  if (!card) return <Loader size="sm" />;
  const p = card.provider;
  const d = (iso: string | null) => formatDate(iso, i18n.language);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2" data-testid="prov-card-name">
            {i18n.language === 'kk' ? p.nameKk : p.nameRu}
          </Title>
          <Text c="dimmed" size="sm">
            {p.bin} · {t(`enums.providerKind.${p.kind}`)}
          </Text>
        </div>
        <Group gap="sm">
          {can('providers.save') && (
            <Button size="xs" variant="light" onClick={() => setOpen('edit')} data-testid="prov-edit">
              {t('providers.edit')}
            </Button>
          )}
          <Anchor component={Link} to="/providers" size="sm">
            <Group gap={4}>
              <IconArrowLeft size={14} />
              <Text span size="sm">
                {t('providers.back')}
              </Text>
            </Group>
          </Anchor>
        </Group>
      </Group>
      <Paper withBorder p="md" radius="md">
        <Group gap="xl">
          <ProviderState p={p} />
          <Text size="sm" data-testid="prov-open-cases">
            {t('providers.openCases', { n: card.openCases })}
          </Text>
        </Group>
        {p.unreliableUntil && card.openCases > 0 && (
          <Alert color="red" mt="sm">
            {t('providers.casesToReview', { n: card.openCases })}
          </Alert>
        )}
      </Paper>
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'profile' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {tabs.map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`prov-tab-${k}`}>
              {t(`providers.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="profile">
          <FactRows
            rows={[
              [t('providers.nameKk'), p.nameKk],
              [t('providers.nameRu'), p.nameRu],
              [t('providers.katoCode'), p.katoCode],
              [t('providers.address'), p.address],
              [t('providers.phone'), p.phone],
              [t('providers.email'), p.email],
              [t('providers.contactPerson'), p.contactPerson],
              [t('providers.bankName'), p.bankName],
              [t('providers.iban'), p.iban],
              [
                t('providers.period'),
                p.activeFrom || p.activeTo ? `${d(p.activeFrom) || '…'} — ${d(p.activeTo) || '…'}` : null,
              ],
            ]}
          />
        </Tabs.Panel>
        <Tabs.Panel value="licence">
          <FactRows
            rows={[
              [t('providers.licenceNo'), p.licenceNo],
              [t('providers.licenceOn'), d(p.licenceOn)],
              [t('providers.licenceUntil'), d(p.licenceUntil)],
              [
                t('providers.licenceForms'),
                p.licenceForms
                  .map(
                    (f) =>
                      `${ssuForms.label(f)}${p.capacity[f] ? ` (${t('providers.places', { n: p.capacity[f] })})` : ''}`,
                  )
                  .join(', '),
              ],
              [
                t('providers.licenceSsuTypes'),
                p.licenceSsuTypes.map((s) => t(`enums.ssuType.${s}`)).join(', '),
              ],
            ]}
          />
        </Tabs.Panel>
        <Tabs.Panel value="tariffs">
          <ProviderTariffsTab forms={p.licenceForms} />
        </Tabs.Panel>
        <Tabs.Panel value="recipients">
          <RecipientsTab providerId={p.id} />
        </Tabs.Panel>
        <Tabs.Panel value="specialists">
          <SpecialistsTab providerId={p.id} />
        </Tabs.Panel>
        <Tabs.Panel value="complaints">
          <ProviderComplaintsTab providerId={p.id} />
        </Tabs.Panel>
        <Tabs.Panel value="bills">
          <BillTab providerId={p.id} />
        </Tabs.Panel>
        <Tabs.Panel value="unreliable">
          <Paper withBorder p="md" radius="md" data-testid="prov-unreliable-list">
            <Group justify="space-between" mb="sm">
              <Text size="sm" c="dimmed" maw={620}>
                {t('providers.unreliableHint')}
              </Text>
              {can('providers.markUnreliable') && !p.unreliableUntil && (
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  onClick={() => setOpen('unreliable')}
                  data-testid="prov-mark-unreliable"
                >
                  {t('providers.markUnreliable')}
                </Button>
              )}
            </Group>
            {card.unreliable.length === 0 ? (
              <Text size="sm">{t('providers.neverUnreliable')}</Text>
            ) : (
              <Table withTableBorder striped>
                <Table.Tbody>
                  {card.unreliable.map((u) => (
                    <Table.Tr key={u.id}>
                      <Table.Td>
                        {t('providers.decisionLine', { no: u.decisionNo, date: d(u.decisionOn) })}
                        <Text size="xs" c="dimmed">
                          {u.reason}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {t('providers.removedLine', { removed: d(u.removedOn), back: d(u.returnOn) })}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <RecordHistory procedure="providers.history" id={p.id} />
        </Tabs.Panel>
      </Tabs>
      {open === 'edit' && (
        <ProviderModal
          item={p}
          onClose={(saved) => {
            setOpen(null);
            if (saved) load();
          }}
        />
      )}
      {open === 'unreliable' && (
        <ProcedureModal
          title={t('providers.markUnreliable')}
          procedure="providers.markUnreliable"
          fixed={{ providerId: p.id }}
          initial={{ reason: '', decisionNo: '', decisionOn: '', removedOn: '' }}
          saved="providers.markedUnreliable"
          onClose={(r) => {
            setOpen(null);
            if (r) load();
          }}
        >
          {(form, input) => (
            <Stack>
              <Text size="sm" c="dimmed">
                {t('providers.markHint')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={t('providers.decisionNo')}
                  withAsterisk
                  {...input('decisionNo')}
                  data-testid="unr-no"
                />
                <DateField
                  label={t('providers.decisionOn')}
                  withAsterisk
                  {...form.getInputProps('decisionOn')}
                  data-testid="unr-on"
                />
                <DateField
                  label={t('providers.removedOn')}
                  withAsterisk
                  {...form.getInputProps('removedOn')}
                  data-testid="unr-removed"
                />
              </SimpleGrid>
              <Textarea
                label={t('providers.reason')}
                withAsterisk
                autosize
                minRows={2}
                {...input('reason')}
                data-testid="unr-reason"
              />
            </Stack>
          )}
        </ProcedureModal>
      )}
    </Stack>
  );
}
