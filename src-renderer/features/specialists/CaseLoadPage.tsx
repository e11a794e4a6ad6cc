import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type Output, SPECIALIST_POSITIONS } from '../../../src-main/core/api/contract';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { useEnumOptions } from '../../lib/enums';
import { formatNumber } from '../../lib/format';
import { useTableLabels } from '../../lib/pagination';
import { useClientSort } from '../../lib/useClientSort';

// The district's case load: how many recipients each position's specialists carry (the ratio
// the seeds compare across countries), and the most loaded specialists, from the plans in force.

type Load = Output<'specialists.caseLoad'>;
type PositionRow = Load['byPosition'][number];
type Top = Load['top'][number];

// Long Kazakh headers over narrow numbers wrap instead of pushing the table wider than the page.
const wrap = { titleStyle: { whiteSpace: 'normal' as const } };

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

export function CaseLoadPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const options = useEnumOptions();
  const tableLabels = useTableLabels();
  const [position, setPosition] = useState('');
  const { data, error, fetching } = useLatestAnswer('specialists.caseLoad', {
    limit: 50,
    ...(position ? { position: position as Top['position'] } : {}),
  });
  const n = (v: number) => formatNumber(v, i18n.language);
  const positionName = (p: string) => t(`enums.specialistPosition.${p}`);
  const byPosition = useClientSort<PositionRow>(
    data?.byPosition ?? [],
    { columnAccessor: 'recipientsPerSpecialist', direction: 'desc' },
    (r, column) =>
      column === 'position'
        ? positionName(r.position)
        : String(r[column as keyof PositionRow]).padStart(12, '0'),
    i18n.language,
  );
  const top = useClientSort<Top>(
    data?.top ?? [],
    { columnAccessor: 'recipients', direction: 'desc' },
    (r, column) =>
      column === 'name'
        ? `${r.lastName} ${r.firstName}`
        : column === 'position'
          ? positionName(r.position)
          : String(r[column as keyof Top]).padStart(12, '0'),
    i18n.language,
  );
  // Positions with nobody on a plan carry no bar; the chart shows who carries the load.
  const chart = (data?.byPosition ?? [])
    .filter((p) => p.recipients > 0)
    .map((p) => ({ position: positionName(p.position), ratio: p.recipientsPerSpecialist }));
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('caseLoad.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('caseLoad.subtitle')}
          </Text>
        </div>
        <Anchor component={Link} to="/specialists" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            <Text span size="sm">
              {t('specialists.back')}
            </Text>
          </Group>
        </Anchor>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stat
          label={t('caseLoad.specialists')}
          value={n(data?.district.specialists ?? 0)}
          testId="load-specialists"
        />
        <Stat
          label={t('caseLoad.recipients')}
          value={n(data?.district.recipients ?? 0)}
          testId="load-recipients"
        />
        <Stat
          label={t('caseLoad.ratio')}
          value={formatNumber(data?.district.recipientsPerSpecialist ?? 0, i18n.language)}
          testId="load-ratio"
        />
      </SimpleGrid>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb={4}>
          {t('caseLoad.chartTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('caseLoad.chartHint')}
        </Text>
        {chart.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="load-chart-empty">
            {t('caseLoad.empty')}
          </Text>
        ) : (
          <BarChart
            h={Math.max(160, chart.length * 44)}
            data={chart}
            dataKey="position"
            orientation="vertical"
            yAxisProps={{ width: 260 }}
            series={[{ name: 'ratio', label: t('caseLoad.ratio'), color: 'teal.6' }]}
            valueFormatter={(v) => formatNumber(v, i18n.language)}
            withBarValueLabel
            gridAxis="x"
            barChartProps={{ margin: { right: 48 } }}
            data-testid="load-chart"
          />
        )}
      </Paper>
      <DataTable<PositionRow>
        {...tableLabels}
        withTableBorder
        minHeight={120}
        fetching={fetching}
        records={byPosition.sorted}
        idAccessor="position"
        {...byPosition.table}
        noRecordsText={t('caseLoad.noStaff')}
        columns={[
          {
            accessor: 'position',
            title: t('specialists.position'),
            sortable: true,
            width: 280,
            render: (r) => positionName(r.position),
          },
          {
            accessor: 'specialists',
            title: t('caseLoad.specialists'),
            sortable: true,
            textAlign: 'right',
            ...wrap,
          },
          {
            accessor: 'activeCases',
            title: t('caseLoad.cases'),
            sortable: true,
            textAlign: 'right',
            ...wrap,
          },
          {
            accessor: 'recipients',
            title: t('caseLoad.recipients'),
            sortable: true,
            textAlign: 'right',
            ...wrap,
          },
          {
            accessor: 'hoursPerWeek',
            title: t('caseLoad.hoursPerWeek'),
            sortable: true,
            textAlign: 'right',
            ...wrap,
            render: (r) => formatNumber(r.hoursPerWeek, i18n.language),
          },
          {
            accessor: 'recipientsPerSpecialist',
            title: t('caseLoad.ratio'),
            sortable: true,
            textAlign: 'right',
            ...wrap,
            render: (r) => formatNumber(r.recipientsPerSpecialist, i18n.language),
          },
        ]}
      />
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm" align="flex-end">
          <div>
            <Title order={2} size="h4">
              {t('caseLoad.topTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('caseLoad.topHint')}
            </Text>
          </div>
          <Select
            label={t('specialists.position')}
            data={[
              { value: '', label: t('deadlines.any') },
              ...options('specialistPosition', SPECIALIST_POSITIONS),
            ]}
            value={position}
            allowDeselect={false}
            onChange={(v) => setPosition(v ?? '')}
            w={300}
            data-testid="load-position"
          />
        </Group>
        <DataTable<Top>
          {...tableLabels}
          withTableBorder
          minHeight={150}
          fetching={fetching}
          records={top.sorted}
          {...top.table}
          noRecordsText={t('caseLoad.noStaff')}
          onRowClick={({ record }) => navigate(`/specialists/${record.id}?tab=cases`)}
          rowStyle={() => ({ cursor: 'pointer' })}
          columns={[
            {
              accessor: 'name',
              title: t('specialists.name'),
              sortable: true,
              render: (r) => [r.lastName, r.firstName, r.patronymic].filter(Boolean).join(' '),
            },
            {
              accessor: 'position',
              title: t('specialists.position'),
              sortable: true,
              render: (r) => positionName(r.position),
            },
            { accessor: 'activeCases', title: t('caseLoad.cases'), sortable: true, textAlign: 'right' },
            { accessor: 'recipients', title: t('caseLoad.recipients'), sortable: true, textAlign: 'right' },
            {
              accessor: 'hoursPerWeek',
              title: t('caseLoad.hoursPerWeek'),
              sortable: true,
              textAlign: 'right',
              render: (r) => formatNumber(r.hoursPerWeek, i18n.language),
            },
          ]}
        />
      </Paper>
    </Stack>
  );
}
