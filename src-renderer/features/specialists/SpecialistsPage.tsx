import {
  Badge,
  Button,
  Group,
  Paper,
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
import { IconFileSpreadsheet, IconPlus, IconSearch } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import {
  CERTIFICATION_STATES,
  type Input,
  type Output,
  SPECIALIST_POSITIONS,
  specialistInput,
} from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { useCan } from '../../app/permissions';
import { blankToNull } from '../../lib/blank';
import { downloadBase64, XLSX_MIME } from '../../lib/download';
import { useEnumOptions } from '../../lib/enums';
import { FormModal } from '../../lib/FormModal';
import { formatDate, formatNumber } from '../../lib/format';
import { limitedInputs } from '../../lib/limits';
import { usePagedTable } from '../../lib/pagination';
import { useRemembered } from '../../lib/remembered';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';

// The district's specialists: who signs assessment acts and is responsible for work plans.
// Certificates and their alerts come with the register of specialists (issue 15).

type Specialist = Output<'specialists.list'>[number];

export function SpecialistModal({
  item,
  onClose,
}: {
  item: Specialist | null;
  onClose(saved: boolean): void;
}) {
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

const STATE_COLOR: Record<Specialist['certState'], string> = {
  certified: 'teal',
  expiring: 'orange',
  expired: 'red',
  never: 'gray',
};

/** The certificate's state with its end date, as the list and the card show it. */
export function CertBadge({ s }: { s: Pick<Specialist, 'certState' | 'certValidUntil'> }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={2}>
      <Badge
        variant="light"
        color={STATE_COLOR[s.certState]}
        style={{ minWidth: 'max-content' }}
        data-testid="cert-state"
      >
        {t(`enums.certificationState.${s.certState}`)}
      </Badge>
      {s.certValidUntil && (
        <Text size="xs" c="dimmed">
          {t('specialists.until', { date: formatDate(s.certValidUntil, i18n.language) })}
        </Text>
      )}
    </Stack>
  );
}

export function SpecialistsPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const options = useEnumOptions();
  const [tick, setTick] = useState(0);
  const { data: providers } = useLatestAnswer('providers.list', {});
  const [editing, setEditing] = useState<'new' | null>(null);
  const [query, setQuery] = useRemembered('specialists.query', '');
  const [position, setPosition] = useRemembered('specialists.position', '');
  const [state, setState] = useRemembered('specialists.state', '');
  // A home alert opens the list at its state (?state=expiring).
  const [params, setParams] = useSearchParams();
  const asked = params.get('state');
  useEffect(() => {
    if (asked && (CERTIFICATION_STATES as readonly string[]).includes(asked)) {
      setState(asked);
      setParams({}, { replace: true });
    }
  }, [asked, setState, setParams]);
  const [employer, setEmployer] = useRemembered('specialists.employer', '');
  const [page, setPage] = useRemembered('specialists.page', 1);
  const [pageSize, setPageSize] = useRemembered('specialists.pageSize', 25);
  const [sort, setSort] = useRemembered<DataTableSortStatus<Specialist>>('specialists.sort', {
    columnAccessor: 'name',
    direction: 'asc',
  });
  // `tick` re-reads the page after a save (the server ignores it).
  const { data, fetching } = useLatestAnswer(
    'specialists.search',
    {
      query: query.trim(),
      page,
      pageSize,
      sortBy:
        sort.columnAccessor === 'certValidUntil'
          ? 'certValidUntil'
          : sort.columnAccessor === 'position'
            ? 'position'
            : 'name',
      sortDir: sort.direction,
      ...(position ? { position: position as Specialist['position'] } : {}),
      ...(state ? { state: state as Specialist['certState'] } : {}),
      ...(employer ? { employer } : {}),
      tick,
    } as never,
    { loaderAfterMs: 300 },
  );
  const total = data?.total ?? 0;
  const table = usePagedTable({ page, setPage, pageSize, setPageSize, total, fetching, sort, setSort });
  const employerName = (id: string | null) => {
    const p = providers?.find((x) => x.id === id);
    return p ? (i18n.language === 'kk' ? p.nameKk : p.nameRu) : t('specialists.department');
  };
  const any = { value: '', label: t('deadlines.any') };
  const pick = (set: (v: string) => void) => (v: string | null) => {
    set(v ?? '');
    setPage(1);
  };
  const filtered = !!(query.trim() || position || state || employer);
  const [exporting, setExporting] = useState(false);
  // The list as it stands (same search, filters and order), to an .xlsx.
  async function exportList() {
    setExporting(true);
    try {
      const file = await call('specialists.export', {
        query: query.trim(),
        sortBy:
          sort.columnAccessor === 'certValidUntil'
            ? 'certValidUntil'
            : sort.columnAccessor === 'position'
              ? 'position'
              : 'name',
        sortDir: sort.direction,
        ...(position ? { position: position as Specialist['position'] } : {}),
        ...(state ? { state: state as Specialist['certState'] } : {}),
        ...(employer ? { employer } : {}),
      });
      downloadBase64(file.base64, file.fileName, XLSX_MIME);
    } catch (err) {
      notifications.show({
        color: 'red',
        message: err instanceof ApiCallError ? err.message : t('errors.network'),
      });
    } finally {
      setExporting(false);
    }
  }
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
        <Group gap="sm">
          <Button
            variant="light"
            leftSection={<IconFileSpreadsheet size={16} />}
            loading={exporting}
            onClick={exportList}
            data-testid="spec-export"
          >
            {t('specialists.export')}
          </Button>
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
      </Group>
      <Paper withBorder p="sm" radius="md">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('specialists.search')}
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setPage(1);
            }}
            style={{ flex: 1, minWidth: 240 }}
            data-testid="spec-search"
          />
          <Select
            label={t('specialists.position')}
            data={[any, ...options('specialistPosition', SPECIALIST_POSITIONS)]}
            value={position}
            allowDeselect={false}
            onChange={pick(setPosition)}
            w={260}
          />
          <Select
            label={t('specialists.certificate')}
            data={[any, ...options('certificationState', CERTIFICATION_STATES)]}
            value={state}
            allowDeselect={false}
            onChange={pick(setState)}
            w={200}
            data-testid="spec-state"
          />
          <Select
            label={t('specialists.employer')}
            data={[
              any,
              { value: 'department', label: t('specialists.department') },
              ...(providers ?? []).map((p) => ({
                value: p.id,
                label: i18n.language === 'kk' ? p.nameKk : p.nameRu,
              })),
            ]}
            value={employer}
            allowDeselect={false}
            onChange={pick(setEmployer)}
            w={220}
          />
          <Text size="sm" c="dimmed" pb={8} data-testid="spec-total">
            {t('applicants.total', { n: formatNumber(total, i18n.language) })}
          </Text>
        </Group>
      </Paper>
      <DataTable<Specialist>
        {...table}
        minHeight={220}
        records={data?.rows ?? []}
        noRecordsText={filtered ? t('specialists.noMatches') : t('specialists.empty')}
        onRowClick={({ record }) => navigate(`/specialists/${record.id}`)}
        rowStyle={() => ({ cursor: 'pointer' })}
        columns={[
          {
            accessor: 'name',
            title: t('specialists.name'),
            sortable: true,
            render: (s) => (
              <div>
                <Text size="sm">{[s.lastName, s.firstName, s.patronymic].filter(Boolean).join(' ')}</Text>
                <Text size="xs" c="dimmed">
                  {s.iin}
                </Text>
              </div>
            ),
          },
          {
            accessor: 'position',
            title: t('specialists.position'),
            sortable: true,
            render: (s) => t(`enums.specialistPosition.${s.position}`),
          },
          {
            accessor: 'providerId',
            title: t('specialists.employer'),
            render: (s) => employerName(s.providerId),
          },
          {
            accessor: 'certValidUntil',
            title: t('specialists.certificate'),
            sortable: true,
            render: (s) => <CertBadge s={s} />,
          },
        ]}
      />
      {editing && (
        <SpecialistModal
          item={null}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setTick((n) => n + 1);
          }}
        />
      )}
    </Stack>
  );
}
