import {
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { COST_ITEMS, type Output, TARIFF_CATEGORIES } from '../../../src-main/core/api/contract';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { useCan } from '../../app/permissions';
import { DateField } from '../../lib/DateField';
import { useEnumOptions } from '../../lib/enums';
import { formatDate } from '../../lib/format';
import { ProcedureModal } from '../../lib/ProcedureModal';
import { useTableLabels } from '../../lib/pagination';
import { useSsuForms } from '../../lib/ssuForms';
import { useClientSort } from '../../lib/useClientSort';
import { money } from '../caregivers/money';

// The akimat's tariffs per recipient per month: by year, form of provision and recipient category,
// each with its decree and the cost items it is built from. A new decree adds a row from its date;
// the earlier one is shown as superseded and still prices the days before.

type Tariff = Output<'providers.tariffs'>[number];

export function TariffsPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const options = useEnumOptions();
  const ssuForms = useSsuForms();
  const tableLabels = useTableLabels();
  const [tick, setTick] = useState(0);
  const [adding, setAdding] = useState(false);
  const { data, fetching } = useLatestAnswer('providers.tariffs', { tick } as never);
  const sort = useClientSort<Tariff>(
    data ?? [],
    { columnAccessor: 'effectiveFrom', direction: 'desc' },
    (x, c) => (c === 'form' ? ssuForms.label(x.form) : String(x[c as keyof Tariff] ?? '').padStart(14, '0')),
    i18n.language,
  );
  const m = (v: number) => money(v, i18n.language);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('tariffs.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('tariffs.subtitle')}
          </Text>
        </div>
        <Group>
          <Anchor component={Link} to="/providers" size="sm">
            <Group gap={4}>
              <IconArrowLeft size={14} />
              <Text span size="sm">
                {t('providers.back')}
              </Text>
            </Group>
          </Anchor>
          {can('providers.saveTariff') && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setAdding(true)}
              data-testid="tariff-add"
            >
              {t('tariffs.add')}
            </Button>
          )}
        </Group>
      </Group>
      <DataTable<Tariff>
        {...tableLabels}
        withTableBorder
        minHeight={200}
        fetching={fetching}
        records={sort.sorted}
        {...sort.table}
        noRecordsText={t('tariffs.empty')}
        columns={[
          { accessor: 'year', title: t('tariffs.year'), sortable: true },
          {
            accessor: 'form',
            title: t('tariffs.form'),
            sortable: true,
            render: (x) => ssuForms.label(x.form),
          },
          {
            accessor: 'category',
            title: t('tariffs.category'),
            render: (x) => t(`enums.tariffCategory.${x.category}`),
          },
          {
            accessor: 'amount',
            title: t('tariffs.amount'),
            sortable: true,
            textAlign: 'right',
            noWrap: true,
            render: (x) => m(x.amount),
          },
          {
            accessor: 'decreeNo',
            title: t('tariffs.decree'),
            render: (x) =>
              t('tariffs.decreeLine', { no: x.decreeNo, date: formatDate(x.decreeOn, i18n.language) }),
          },
          {
            accessor: 'effectiveFrom',
            title: t('tariffs.effectiveFrom'),
            sortable: true,
            render: (x) => (
              <Stack gap={2}>
                <Text size="sm">{formatDate(x.effectiveFrom, i18n.language)}</Text>
                {x.supersededOn && (
                  <Badge variant="light" color="gray" style={{ minWidth: 'max-content' }}>
                    {t('tariffs.supersededOn', { date: formatDate(x.supersededOn, i18n.language) })}
                  </Badge>
                )}
              </Stack>
            ),
          },
        ]}
      />
      {adding && (
        <ProcedureModal
          title={t('tariffs.add')}
          procedure="providers.saveTariff"
          initial={{
            year: new Date().getFullYear(),
            form: '',
            category: '',
            amount: '',
            costItems: {},
            decreeNo: '',
            decreeOn: '',
            effectiveFrom: '',
          }}
          saved="tariffs.saved"
          size="xl"
          onClose={(r) => {
            setAdding(false);
            if (r) setTick((n) => n + 1);
          }}
        >
          {(form, input) => {
            const items = (form.values.costItems as Record<string, number>) ?? {};
            const sum = COST_ITEMS.reduce((s, k) => s + (items[k] ?? 0), 0);
            const tenge = (v: unknown) => (v === '' || v === undefined ? '' : Number(v) / 100);
            const tiyn = (v: string | number) => (v === '' ? 0 : Math.round(Number(v) * 100));
            return (
              <Stack>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <NumberInput
                    label={t('tariffs.year')}
                    withAsterisk
                    allowDecimal={false}
                    {...form.getInputProps('year')}
                  />
                  <Select
                    label={t('tariffs.form')}
                    data={ssuForms.options()}
                    withAsterisk
                    {...form.getInputProps('form')}
                    data-testid="tariff-form"
                  />
                  <Select
                    label={t('tariffs.category')}
                    data={options('tariffCategory', TARIFF_CATEGORIES)}
                    withAsterisk
                    {...form.getInputProps('category')}
                    data-testid="tariff-category"
                  />
                  <NumberInput
                    label={t('tariffs.amount')}
                    withAsterisk
                    min={0}
                    decimalScale={2}
                    thousandSeparator=" "
                    value={tenge(form.values.amount)}
                    onChange={(v) => form.setFieldValue('amount', v === '' ? '' : tiyn(v))}
                    error={form.errors.amount}
                    data-testid="tariff-amount"
                  />
                  <TextInput
                    label={t('tariffs.decreeNo')}
                    withAsterisk
                    {...input('decreeNo')}
                    data-testid="tariff-decree"
                  />
                  <DateField
                    label={t('tariffs.decreeOn')}
                    withAsterisk
                    {...form.getInputProps('decreeOn')}
                    data-testid="tariff-decree-on"
                  />
                  <DateField
                    label={t('tariffs.effectiveFrom')}
                    withAsterisk
                    {...form.getInputProps('effectiveFrom')}
                    data-testid="tariff-from"
                  />
                </SimpleGrid>
                <Text fw={600} size="sm">
                  {t('tariffs.costItems')}
                </Text>
                <SimpleGrid cols={{ base: 2, sm: 4 }}>
                  {COST_ITEMS.map((k) => (
                    <NumberInput
                      key={k}
                      label={t(`enums.costItem.${k}`)}
                      min={0}
                      decimalScale={2}
                      thousandSeparator=" "
                      value={tenge(items[k])}
                      onChange={(v) => form.setFieldValue('costItems', { ...items, [k]: tiyn(v) })}
                      data-testid={`tariff-item-${k}`}
                    />
                  ))}
                </SimpleGrid>
                <Text
                  size="sm"
                  c={sum === Number(form.values.amount || 0) ? 'teal.8' : 'red.9'}
                  data-testid="tariff-sum"
                >
                  {t('tariffs.sum', { sum: m(sum) })}
                </Text>
                {form.errors.costItems && (
                  <Text size="sm" c="red.9">
                    {form.errors.costItems}
                  </Text>
                )}
              </Stack>
            );
          }}
        </ProcedureModal>
      )}
    </Stack>
  );
}
