import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { useCan } from '../../app/permissions';
import { DateField } from '../../lib/DateField';
import { todayLocal } from '../../lib/dates';
import { formatDate } from '../../lib/format';
import { ProcedureModal } from '../../lib/ProcedureModal';
import { useTableLabels } from '../../lib/pagination';
import { useClientSort } from '../../lib/useClientSort';
import { useDownload } from '../../lib/useDownload';
import { money } from './money';

// The month's pay for the accountant: every confirmed timesheet × the contract's rate, with the
// deductions and contributions, and the totals. Until the month is paid the figures are computed
// now; paying it writes and locks them. The payment register downloads as .xlsx and PDF.

type Line = Output<'caregivers.payroll'>['lines'][number];

/** The last twelve months, newest first. */
function recentMonths(): string[] {
  const [y, m] = todayLocal().split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

export function PayrollPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const tableLabels = useTableLabels();
  const months = recentMonths();
  const [month, setMonth] = useState(months[1] ?? months[0] ?? '');
  const [tick, setTick] = useState(0);
  const [paying, setPaying] = useState(false);
  const { data, error, fetching } = useLatestAnswer('caregivers.payroll', { month, tick } as never);
  const m = (v: number) => money(v, i18n.language);
  const sort = useClientSort<Line>(
    data?.lines ?? [],
    { columnAccessor: 'caregiverName', direction: 'asc' },
    (l, column) =>
      column === 'caregiverName' ? l.caregiverName : String(l[column as keyof Line]).padStart(14, '0'),
    i18n.language,
  );
  const files = useDownload();
  const download = (format: 'xlsx' | 'pdf') =>
    files.run(format, () =>
      call('caregivers.paymentRegister', { month, format, locale: i18n.language as 'kk' | 'ru' | 'en' }),
    );
  const totals = data?.totals;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('payroll.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('payroll.subtitle')}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <Select
            label={t('caregivers.month')}
            data={months.map((x) => ({ value: x, label: formatDate(`${x}-01`, i18n.language).slice(3) }))}
            value={month}
            allowDeselect={false}
            onChange={(v) => v && setMonth(v)}
            w={160}
            data-testid="payroll-month"
          />
          <Button
            variant="light"
            leftSection={<IconFileSpreadsheet size={16} />}
            loading={files.busy === 'xlsx'}
            onClick={() => void download('xlsx')}
            data-testid="payroll-xlsx"
          >
            {t('payroll.xlsx')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconPrinter size={16} />}
            loading={files.busy === 'pdf'}
            onClick={() => void download('pdf')}
            data-testid="payroll-pdf"
          >
            {t('payroll.pdf')}
          </Button>
          {data && !data.paid && can('caregivers.closePayroll') && (
            <Button
              onClick={() => setPaying(true)}
              disabled={data.lines.length === 0}
              data-testid="payroll-close"
            >
              {t('payroll.close')}
            </Button>
          )}
        </Group>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {data && (
        <Group gap="sm">
          <Badge variant="light" color={data.paid ? 'teal' : 'orange'} data-testid="payroll-state">
            {data.paid
              ? t('payroll.paid', { date: formatDate(data.paidOn, i18n.language) })
              : t('payroll.notPaid')}
          </Badge>
          {data.unconfirmed > 0 && (
            <Text size="sm" c="red.9" data-testid="payroll-unconfirmed">
              {t('payroll.unconfirmed', { n: data.unconfirmed })}
            </Text>
          )}
        </Group>
      )}
      {totals && (
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {(
            [
              ['hours', String(totals.hours)],
              ['gross', m(totals.gross)],
              ['withheld', m(totals.opv + totals.vosms + totals.ipn)],
              ['net', m(totals.net)],
            ] as const
          ).map(([k, v]) => (
            <Paper key={k} withBorder p="sm" radius="md">
              <Text size="xs" c="dimmed">
                {t(`payroll.${k}`)}
              </Text>
              <Text fw={700} fz="lg" data-testid={`payroll-${k}`}>
                {v}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <DataTable<Line>
        {...tableLabels}
        withTableBorder
        minHeight={200}
        fetching={fetching}
        records={sort.sorted}
        idAccessor="contractId"
        {...sort.table}
        noRecordsText={t('payroll.empty')}
        columns={[
          {
            accessor: 'caregiverName',
            title: t('caregivers.caregiver'),
            sortable: true,
            render: (l) => (
              <div>
                <Text size="sm">{l.caregiverName}</Text>
                <Text size="xs" c="dimmed">
                  {l.caregiverIin ?? ''} · {l.iban}
                </Text>
              </div>
            ),
          },
          { accessor: 'hours', title: t('payroll.hours'), sortable: true, textAlign: 'right' },
          {
            accessor: 'gross',
            title: t('payroll.gross'),
            sortable: true,
            textAlign: 'right',
            render: (l) => m(l.gross),
          },
          {
            accessor: 'opv',
            title: t('payroll.opv'),
            textAlign: 'right',
            noWrap: true,
            render: (l) => m(l.opv),
          },
          {
            accessor: 'vosms',
            title: t('payroll.vosms'),
            textAlign: 'right',
            noWrap: true,
            render: (l) => m(l.vosms),
          },
          {
            accessor: 'ipn',
            title: t('payroll.ipn'),
            textAlign: 'right',
            noWrap: true,
            render: (l) => m(l.ipn),
          },
          {
            accessor: 'net',
            title: t('payroll.net'),
            sortable: true,
            textAlign: 'right',
            render: (l) => m(l.net),
          },
          {
            accessor: 'opvr',
            title: t('payroll.employer'),
            textAlign: 'right',
            noWrap: true,
            render: (l) => m(l.opvr + l.so + l.oosms),
          },
        ]}
      />
      {paying && (
        <ProcedureModal
          title={t('payroll.close')}
          procedure="caregivers.closePayroll"
          fixed={{ month }}
          initial={{ paidOn: todayLocal() }}
          saved="payroll.closed"
          size="md"
          onClose={(r) => {
            setPaying(false);
            if (r) setTick((n) => n + 1);
          }}
        >
          {(form) => (
            <Stack>
              <Text size="sm">{t('payroll.closeHint')}</Text>
              <DateField
                label={t('caregivers.paidOn')}
                withAsterisk
                {...form.getInputProps('paidOn')}
                data-testid="payroll-paid-on"
              />
            </Stack>
          )}
        </ProcedureModal>
      )}
    </Stack>
  );
}
