import {
  Badge,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Input, type Output, PROVIDER_KINDS, providerInput } from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { useCan } from '../../app/permissions';
import { blankToNull } from '../../lib/blank';
import { useEnumOptions } from '../../lib/enums';
import { FormModal } from '../../lib/FormModal';
import { limitedInputs } from '../../lib/limits';
import { useTableLabels } from '../../lib/pagination';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { useClientSort } from '../../lib/useClientSort';
import { contractValidator } from '../../lib/validation';

// The providers a person chooses from and a referral names. Licences, tariffs, bills and the
// list of unreliable suppliers come with the register of providers (issue 17).

type Provider = Output<'providers.list'>[number];

function ProviderModal({ item, onClose }: { item: Provider | null; onClose(saved: boolean): void }) {
  const { t, i18n } = useTranslation();
  const options = useEnumOptions();
  const validate = contractValidator<Record<string, unknown>>(providerInput, () => i18n.language);
  const toInput = (v: Record<string, unknown>) => ({ ...blankToNull(v), ...(item ? { id: item.id } : {}) });
  const form = useForm<Record<string, unknown>>({
    initialValues: {
      nameKk: item?.nameKk ?? '',
      nameRu: item?.nameRu ?? '',
      kind: item?.kind ?? '',
      bin: item?.bin ?? '',
      address: item?.address ?? '',
      phone: item?.phone ?? '',
      active: item?.active ?? true,
    },
    validateInputOnBlur: true,
    validate: (v) => validate(toInput(v)),
  });
  const input = limitedInputs(form.getInputProps, providerInput);
  const { busy, error, run } = useApiSubmit(form.setErrors, undefined, Object.keys(form.values));
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call('providers.save', toInput(v) as Input<'providers.save'>);
      notifications.show({ color: 'teal', message: t('providers.saved') });
      onClose(true);
    }),
  );
  return (
    <FormModal
      title={item ? t('providers.edit') : t('providers.add')}
      onClose={() => onClose(false)}
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      <TextInput label={t('providers.nameKk')} withAsterisk {...input('nameKk')} data-testid="prov-nameKk" />
      <TextInput label={t('providers.nameRu')} withAsterisk {...input('nameRu')} data-testid="prov-nameRu" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('providers.kind')}
          data={options('providerKind', PROVIDER_KINDS)}
          withAsterisk
          {...form.getInputProps('kind')}
          data-testid="prov-kind"
        />
        <TextInput label={t('providers.bin')} withAsterisk {...input('bin')} data-testid="prov-bin" />
        <TextInput label={t('providers.address')} {...input('address')} />
        <TextInput label={t('providers.phone')} {...input('phone')} />
        <Switch
          mt={8}
          label={t('providers.active')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      </SimpleGrid>
    </FormModal>
  );
}

export function ProvidersPage() {
  const tableLabels = useTableLabels();
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [tick, setTick] = useState(0);
  // `tick` re-reads the list after a save (the server ignores it).
  const { data, fetching } = useLatestAnswer('providers.list', { tick } as never);
  const [editing, setEditing] = useState<Provider | null | 'new'>(null);
  const [query, setQuery] = useState('');
  const name = (p: Provider) => (i18n.language === 'kk' ? p.nameKk : p.nameRu);
  const q = query.trim().toLocaleLowerCase();
  const found = (data ?? []).filter(
    (p) => !q || `${p.nameKk} ${p.nameRu} ${p.bin}`.toLocaleLowerCase().includes(q),
  );
  const sort = useClientSort<Provider>(
    found,
    { columnAccessor: 'name', direction: 'asc' },
    (p, column) =>
      column === 'name'
        ? name(p)
        : column === 'kind'
          ? t(`enums.providerKind.${p.kind}`)
          : String(p[column as keyof Provider] ?? ''),
    i18n.language,
  );
  const rows = sort.sorted;
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
        {can('providers.save') && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing('new')}
            data-testid="prov-add"
          >
            {t('providers.add')}
          </Button>
        )}
      </Group>
      <TextInput
        label={t('providers.search')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        maw={420}
      />
      <DataTable<Provider>
        {...tableLabels}
        withTableBorder
        minHeight={220}
        fetching={fetching}
        records={rows}
        {...sort.table}
        noRecordsText={query ? t('providers.noMatches') : t('providers.empty')}
        onRowClick={can('providers.save') ? ({ record }) => setEditing(record) : undefined}
        columns={[
          { accessor: 'name', title: t('providers.name'), sortable: true, render: name },
          { accessor: 'bin', title: t('providers.bin'), sortable: true, width: 150 },
          {
            accessor: 'kind',
            title: t('providers.kind'),
            sortable: true,
            render: (p) => t(`enums.providerKind.${p.kind}`),
          },
          { accessor: 'address', title: t('providers.address') },
          {
            accessor: 'active',
            title: t('providers.state'),
            render: (p) => (
              <Badge variant="light" color={p.active ? 'teal' : 'gray'} style={{ minWidth: 'max-content' }}>
                {p.active ? t('providers.working') : t('providers.stopped')}
              </Badge>
            ),
          },
        ]}
      />
      {editing && (
        <ProviderModal
          item={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setTick((n) => n + 1);
          }}
        />
      )}
    </Stack>
  );
}
