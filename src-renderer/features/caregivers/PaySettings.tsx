import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAREGIVER_ROLES, type Output, PAY_COMPONENTS } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { DateField } from '../../lib/DateField';
import { useEnumOptions } from '../../lib/enums';
import { formatDate } from '../../lib/format';
import { ProcedureModal } from '../../lib/ProcedureModal';
import { money } from './money';

// Settings → Pay: the akimat's hourly rates (a new decree adds a row from its date), each year's
// figures with their legal basis (МРП, МЗП, rates and caps, as shipped for 2025 and 2026 and
// edited when a law changes them), and which component applies to which role's pay.

type Figures = Output<'caregivers.payFigures'>['years'][number];

const FIGURE_FIELDS = [
  'mrp',
  'mzp',
  'subsistence',
  'opvRate',
  'opvCapMzp',
  'opvrRate',
  'soRate',
  'soMinMzp',
  'soMaxMzp',
  'vosmsRate',
  'vosmsCapMzp',
  'oosmsRate',
  'oosmsCapMzp',
  'ipnRate',
  'ipnThresholdMrp',
  'ipnHighRate',
  'ipnDeductionMrp',
] as const;
const MONEY = new Set(['mrp', 'mzp', 'subsistence']);
const RATE = (f: string) => f.endsWith('Rate');

