import { Alert, Badge, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { useCan } from '../../app/permissions';
import { todayLocal } from '../../lib/dates';
import { formatDate } from '../../lib/format';
import { ProcedureModal } from '../../lib/ProcedureModal';
import { useTableLabels } from '../../lib/pagination';
import { useSsuForms } from '../../lib/ssuForms';
import { useClientSort } from '../../lib/useClientSort';
import { useDownload } from '../../lib/useDownload';
import { money } from '../caregivers/money';

// A provider's per-capita bill for a month: each recipient in service, the days served out of the
// month's days, the tariff and the amount; the total; then the provider's own act figure entered
// and the difference shown, and the month confirmed (locked from then on).

type Line = Output<'providers.bill'>['lines'][number];

function recentMonths(): string[] {
  const [y, m] = todayLocal().split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

export function BillTab({ providerId }: { providerId: string }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const tableLabels = useTableLabels();
  const ssuForms = useSsuForms();
  const months = recentMonths();
  const [month, setMonth] = useState(months[1] ?? months[0] ?? '');
  const [tick, setTick] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const files = useDownload();
  const { data, error, fetching } = useLatestAnswer('providers.bill', { providerId, month, tick } as never);
  const m = (v: number | null) => (v === null ? '—' : money(v, i18n.language));
  const sort = useClientSort<Line>(
    data?.lines ?? [],
    { columnAccessor: 'person', direction: 'asc' },
    (l, c) => (c === 'person' ? l.person : String(l[c as keyof Line]).padStart(14, '0')),
    i18n.language,
  );
  const missing = (data?.lines ?? []).some((l) => l.missingTariff);
  return (
    <Stack data-testid="prov-bill">
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <Select
            label={t('caregivers.month')}
            data={months.map((x) => ({ value: x, label: formatDate(`${x}-01`, i18n.language).slice(3) }))}
            value={month}
            allowDeselect={false}
            onChange={(v) => v && setMonth(v)}
            w={160}
            data-testid="bill-month"
          />
          {data && (
            <Badge variant="light" color={data.confirmed ? 'teal' : 'orange'} data-testid="bill-state">
              {data.confirmed ? t('bills.confirmed') : t('bills.draft')}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          {(['pdf', 'xlsx'] as const).map((format) => (
            <Button
              key={format}
              variant="light"
              leftSection={format === 'pdf' ? <IconPrinter size={16} /> : <IconFileSpreadsheet size={16} />}
              loading={files.busy === format}
              disabled={!data || data.lines.length === 0}
              onClick={() =>
                void files.run(format, () =>
                  call('providers.billDocument', {
                    providerId,
                    month,
                    format,
                    locale: i18n.language as 'kk' | 'ru' | 'en',
                  }),
                )
              }
              data-testid={`bill-${format}`}
            >
              {t(`bills.${format}`)}
            </Button>
          ))}
          {data && !data.confirmed && can('providers.confirmBill') && (
            <Button
              onClick={() => setConfirming(true)}
              disabled={data.lines.length === 0 || missing}
              data-testid="bill-confirm"
            >
              {t('bills.confirm')}
            </Button>
          )}
        </Group>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {missing && <Alert color="red">{t('bills.missingTariff')}</Alert>}
      {data && (
        <Group gap="xl">
          <Text size="sm" data-testid="bill-total">
            {t('bills.total')}: <b>{m(data.total)}</b>
          </Text>
          {data.actAmount !== null && (
            <Text size="sm">
              {t('bills.act')}: <b>{m(data.actAmount)}</b>
            </Text>
          )}
          {data.difference !== null && (
            <Text size="sm" c={data.difference === 0 ? 'teal.8' : 'red.9'} data-testid="bill-difference">
              {t('bills.difference')}: <b>{m(data.difference)}</b>
            </Text>
          )}
        </Group>
      )}
      <DataTable<Line>
        {...tableLabels}
        withTableBorder
        minHeight={160}
        fetching={fetching}
        records={sort.sorted}
        idAccessor="caseId"
        {...sort.table}
        noRecordsText={t('bills.empty')}
        columns={[
          {
            accessor: 'person',
            title: t('bills.recipient'),
            sortable: true,
            render: (l) => (
              <div>
                <Text size="sm">{l.person}</Text>
                <Text size="xs" c="dimmed">
                  {l.caseNumber} · {l.iin ?? ''}
                </Text>
              </div>
            ),
          },
          {
            accessor: 'category',
            title: t('bills.category'),
            render: (l) => `${t(`enums.tariffCategory.${l.category}`)} · ${ssuForms.label(l.form)}`,
          },
          {
            accessor: 'days',
            title: t('bills.days'),
            sortable: true,
            textAlign: 'right',
            render: (l) => `${l.days} / ${l.monthDays}`,
          },
          {
            accessor: 'tariff',
            title: t('bills.tariff'),
            textAlign: 'right',
            noWrap: true,
            render: (l) => m(l.tariff),
          },
          {
            accessor: 'amount',
            title: t('bills.amount'),
            sortable: true,
            textAlign: 'right',
            noWrap: true,
            render: (l) => m(l.amount),
          },
        ]}
      />
      {confirming && (
        <ProcedureModal
          title={t('bills.confirm')}
          procedure="providers.confirmBill"
          fixed={{ providerId, month }}
          initial={{ actAmount: '' }}
          saved="bills.confirmedSaved"
          size="md"
          onClose={(r) => {
            setConfirming(false);
            if (r) setTick((n) => n + 1);
          }}
        >
          {(form) => (
            <Stack>
              <Text size="sm">{t('bills.confirmHint', { total: m(data?.total ?? 0) })}</Text>
              <NumberInput
                label={t('bills.act')}
                withAsterisk
                min={0}
                decimalScale={2}
                thousandSeparator=" "
                value={form.values.actAmount === '' ? '' : Number(form.values.actAmount) / 100}
                onChange={(v) => form.setFieldValue('actAmount', v === '' ? '' : Math.round(Number(v) * 100))}
                error={form.errors.actAmount}
                data-testid="bill-act"
              />
            </Stack>
          )}
        </ProcedureModal>
      )}
    </Stack>
  );
}
