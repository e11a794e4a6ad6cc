import {
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  catalogueItemInput,
  type Output,
  SERVICE_UNITS,
  SSU_TYPES,
} from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { blankToNull } from '../../lib/blank';
import { useEnumOptions } from '../../lib/enums';
import { FormModal } from '../../lib/FormModal';
import { limitedInputs } from '../../lib/limits';
import { useTableLabels } from '../../lib/pagination';
import { useSsuForms } from '../../lib/ssuForms';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { useClientSort } from '../../lib/useClientSort';
import { contractValidator } from '../../lib/validation';

// Settings → Catalogue of services: the concrete services under each SSU type (docs/domain.md) that
// decisions and work plans name, with the forms they are given in, the unit and the largest
// volume one line may give. Shipped with a starting list; codes never change once given.

type Item = Output<'references.catalogue'>[number];

function ItemModal({ item, onClose }: { item: Item | null; onClose(saved: boolean): void }) {
  const { t, i18n } = useTranslation();
  const options = useEnumOptions();
  const ssuForms = useSsuForms();
  const validate = contractValidator<Record<string, unknown>>(catalogueItemInput, () => i18n.language);
  const toInput = (v: Record<string, unknown>) => ({
    ...blankToNull(v),
    maxVolume: v.maxVolume === '' ? null : v.maxVolume,
    ...(item ? { id: item.id } : {}),
  });
  const form = useForm<Record<string, unknown>>({
    initialValues: {
      code: item?.code ?? '',
      ssuType: item?.ssuType ?? '',
      nameKk: item?.nameKk ?? '',
      nameRu: item?.nameRu ?? '',
      nameEn: item?.nameEn ?? '',
      forms: item?.forms ?? [],
      unit: item?.unit ?? 'service',
      maxVolume: item?.maxVolume ?? '',
      active: item?.active ?? true,
      sortOrder: item?.sortOrder ?? 100,
    },
    validateInputOnBlur: true,
    validate: (v) => validate(toInput(v)),
  });
  const input = limitedInputs(form.getInputProps, catalogueItemInput);
  const { busy, error, run } = useApiSubmit(form.setErrors, undefined, Object.keys(form.values));
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call('references.saveCatalogueItem', toInput(v) as never);
      onClose(true);
    }),
  );
  return (
    <FormModal
      title={item ? t('catalogue.edit') : t('catalogue.add')}
      onClose={() => onClose(false)}
      onSubmit={submit}
      busy={busy}
      error={error}
      size="lg"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('catalogue.code')}
          description={t('catalogue.codeHint')}
          withAsterisk
          disabled={!!item}
          {...input('code')}
          data-testid="cat-code"
        />
        <Select
          label={t('catalogue.ssuType')}
          data={options('ssuType', SSU_TYPES)}
          withAsterisk
          {...form.getInputProps('ssuType')}
          data-testid="cat-type"
        />
        <TextInput
          label={t('catalogue.nameKk')}
          withAsterisk
          {...input('nameKk')}
          data-testid="cat-name-kk"
        />
        <TextInput
          label={t('catalogue.nameRu')}
          withAsterisk
          {...input('nameRu')}
          data-testid="cat-name-ru"
        />
        <MultiSelect
          label={t('catalogue.forms')}
          data={ssuForms.options()}
          withAsterisk
          {...form.getInputProps('forms')}
          data-testid="cat-forms"
        />
        <Select
          label={t('catalogue.unit')}
          data={options('serviceUnit', SERVICE_UNITS)}
          withAsterisk
          {...form.getInputProps('unit')}
        />
        <NumberInput
          label={t('catalogue.maxVolume')}
          description={t('catalogue.maxVolumeHint')}
          min={1}
          max={10_000}
          allowDecimal={false}
          {...form.getInputProps('maxVolume')}
        />
        <NumberInput
          label={t('catalogue.order')}
          min={0}
          max={10_000}
          allowDecimal={false}
          {...form.getInputProps('sortOrder')}
        />
      </SimpleGrid>
      <Checkbox label={t('catalogue.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
    </FormModal>
  );
}

export function CatalogueSection() {
  const tableLabels = useTableLabels();
  const { t, i18n } = useTranslation();
  const ssuForms = useSsuForms();
  const [tick, setTick] = useState(0);
  // `tick` re-reads the catalogue after a save (the server ignores it).
  const { data, fetching } = useLatestAnswer('references.catalogue', { tick } as never);
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const [type, setType] = useState<string | null>(null);
  const name = (i: Item) =>
    i18n.language === 'kk' ? i.nameKk : i18n.language === 'en' ? (i.nameEn ?? i.nameRu) : i.nameRu;
  const sort = useClientSort<Item>(
    (data ?? []).filter((i) => !type || i.ssuType === type),
    { columnAccessor: 'ssuType', direction: 'asc' },
    (i, column) =>
      column === 'name'
        ? name(i)
        : column === 'ssuType'
          ? `${i.ssuType}${String(i.sortOrder).padStart(5, '0')}`
          : i.code,
    i18n.language,
  );
  const rows = sort.sorted;
  return (
    <Paper withBorder p="md" radius="md" data-testid="catalogue">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('catalogue.title')}
          </Title>
          <Button variant="light" onClick={() => setEditing('new')} data-testid="cat-add">
            {t('catalogue.add')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('catalogue.hint')}
        </Text>
        <Select
          label={t('catalogue.ssuType')}
          placeholder={t('catalogue.allTypes')}
          data={SSU_TYPES.map((v) => ({ value: v, label: t(`enums.ssuType.${v}`) }))}
          value={type}
          onChange={setType}
          clearable
          maw={320}
        />
        <DataTable<Item>
          {...tableLabels}
          withTableBorder
          minHeight={180}
          fetching={fetching}
          records={rows}
          {...sort.table}
          noRecordsText={t('catalogue.empty')}
          onRowClick={({ record }) => setEditing(record)}
          columns={[
            {
              accessor: 'name',
              title: t('catalogue.name'),
              sortable: true,
              render: (i) => (
                <div>
                  <Text size="sm">{name(i)}</Text>
                  <Text size="xs" c="dimmed">
                    {i.code}
                  </Text>
                </div>
              ),
            },
            {
              accessor: 'ssuType',
              title: t('catalogue.ssuType'),
              sortable: true,
              render: (i) => t(`enums.ssuType.${i.ssuType}`),
            },
            {
              accessor: 'forms',
              title: t('catalogue.forms'),
              render: (i) => i.forms.map((f) => ssuForms.label(f)).join(', '),
            },
            {
              accessor: 'unit',
              title: t('catalogue.unitMax'),
              render: (i) => `${t(`enums.serviceUnit.${i.unit}`)}${i.maxVolume ? ` · ≤ ${i.maxVolume}` : ''}`,
            },
            {
              accessor: 'active',
              title: t('catalogue.status'),
              render: (i) => (
                <Badge variant="light" color={i.active ? 'teal' : 'gray'} style={{ minWidth: 'max-content' }}>
                  {i.active ? t('catalogue.active') : t('catalogue.inactive')}
                </Badge>
              ),
            },
          ]}
        />
      </Stack>
      {editing && (
        <ItemModal
          item={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setTick((n) => n + 1);
          }}
        />
      )}
    </Paper>
  );
}
