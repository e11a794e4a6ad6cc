import { Anchor, Badge, Button, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Output } from '../../../src-main/core/api/contract';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { useCan } from '../../app/permissions';
import { formatDate } from '../../lib/format';
import { useTableLabels } from '../../lib/pagination';
import { useSsuForms } from '../../lib/ssuForms';
import { useClientSort } from '../../lib/useClientSort';
import { money } from '../caregivers/money';
import { ComplaintsTable } from '../complaints/ComplaintsTable';
import { IntakeModal } from '../complaints/IntakeModal';

// The provider card's tabs that show other registers' rows about the provider: the recipients in
// service (with the places each form uses), its specialists, the tariffs for its licensed forms,
// and the complaints about it.

type Recipient = Output<'providers.recipients'>['rows'][number];

export function RecipientsTab({ providerId }: { providerId: string }) {
  const { t, i18n } = useTranslation();
  const ssuForms = useSsuForms();
  const labels = useTableLabels();
  const navigate = useNavigate();
  const { data, fetching } = useLatestAnswer('providers.recipients', { id: providerId });
  const sort = useClientSort<Recipient>(
    data?.rows ?? [],
    { columnAccessor: 'person', direction: 'asc' },
    (r, c) => String(r[c as keyof Recipient] ?? ''),
    i18n.language,
  );
  return (
    <Stack data-testid="prov-recipients">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {(data?.byForm ?? []).map((f) => (
          <div key={f.form}>
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={500}>
                {ssuForms.label(f.form)}
              </Text>
              <Text size="sm" c={f.places !== null && f.inService > f.places ? 'red.8' : 'dimmed'}>
                {f.places === null
                  ? t('providers.inServiceNoPlaces', { n: f.inService })
                  : t('providers.inServiceOfPlaces', { n: f.inService, places: f.places })}
              </Text>
            </Group>
            {f.places ? (
              <Progress
                value={Math.min(100, (f.inService / f.places) * 100)}
                color={f.inService > f.places ? 'red' : 'teal'}
                mt={4}
                aria-label={ssuForms.label(f.form)}
              />
            ) : null}
          </div>
        ))}
      </SimpleGrid>
      <DataTable<Recipient>
        {...labels}
        withTableBorder
        striped
        minHeight={160}
        fetching={fetching}
        records={sort.sorted}
        idAccessor="caseId"
        {...sort.table}
        noRecordsText={t('providers.noRecipients')}
        onRowClick={({ record }) => navigate(`/cases/${record.caseId}`)}
        rowStyle={() => ({ cursor: 'pointer' })}
        columns={[
          { accessor: 'person', title: t('bills.recipient'), sortable: true },
          { accessor: 'caseNumber', title: t('providers.caseNumber'), sortable: true },
          {
            accessor: 'form',
            title: t('providers.form'),
            render: (r) => (r.form ? ssuForms.label(r.form) : '—'),
          },
          {
            accessor: 'status',
            title: t('providers.caseStatus'),
            render: (r) => t(`enums.caseStatus.${r.status}`),
          },
          {
            accessor: 'since',
            title: t('providers.inServiceSince'),
            sortable: true,
            render: (r) => formatDate(r.since, i18n.language) || '—',
          },
        ]}
      />
    </Stack>
  );
}

export function SpecialistsTab({ providerId }: { providerId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useLatestAnswer('providers.specialists', { id: providerId });
  const today = new Date().toISOString().slice(0, 10);
  if (data && data.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="prov-specialists">
        {t('providers.noSpecialists')}
      </Text>
    );
  return (
    <Table withTableBorder striped data-testid="prov-specialists">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('providers.specialist')}</Table.Th>
          <Table.Th>{t('providers.position')}</Table.Th>
          <Table.Th>{t('providers.certificate')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(data ?? []).map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>
              <Anchor component={Link} to={`/specialists/${s.id}`} size="sm">
                {s.name}
              </Anchor>
              {!s.active && (
                <Badge ml="xs" size="xs" variant="light" color="gray">
                  {t('providers.stopped')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{t(`enums.specialistPosition.${s.position}`)}</Table.Td>
            <Table.Td>
              {s.certValidUntil ? (
                <Text size="sm" c={s.certValidUntil < today ? 'red.8' : undefined}>
                  {t('providers.certUntil', { date: formatDate(s.certValidUntil, i18n.language) })}
                </Text>
              ) : (
                <Text size="sm" c="red.8">
                  {t('providers.noCertificate')}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The tariffs in force for the forms this provider is licensed for. */
export function ProviderTariffsTab({ forms }: { forms: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const ssuForms = useSsuForms();
  const { data } = useLatestAnswer('providers.tariffs', {});
  const rows = (data ?? []).filter((x) => forms.includes(x.form) && !x.supersededOn);
  return (
    <Stack data-testid="prov-tariffs-tab">
      <Text size="sm" c="dimmed">
        {t('providers.tariffsHint')}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm">
          {t('providers.noTariffs')}{' '}
          <Anchor component={Link} to="/providers/tariffs" size="sm">
            {t('tariffs.title')}
          </Anchor>
        </Text>
      ) : (
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tariffs.year')}</Table.Th>
              <Table.Th>{t('tariffs.form')}</Table.Th>
              <Table.Th>{t('bills.category')}</Table.Th>
              <Table.Th ta="right">{t('bills.tariff')}</Table.Th>
              <Table.Th>{t('providers.decree')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.year}</Table.Td>
                <Table.Td>{ssuForms.label(r.form)}</Table.Td>
                <Table.Td>{t(`enums.tariffCategory.${r.category}`)}</Table.Td>
                <Table.Td ta="right">{money(r.amount, i18n.language)}</Table.Td>
                <Table.Td>
                  {t('providers.decreeLine', {
                    no: r.decreeNo,
                    date: formatDate(r.decreeOn, i18n.language),
                    from: formatDate(r.effectiveFrom, i18n.language),
                  })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function ProviderComplaintsTab({ providerId }: { providerId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  return (
    <Stack data-testid="prov-complaints">
      {can('complaints.register') && (
        <Group justify="flex-end">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding(true)}
          >
            {t('complaints.add')}
          </Button>
        </Group>
      )}
      <ComplaintsTable
        memory={`provider.${providerId}.complaints`}
        view="all"
        providerId={providerId}
        withProvider={false}
        empty={t('providers.noComplaints')}
      />
      {adding && (
        <IntakeModal
          providerId={providerId}
          onClose={(created) => {
            setAdding(false);
            if (created) navigate(`/complaints/${created.id}`);
          }}
        />
      )}
    </Stack>
  );
}