export function PaySettings() {
  const { t, i18n } = useTranslation();
  const options = useEnumOptions();
  const [tick, setTick] = useState(0);
  const { data: rates } = useLatestAnswer('caregivers.rates', { tick } as never);
  const { data: pay } = useLatestAnswer('caregivers.payFigures', { tick } as never);
  const [open, setOpen] = useState<'rate' | Figures | null>(null);
  const reload = () => setTick((n) => n + 1);
  const setApplies = async (role: string, component: string, applies: boolean) => {
    try {
      await call('caregivers.setApplicability', { role, component, applies } as never);
      notifications.show({ color: 'teal', message: t('paySettings.applicabilitySaved') });
      reload();
    } catch (e) {
      notifications.show({
        color: 'red',
        message: e instanceof ApiCallError ? e.message : t('errors.network'),
      });
    }
  };
  // Amounts in tenge and rates in percent on screen; tiyn and basis points in the contract.
  const shown = (f: string, v: number) => (MONEY.has(f) ? v / 100 : RATE(f) ? v / 100 : v);
  const stored = (f: string, v: number) => Math.round(MONEY.has(f) || RATE(f) ? v * 100 : v);
  return (
    <Stack>
      <Paper withBorder p="md" radius="md" data-testid="pay-rates">
        <Group justify="space-between" mb="sm">
          <div>
            <Title order={2} size="h4">
              {t('paySettings.rates')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('paySettings.ratesHint')}
            </Text>
          </div>
          <Button variant="light" onClick={() => setOpen('rate')} data-testid="rate-add">
            {t('paySettings.rateAdd')}
          </Button>
        </Group>
        {(rates ?? []).length === 0 ? (
          <Text size="sm" c="red.9">
            {t('paySettings.noRates')}
          </Text>
        ) : (
          <Table withTableBorder striped>
            <Table.Tbody>
              {(rates ?? []).map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{t(`enums.caregiverRole.${r.role}`)}</Table.Td>
                  <Table.Td>
                    {t('paySettings.from', { date: formatDate(r.effectiveFrom, i18n.language) })}
                  </Table.Td>
                  <Table.Td>{money(r.hourlyRate, i18n.language)}</Table.Td>
                  <Table.Td>{r.basis}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="pay-figures">
        <Title order={2} size="h4">
          {t('paySettings.figures')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('paySettings.figuresHint')}
        </Text>
        <Table withTableBorder striped>
          <Table.Tbody>
            {(pay?.years ?? []).map((y) => (
              <Table.Tr key={y.year}>
                <Table.Td fw={600}>{y.year}</Table.Td>
                <Table.Td>
                  {t('paySettings.figureLine', {
                    mrp: money(y.mrp, i18n.language),
                    mzp: money(y.mzp, i18n.language),
                    pm: money(y.subsistence, i18n.language),
                  })}
                  <Text size="xs" c="dimmed">
                    {y.basis}
                  </Text>
                </Table.Td>
                <Table.Td w={110}>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => setOpen(y)}
                    data-testid={`figures-edit-${y.year}`}
                  >
                    {t('paySettings.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="pay-applicability">
        <Title order={2} size="h4">
          {t('paySettings.applicability')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('paySettings.applicabilityHint')}
        </Text>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('paySettings.component')}</Table.Th>
              {CAREGIVER_ROLES.map((r) => (
                <Table.Th key={r}>{t(`enums.caregiverRole.${r}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {PAY_COMPONENTS.map((c) => (
              <Table.Tr key={c}>
                <Table.Td>{t(`enums.payComponent.${c}`)}</Table.Td>
                {CAREGIVER_ROLES.map((r) => (
                  <Table.Td key={r}>
                    <Switch
                      checked={pay?.applicability[r]?.[c] ?? true}
                      onChange={(e) => void setApplies(r, c, e.currentTarget.checked)}
                      aria-label={`${t(`enums.payComponent.${c}`)} — ${t(`enums.caregiverRole.${r}`)}`}
                      data-testid={`applies-${r}-${c}`}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {open === 'rate' && (
        <ProcedureModal
          title={t('paySettings.rateAdd')}
          procedure="caregivers.saveRate"
          initial={{ role: '', effectiveFrom: '', hourlyRate: '', basis: '' }}
          saved="paySettings.rateSaved"
          onClose={(r) => {
            setOpen(null);
            if (r) reload();
          }}
        >
          {(form, input) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('caregivers.role')}
                data={options('caregiverRole', CAREGIVER_ROLES)}
                withAsterisk
                {...form.getInputProps('role')}
                data-testid="rate-role"
              />
              <DateField
                label={t('paySettings.effectiveFrom')}
                withAsterisk
                {...form.getInputProps('effectiveFrom')}
                data-testid="rate-from"
              />
              <NumberInput
                label={t('paySettings.hourlyRate')}
                withAsterisk
                min={0.01}
                decimalScale={2}
                value={form.values.hourlyRate === '' ? '' : Number(form.values.hourlyRate) / 100}
                onChange={(v) =>
                  form.setFieldValue('hourlyRate', v === '' ? '' : Math.round(Number(v) * 100))
                }
                error={form.errors.hourlyRate}
                data-testid="rate-amount"
              />
              <TextInput
                label={t('paySettings.basis')}
                withAsterisk
                {...input('basis')}
                data-testid="rate-basis"
              />
            </SimpleGrid>
          )}
        </ProcedureModal>
      )}
      {open && typeof open === 'object' && (
        <ProcedureModal
          title={t('paySettings.figuresFor', { year: open.year })}
          procedure="caregivers.savePayFigures"
          fixed={{ year: open.year }}
          initial={{ ...Object.fromEntries(FIGURE_FIELDS.map((f) => [f, open[f]])), basis: open.basis }}
          saved="paySettings.figuresSaved"
          size="xl"
          onClose={(r) => {
            setOpen(null);
            if (r) reload();
          }}
        >
          {(form, input) => (
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                {FIGURE_FIELDS.map((f) => (
                  <NumberInput
                    key={f}
                    label={t(`paySettings.f.${f}`)}
                    decimalScale={MONEY.has(f) || RATE(f) ? 2 : 0}
                    value={shown(f, Number(form.values[f]))}
                    onChange={(v) => form.setFieldValue(f, stored(f, Number(v)))}
                    error={form.errors[f]}
                  />
                ))}
              </SimpleGrid>
              <TextInput label={t('paySettings.basis')} withAsterisk {...input('basis')} />
            </Stack>
          )}
        </ProcedureModal>
      )}
    </Stack>
  );
}
