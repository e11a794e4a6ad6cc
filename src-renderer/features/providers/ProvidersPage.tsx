import { Badge, Button, Group, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type Output, PROVIDER_KINDS } from '../../../src-main/core/api/contract';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { useCan } from '../../app/permissions';
import { useEnumOptions } from '../../lib/enums';
import { formatDate, formatNumber } from '../../lib/format';
import { usePagedTable } from '../../lib/pagination';
import { useRemembered } from '../../lib/remembered';
import { useSsuForms } from '../../lib/ssuForms';
import { ProviderModal } from './ProviderModal';

// The register of providers: search as you type over names and BIN, filters by kind, licensed
// form, licence ending and the unreliable list, sorted and paged on the server. A row opens the
// provider's card.

type Provider = Output<'providers.search'>['rows'][number];

/** Working, stopped, or on the unreliable list until a day. */
export function ProviderState({ p }: { p: Pick<Provider, 'active' | 'unreliableUntil'> }) {
  const { t, i18n } = useTranslation();
  if (p.unreliableUntil)
    return (
      <Badge variant="light" color="red" style={{ minWidth: 'max-content' }} data-testid="prov-unreliable">
        {t('providers.unreliableUntil', { date: formatDate(p.unreliableUntil, i18n.language) })}
      </Badge>
    );
  return (
    <Badge variant="light" color={p.active ? 'teal' : 'gray'} style={{ minWidth: 'max-content' }}>
      {p.active ? t('providers.working') : t('providers.stopped')}
    </Badge>
  );
}

export function ProvidersPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const options = useEnumOptions();
  const ssuForms = useSsuForms();
  const [tick, setTick] = useState(0);
  const [editing, setEditing] = useState(false);
  const [query, setQuery] = useRemembered('providers.query', '');
  const [kind, setKind] = useRemembered('providers.kind', '');
  const [form, setForm] = useRemembered('providers.form', '');
  const [ending, setEnding] = useRemembered('providers.ending', '');
  const [unreliable, setUnreliable] = useRemembered('providers.unreliable', false);
  const [page, setPage] = useRemembered('providers.page', 1);
  const [pageSize, setPageSize] = useRemembered('providers.pageSize', 25);
  const [sort, setSort] = useRemembered<DataTableSortStatus<Provider>>('providers.sort', {
    columnAccessor: 'name',
    direction: 'asc',
  });
  // The home alert opens the unreliable ones (?unreliable=1).
  const [params, setParams] = useSearchParams();
  useEffect(() => {
    if (params.get('unreliable') === '1') {
      setUnreliable(true);
      setPage(1);
      setParams({}, { replace: true });
    }
  }, [params, setParams, setUnreliable, setPage]);
  const { data, fetching } = useLatestAnswer(
    'providers.search',
    {
      query: query.trim(),
      page,
      pageSize,
      sortBy: sort.columnAccessor === 'licenceUntil' ? 'licenceUntil' : 'name',
      sortDir: sort.direction,
      ...(kind ? { kind: kind as Provider['kind'] } : {}),
      ...(form ? { form } : {}),
      ...(ending ? { licenceEndingWithinDays: Number(ending) } : {}),
      ...(unreliable ? { unreliable: true } : {}),
      tick,
    } as never,
    { loaderAfterMs: 300 },
  );
  const total = data?.total ?? 0;
  const table = usePagedTable({ page, setPage, pageSize, setPageSize, total, fetching, sort, setSort });
  const any = { value: '', label: t('deadlines.any') };
  const pick = (set: (v: string) => void) => (v: string | null) => {
    set(v ?? '');
    setPage(1);
  };
  const name = (p: Provider) => (i18n.language === 'kk' ? p.nameKk : p.nameRu);
  const filtered = !!(query.trim() || kind || form || ending || unreliable);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('providers.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('providers.subtitle')}
          </Text>
        </div>
        <Group gap="sm">
          <Button variant="light" component={Link} to="/providers/tariffs" data-testid="prov-tariffs">
            {t('tariffs.title')}
          </Button>
          {can('providers.save') && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setEditing(true)}
              data-testid="prov-add"
            >
              {t('providers.add')}
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder p="sm" radius="md">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('providers.search')}
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setPage(1);
            }}
            style={{ flex: 1, minWidth: 220 }}
            data-testid="prov-search"
          />
          <Select
            label={t('providers.kind')}
            data={[any, ...options('providerKind', PROVIDER_KINDS)]}
            value={kind}
            allowDeselect={false}
            onChange={pick(setKind)}
            w={220}
          />
          <Select
            label={t('providers.form')}
            data={[any, ...ssuForms.options()]}
            value={form}
            allowDeselect={false}
            onChange={pick(setForm)}
            w={220}
          />
          <Select
            label={t('providers.licenceEnding')}
            data={[
              any,
              ...['30', '60', '90'].map((d) => ({
                value: d,
                label: t('specialists.withinDays', { days: d }),
              })),
            ]}
            value={ending}
            allowDeselect={false}
            onChange={pick(setEnding)}
            w={200}
          />
          <Switch
            mb={8}
            label={t('providers.onlyUnreliable')}
            checked={unreliable}
            onChange={(e) => {
              setUnreliable(e.currentTarget.checked);
              setPage(1);
            }}
            data-testid="prov-only-unreliable"
          />
          <Text size="sm" c="dimmed" pb={8} data-testid="prov-total">
            {t('applicants.total', { n: formatNumber(total, i18n.language) })}
          </Text>
        </Group>
      </Paper>
      <DataTable<Provider>
        {...table}
        minHeight={220}
        records={data?.rows ?? []}
        noRecordsText={filtered ? t('providers.noMatches') : t('providers.empty')}
        onRowClick={({ record }) => navigate(`/providers/${record.id}`)}
        rowStyle={() => ({ cursor: 'pointer' })}
        columns={[
          {
            accessor: 'name',
            title: t('providers.name'),
            sortable: true,
            render: (p) => (
              <div>
                <Text size="sm">{name(p)}</Text>
                <Text size="xs" c="dimmed">
                  {p.bin}
                </Text>
              </div>
            ),
          },
          { accessor: 'kind', title: t('providers.kind'), render: (p) => t(`enums.providerKind.${p.kind}`) },
          {
            accessor: 'licenceUntil',
            title: t('providers.licenceUntil'),
            sortable: true,
            render: (p) =>
              p.licenceNo
                ? `${p.licenceNo}${p.licenceUntil ? ` · ${formatDate(p.licenceUntil, i18n.language)}` : ''}`
                : '—',
          },
          {
            accessor: 'licenceForms',
            title: t('providers.licenceForms'),
            render: (p) => p.licenceForms.map((f) => ssuForms.label(f)).join(', ') || '—',
          },
          { accessor: 'active', title: t('providers.state'), render: (p) => <ProviderState p={p} /> },
        ]}
      />
      {editing && (
        <ProviderModal
          item={null}
          onClose={(saved) => {
            setEditing(false);
            if (saved) setTick((n) => n + 1);
          }}
        />
      )}
    </Stack>
  );
}
