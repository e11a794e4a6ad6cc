import {
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Output, qualificationCategoryInput } from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { DateField } from '../../lib/DateField';
import { FormModal } from '../../lib/FormModal';
import { formatDate } from '../../lib/format';
import { limitedInputs } from '../../lib/limits';
import { useTableLabels } from '../../lib/pagination';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { useClientSort } from '../../lib/useClientSort';
import { contractValidator } from '../../lib/validation';

// Settings → Qualification categories: names, how long an assignment lasts, the legal basis and
// the date it applies from (docs/domain.md marks them configurable). A code never changes once
// given, because assignments cite it; a new validity applies to assignments made from then on.

type Category = Output<'specialists.categories'>[number];

function CategoryModal({ item, onClose }: { item: Category | null; onClose(saved: boolean): void }) {
  const { t, i18n } = useTranslation();
  const validate = contractValidator<Record<string, unknown>>(
    qualificationCategoryInput,
    () => i18n.language,
  );
  const form = useForm<Record<string, unknown>>({
    initialValues: {
      code: item?.code ?? '',
      nameKk: item?.nameKk ?? '',
      nameRu: item?.nameRu ?? '',
      validityYears: item?.validityYears ?? 5,
      basis: item?.basis ?? '',
      effectiveFrom: item?.effectiveFrom ?? '',
      active: item?.active ?? true,
    },
    validateInputOnBlur: true,
    validate,
  });
  const input = limitedInputs(form.getInputProps, qualificationCategoryInput);
  const { busy, error, run } = useApiSubmit(form.setErrors, undefined, Object.keys(form.values));
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call('specialists.saveCategory', v as never);
      notifications.show({ color: 'teal', message: t('categoriesRef.saved') });
      onClose(true);
    }),
  );
  return (
    <FormModal
      title={item ? t('categoriesRef.edit') : t('categoriesRef.add')}
      onClose={() => onClose(false)}
      onSubmit={submit}
      busy={busy}
      error={error}
      size="lg"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('categoriesRef.code')}
          description={t('categoriesRef.codeHint')}
          withAsterisk
          disabled={!!item}
          {...input('code')}
          data-testid="qc-code"
        />
        <NumberInput
          label={t('categoriesRef.validityYears')}
          withAsterisk
          min={1}
          max={10}
          allowDecimal={false}
          {...form.getInputProps('validityYears')}
          data-testid="qc-years"
        />
        <TextInput
          label={t('categoriesRef.nameKk')}
          withAsterisk
          {...input('nameKk')}
          data-testid="qc-name-kk"
        />
        <TextInput
          label={t('categoriesRef.nameRu')}
          withAsterisk
          {...input('nameRu')}
          data-testid="qc-name-ru"
        />
        <TextInput label={t('categoriesRef.basis')} withAsterisk {...input('basis')} data-testid="qc-basis" />
        <DateField
          label={t('categoriesRef.effectiveFrom')}
          withAsterisk
          {...form.getInputProps('effectiveFrom')}
          data-testid="qc-from"
        />
      </SimpleGrid>
      <Checkbox label={t('categoriesRef.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
    </FormModal>
  );
}

export function CategoriesSection() {
  const { t, i18n } = useTranslation();
  const tableLabels = useTableLabels();
  const [tick, setTick] = useState(0);
  // `tick` re-reads the list after a save (the server ignores it).
  const { data, fetching } = useLatestAnswer('specialists.categories', { tick } as never);
  const [editing, setEditing] = useState<Category | 'new' | null>(null);
  const name = (c: Category) => (i18n.language === 'kk' ? c.nameKk : c.nameRu);
  const sort = useClientSort<Category>(
    data ?? [],
    { columnAccessor: 'validityYears', direction: 'desc' },
    (c, column) =>
      column === 'name'
        ? name(c)
        : column === 'validityYears'
          ? String(c.validityYears).padStart(3, '0')
          : c.effectiveFrom,
    i18n.language,
  );
  return (
    <Paper withBorder p="md" radius="md" data-testid="qualification-categories">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('categoriesRef.title')}
          </Title>
          <Button variant="light" onClick={() => setEditing('new')} data-testid="qc-add">
            {t('categoriesRef.add')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('categoriesRef.hint')}
        </Text>
        <DataTable<Category>
          {...tableLabels}
          withTableBorder
          minHeight={150}
          fetching={fetching}
          records={sort.sorted}
          idAccessor="code"
          {...sort.table}
          noRecordsText={t('categoriesRef.empty')}
          onRowClick={({ record }) => setEditing(record)}
          columns={[
            {
              accessor: 'name',
              title: t('categoriesRef.name'),
              sortable: true,
              render: (c) => (
                <div>
                  <Text size="sm">{name(c)}</Text>
                  <Text size="xs" c="dimmed">
                    {c.code}
                  </Text>
                </div>
              ),
            },
            {
              accessor: 'validityYears',
              title: t('categoriesRef.validityYears'),
              sortable: true,
              render: (c) => t('specialists.years', { count: c.validityYears }),
            },
            { accessor: 'basis', title: t('categoriesRef.basis') },
            {
              accessor: 'effectiveFrom',
              title: t('categoriesRef.effectiveFrom'),
              sortable: true,
              render: (c) => formatDate(c.effectiveFrom, i18n.language),
            },
            {
              accessor: 'active',
              title: t('categoriesRef.status'),
              render: (c) => (
                <Badge variant="light" color={c.active ? 'teal' : 'gray'} style={{ minWidth: 'max-content' }}>
                  {c.active ? t('categoriesRef.active') : t('categoriesRef.inactive')}
                </Badge>
              ),
            },
          ]}
        />
      </Stack>
      {editing && (
        <CategoryModal
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
