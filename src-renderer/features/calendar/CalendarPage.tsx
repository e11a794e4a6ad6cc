import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CALENDAR_CONFIDENCES,
  CALENDAR_KINDS,
  calendarDayInput,
  type Output,
} from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { blankToNull } from '../../lib/blank';
import { DateField } from '../../lib/DateField';
import { useEnumOptions } from '../../lib/enums';
import { FormModal } from '../../lib/FormModal';
import { formatDate } from '../../lib/format';
import { limitedInputs } from '../../lib/limits';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';

// Administration → Calendar: the days that are not plain Monday–Friday working days, a year at
// a time, with their basis and how sure the entry is. An administrator adds a transfer order's
// days, moves a day or removes one; every change recomputes open cases' deadlines.

type Day = Output<'calendar.list'>[number];
const YEARS = ['2025', '2026', '2027', '2028'];

function DayModal({
  day,
  year,
  onClose,
}: {
  day: Day | null;
  year: string;
  onClose(saved: number | null): void;
}) {
  const { t, i18n } = useTranslation();
  const options = useEnumOptions();
  const validate = contractValidator<Record<string, unknown>>(calendarDayInput, () => i18n.language);
  const form = useForm<Record<string, unknown>>({
    initialValues: day
      ? { ...day }
      : {
          day: '',
          off: true,
          kind: 'transfer_off',
          nameKk: '',
          nameRu: '',
          basis: '',
          confidence: 'official',
        },
    validateInputOnBlur: true,
    validate: (v) => validate(blankToNull(v)),
  });
  const input = limitedInputs(form.getInputProps, calendarDayInput);
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      const saved = await call('calendar.save', blankToNull(v) as never);
      onClose(saved.recomputed);
    }),
  );
  return (
    <FormModal
      title={day ? t('calendar.edit') : t('calendar.add', { year })}
      onClose={() => onClose(null)}
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      <Text size="sm" c="dimmed">
        {t('calendar.formHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t('calendar.day')}
          withAsterisk
          value={form.values.day as string}
          onChange={(v) => form.setFieldValue('day', v)}
          error={form.errors.day}
          data-testid="calendar-day"
        />
        <Select
          label={t('calendar.kind')}
          withAsterisk
          allowDeselect={false}
          data={options('calendarKind', CALENDAR_KINDS)}
          data-testid="calendar-kind"
          {...form.getInputProps('kind')}
          onChange={(v) => {
            form.setFieldValue('kind', v ?? '');
            // A transfer to a working day is the only kind that makes a day working.
            form.setFieldValue('off', v !== 'transfer_work');
          }}
        />
        <TextInput
          label={t('calendar.nameKk')}
          withAsterisk
          data-testid="calendar-name-kk"
          {...input('nameKk')}
        />
        <TextInput
          label={t('calendar.nameRu')}
          withAsterisk
          data-testid="calendar-name-ru"
          {...input('nameRu')}
        />
      </SimpleGrid>
      <TextInput label={t('calendar.basis')} withAsterisk data-testid="calendar-basis" {...input('basis')} />
      <Group>
        <Switch label={t('calendar.off')} {...form.getInputProps('off', { type: 'checkbox' })} />
        <Select
          label={t('calendar.confidence')}
          allowDeselect={false}
          data={options('calendarConfidence', CALENDAR_CONFIDENCES)}
          {...form.getInputProps('confidence')}
        />
      </Group>
    </FormModal>
  );
}

export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<Day | 'new' | null>(null);
  const [days, setDays] = useState<Day[]>([]);
  const [error, setError] = useState<string | null>(null);
  // Read again after every change (version) and for the year shown.
  useEffect(() => {
    let live = true;
    // version is read so that a change fetches the year again.
    void version;
    call('calendar.list', { year: Number(year) })
      .then((d) => {
        if (!live) return;
        setDays(d);
        setError(null);
      })
      .catch((err) => {
        if (live) setError(err instanceof ApiCallError ? err.message : t('errors.network'));
      });
    return () => {
      live = false;
    };
  }, [year, version, t]);
  const name = (d: Day) => (i18n.language === 'kk' ? d.nameKk : d.nameRu);
  const closed = (recomputed: number | null) => {
    setEditing(null);
    if (recomputed === null) return;
    notifications.show({ color: 'teal', message: t('calendar.saved', { count: recomputed }) });
    setVersion((v) => v + 1);
  };
  async function remove(d: Day) {
    try {
      const done = await call('calendar.remove', { id: d.id });
      notifications.show({ color: 'teal', message: t('calendar.removed', { count: done.recomputed }) });
      setVersion((v) => v + 1);
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiCallError ? err.message : t('errors.network'),
      });
    }
  }
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('calendar.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('calendar.subtitle')}
        </Text>
      </div>
      <Group justify="space-between">
        <SegmentedControl value={year} onChange={setYear} data={YEARS} data-testid="calendar-year" />
        <Button variant="light" onClick={() => setEditing('new')} data-testid="calendar-add">
          {t('calendar.add', { year })}
        </Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      <Paper withBorder radius="md">
        <Table striped data-testid="calendar-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('calendar.day')}</Table.Th>
              <Table.Th>{t('calendar.name')}</Table.Th>
              <Table.Th>{t('calendar.kind')}</Table.Th>
              <Table.Th>{t('calendar.basis')}</Table.Th>
              <Table.Th>{t('calendar.confidence')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text size="sm" c="dimmed">
                    {t('calendar.empty', { year })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {days.map((d) => (
              <Table.Tr key={d.id} data-testid="calendar-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(d.day, i18n.language)}
                  <Text size="xs" c="dimmed">
                    {new Date(`${d.day}T12:00:00Z`).toLocaleDateString(
                      i18n.language === 'kk' ? 'kk-KZ' : 'ru-RU',
                      {
                        weekday: 'long',
                      },
                    )}
                  </Text>
                </Table.Td>
                <Table.Td>{name(d)}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={d.off ? 'orange' : 'teal'}
                    style={{ minWidth: 'max-content' }}
                  >
                    {t(`enums.calendarKind.${d.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{d.basis}</Text>
                </Table.Td>
                <Table.Td>{t(`enums.calendarConfidence.${d.confidence}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing(d)}>
                    {t('common.edit')}
                  </Button>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(d)}>
                    {t('calendar.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {editing && <DayModal day={editing === 'new' ? null : editing} year={year} onClose={closed} />}
    </Stack>
  );
}
