import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useCan } from '../../app/permissions';
import { formatDate, formatDateTime } from '../../lib/format';
import { ProcedureModal } from '../../lib/ProcedureModal';

// A month's timesheet as a calendar: one field per day (Tab moves from day to day, arrows change
// the hours), days off shaded, days outside the contract closed. The contract's hours a day cap
// each field; the server refuses more, naming the day. A head confirms the month; then the grid is
// read-only and corrections are separate lines with a reason.

type Sheet = Output<'caregivers.timesheet'>;

export function TimesheetGrid({
  contractId,
  month,
  onChanged,
}: {
  contractId: string;
  month: string;
  onChanged(): void;
}) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [hours, setHours] = useState<number[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [adjusting, setAdjusting] = useState(false);
  const load = useCallback(() => {
    call('caregivers.timesheet', { contractId, month }).then(
      (s) => {
        setSheet(s);
        setHours(s.days.map((d) => d.hours));
        setErrors({});
      },
      (e) => setError(e instanceof ApiCallError ? e.message : t('errors.network')),
    );
  }, [contractId, month, t]);
  useEffect(load, [load]);
  if (!sheet) return error ? <Alert color="red">{error}</Alert> : null;
  const locked = sheet.state === 'confirmed';
  const total = hours.reduce((a, b) => a + b, 0);
  const adjusted = sheet.adjustments.reduce((a, x) => a + x.hours, 0);
  const act = async (what: 'save' | 'confirm') => {
    setBusy(true);
    setError(null);
    try {
      if (what === 'save') await call('caregivers.saveTimesheet', { contractId, month, days: hours });
      else if (sheet.id) await call('caregivers.confirmTimesheet', { id: sheet.id });
      notifications.show({
        color: 'teal',
        message: t(what === 'save' ? 'caregivers.sheetSaved' : 'caregivers.sheetConfirmed'),
      });
      load();
      onChanged();
    } catch (e) {
      if (e instanceof ApiCallError) {
        setError(e.message);
        setErrors(e.fields);
      } else setError(t('errors.network'));
    } finally {
      setBusy(false);
    }
  };
  // Weeks start on Monday; blank cells before the 1st.
  const lead = (new Date(`${month}-01T00:00:00Z`).getUTCDay() + 6) % 7;
  const weekdays = t('caregivers.weekdays', { returnObjects: true }) as string[];
  return (
    <Paper withBorder p="md" radius="md" data-testid="timesheet">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          {t('caregivers.sheetTitle', { month: formatDate(`${month}-01`, i18n.language).slice(3) })}
        </Title>
        <Badge
          variant="light"
          color={locked ? 'teal' : sheet.state === 'draft' ? 'orange' : 'gray'}
          data-testid="sheet-state"
        >
          {t(`caregivers.sheetState.${sheet.state}`)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t('caregivers.sheetHint', { cap: sheet.cap })}
      </Text>
      <SimpleGrid cols={7} spacing={6} verticalSpacing={6}>
        {weekdays.map((w) => (
          <Text key={w} size="xs" fw={600} ta="center" c="dimmed">
            {w}
          </Text>
        ))}
        {/* The weekdays before the 1st stay empty (keyed by the weekday they stand for). */}
        {weekdays.slice(0, lead).map((w) => (
          <div key={`before-${w}`} />
        ))}
        {sheet.days.map((d, i) => (
          <NumberInput
            key={d.date}
            size="xs"
            label={String(i + 1)}
            aria-label={formatDate(d.date, i18n.language)}
            min={0}
            max={sheet.cap}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            disabled={locked || !d.inContract}
            value={hours[i] ?? 0}
            onChange={(v) => setHours((h) => h.map((x, j) => (j === i ? Number(v) || 0 : x)))}
            error={errors[`days.${i}`]}
            styles={{
              input: d.dayOff ? { background: 'var(--mantine-color-gray-1)' } : undefined,
              label: { fontSize: 11, color: d.dayOff ? 'var(--mantine-color-red-8)' : undefined },
            }}
            data-testid={`day-${i + 1}`}
          />
        ))}
      </SimpleGrid>
      <Group justify="space-between" mt="sm">
        <Text size="sm" data-testid="sheet-total">
          {t('caregivers.sheetTotal', { n: total })}
          {adjusted
            ? ` ${t('caregivers.sheetAdjusted', { n: adjusted > 0 ? `+${adjusted}` : adjusted })}`
            : ''}
        </Text>
        <Group gap="xs">
          {!locked && can('caregivers.saveTimesheet') && (
            <Button
              size="xs"
              variant="light"
              loading={busy}
              onClick={() => void act('save')}
              data-testid="sheet-save"
            >
              {t('common.save')}
            </Button>
          )}
          {!locked && sheet.state === 'draft' && can('caregivers.confirmTimesheet') && (
            <Button size="xs" loading={busy} onClick={() => void act('confirm')} data-testid="sheet-confirm">
              {t('caregivers.sheetConfirm')}
            </Button>
          )}
          {locked && can('caregivers.adjustTimesheet') && (
            <Button size="xs" variant="light" onClick={() => setAdjusting(true)} data-testid="sheet-adjust">
              {t('caregivers.sheetAdjust')}
            </Button>
          )}
        </Group>
      </Group>
      {error && (
        <Alert color="red" mt="sm" data-testid="sheet-error">
          {error}
        </Alert>
      )}
      {sheet.adjustments.length > 0 && (
        <Stack gap={4} mt="sm">
          <Text size="sm" fw={600}>
            {t('caregivers.adjustments')}
          </Text>
          <Table withTableBorder fz="sm">
            <Table.Tbody>
              {sheet.adjustments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td w={80}>{a.hours > 0 ? `+${a.hours}` : a.hours}</Table.Td>
                  <Table.Td>{a.reason}</Table.Td>
                  <Table.Td>
                    {a.by} · {formatDateTime(a.at, i18n.language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      {adjusting && sheet.id && (
        <ProcedureModal
          title={t('caregivers.sheetAdjust')}
          procedure="caregivers.adjustTimesheet"
          fixed={{ timesheetId: sheet.id }}
          initial={{ hours: '', reason: '' }}
          saved="caregivers.adjustSaved"
          onClose={(r) => {
            setAdjusting(false);
            if (r) {
              load();
              onChanged();
            }
          }}
        >
          {(form, input) => (
            <Stack>
              <NumberInput
                label={t('caregivers.adjustHours')}
                description={t('caregivers.adjustHint')}
                withAsterisk
                allowDecimal={false}
                {...form.getInputProps('hours')}
                data-testid="adjust-hours"
              />
              <TextInput
                label={t('caregivers.adjustReason')}
                withAsterisk
                {...input('reason')}
                data-testid="adjust-reason"
              />
            </Stack>
          )}
        </ProcedureModal>
      )}
    </Paper>
  );
}
