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
import {
  type Input,
  type Output,
  SPECIALIST_POSITIONS,
  specialistInput,
} from '../../../src-main/core/api/contract';
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

// The district's specialists: who signs assessment acts and is responsible for work plans.
// Certificates and their alerts come with the register of specialists (issue 15).

type Specialist = Output<'specialists.list'>[number];

function SpecialistModal({ item, onClose }: { item: Specialist | null; onClose(saved: boolean): void }) {
  const { t, i18n } = useTranslation();
  const options = useEnumOptions();
  const { data: providers } = useLatestAnswer('providers.list', { activeOnly: true });
  const validate = contractValidator<Record<string, unknown>>(specialistInput, () => i18n.language);
  const toInput = (v: Record<string, unknown>) => ({ ...blankToNull(v), ...(item ? { id: item.id } : {}) });
  const form = useForm<Record<string, unknown>>({
    initialValues: {
      iin: item?.iin ?? '',
      lastName: item?.lastName ?? '',
      firstName: item?.firstName ?? '',
      patronymic: item?.patronymic ?? '',
      position: item?.position ?? '',
      providerId: item?.providerId ?? '',
      phone: item?.phone ?? '',
      active: item?.active ?? true,
    },
    validateInputOnBlur: true,
    validate: (v) => validate(toInput(v)),
  });
  const input = limitedInputs(form.getInputProps, specialistInput);
  const { busy, error, run } = useApiSubmit(form.setErrors, undefined, Object.keys(form.values));
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call('specialists.save', toInput(v) as Input<'specialists.save'>);
      notifications.show({ color: 'teal', message: t('specialists.saved') });
      onClose(true);
    }),
  );
  return (
    <FormModal
      title={item ? t('specialists.edit') : t('specialists.add')}
      onClose={() => onClose(false)}
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('specialists.iin')} withAsterisk {...input('iin')} data-testid="spec-iin" />
        <TextInput label={t('specialists.phone')} {...input('phone')} />
        <TextInput
          label={t('specialists.lastName')}
          withAsterisk
          {...input('lastName')}
          data-testid="spec-lastName"
        />
        <TextInput
          label={t('specialists.firstName')}
          withAsterisk
          {...input('firstName')}
          data-testid="spec-firstName"
        />
        <TextInput label={t('specialists.patronymic')} {...input('patronymic')} />
        <Select
          label={t('specialists.position')}
          data={options('specialistPosition', SPECIALIST_POSITIONS)}
          withAsterisk
          {...form.getInputProps('position')}
          data-testid="spec-position"
        />
        <Select
          label={t('specialists.employer')}
          description={t('specialists.employerHint')}
          data={(providers ?? []).map((p) => ({
            value: p.id,
            label: i18n.language === 'kk' ? p.nameKk : p.nameRu,
          }))}
          clearable
          {...form.getInputProps('providerId')}
        />
        <Switch
          mt={30}
          label={t('specialists.active')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      </SimpleGrid>
    </FormModal>
  );
}

export function SpecialistsPage() {
  const tableLabels = useTableLabels();
  const { t } = useTranslation();
  const can = useCan();
  const [tick, setTick] = useState(0);
  // `tick` re-reads the list after a save (the server ignores it).
  const { data, fetching } = useLatestAnswer('specialists.list', { tick } as never);
  const { data: providers } = useLatestAnswer('providers.list', {});
  const [editing, setEditing] = useState<Specialist | null | 'new'>(null);
  const [query, setQuery] = useState('');
  const { i18n } = useTranslation();
  const employer = (id: string | null) => {
    const p = providers?.find((x) => x.id === id);
    return p ? (i18n.language === 'kk' ? p.nameKk : p.nameRu) : t('specialists.department');
  };
  const q = query.trim().toLocaleLowerCase();
  const found = (data ?? []).filter(
    (s) =>
      !q || `${s.lastName} ${s.firstName} ${s.patronymic ?? ''} ${s.iin}`.toLocaleLowerCase().includes(q),
  );
  const sort = useClientSort<Specialist>(
    found,
    { columnAccessor: 'lastName', direction: 'asc' },
    (s, column) =>
      column === 'lastName'
        ? `${s.lastName} ${s.firstName}`
        : column === 'position'
          ? t(`enums.specialistPosition.${s.position}`)
          : String(s[column as keyof Specialist] ?? ''),
    i18n.language,
  );
  const rows = sort.sorted;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('specialists.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('specialists.subtitle')}
          </Text>
        </div>
        {can('specialists.save') && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing('new')}
            data-testid="spec-add"
          >
            {t('specialists.add')}
          </Button>
        )}
      </Group>
      <TextInput
        label={t('specialists.search')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        maw={420}
      />
      <DataTable<Specialist>
        {...tableLabels}
        withTableBorder
        minHeight={220}
        fetching={fetching}
        records={rows}
        {...sort.table}
        noRecordsText={query ? t('specialists.noMatches') : t('specialists.empty')}
        onRowClick={can('specialists.save') ? ({ record }) => setEditing(record) : undefined}
        columns={[
          {
            accessor: 'lastName',
            title: t('specialists.name'),
            sortable: true,
            render: (s) => [s.lastName, s.firstName, s.patronymic].filter(Boolean).join(' '),
          },
          { accessor: 'iin', title: t('specialists.iin'), sortable: true, width: 150 },
          {
            accessor: 'position',
            title: t('specialists.position'),
            sortable: true,
            render: (s) => t(`enums.specialistPosition.${s.position}`),
          },
          { accessor: 'providerId', title: t('specialists.employer'), render: (s) => employer(s.providerId) },
          {
            accessor: 'active',
            title: t('specialists.state'),
            render: (s) => (
              <Badge variant="light" color={s.active ? 'teal' : 'gray'} style={{ minWidth: 'max-content' }}>
                {s.active ? t('specialists.working') : t('specialists.left')}
              </Badge>
            ),
          },
        ]}
      />
      {editing && (
        <SpecialistModal
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
