import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCircleCheck, IconCircleX, IconClock, IconPrinter } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ELIGIBILITY_CHECKS, type Output } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useCan } from '../../app/permissions';
import { DateField } from '../../lib/DateField';
import { todayLocal } from '../../lib/dates';
import { downloadBase64 } from '../../lib/download';
import { useEnumOptions } from '../../lib/enums';
import { formatDate, formatDateTime } from '../../lib/format';
import { ProcedureModal } from '../../lib/ProcedureModal';
import { CheckModal } from './CheckModal';
import { EndModal } from './EndModal';
import { money } from './money';
import { StatusBadge } from './StatusBadge';
import { TimesheetGrid } from './TimesheetGrid';

// A caregiver's card: who cares for whom and on what basis, every legal check with its evidence
// (what is missing or failed says why the registration waits or was refused), the contract, the
// months' timesheets and the pay received.

type Card = Output<'caregivers.card'>;
type Check = (typeof ELIGIBILITY_CHECKS)[number];

/** Months from the contract's first to the current one (or its end), newest first. */
function monthsOf(fromOn: string, toOn: string): string[] {
  const last = [toOn.slice(0, 7), todayLocal().slice(0, 7)].sort()[0] as string;
  const out: string[] = [];
  let [y, m] = fromOn.slice(0, 7).split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    out.push(month);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out.reverse();
}

export function CaregiverCard() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const _options = useEnumOptions();
  const [card, setCard] = useState<Card | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<'check' | 'contract' | 'end' | null>(null);
  const [check, setCheck] = useState<Check>('mental_health');
  const [month, setMonth] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const print = async () => {
    setPrinting(true);
    try {
      const file = await call('caregivers.cardPdf', { id, locale: i18n.language as 'kk' | 'ru' | 'en' });
      downloadBase64(file.base64, file.fileName, 'application/pdf');
    } catch (e) {
      notifications.show({
        color: 'red',
        message: e instanceof ApiCallError ? e.message : t('errors.network'),
      });
    } finally {
      setPrinting(false);
    }
  };
  const load = useCallback(() => {
    call('caregivers.card', { id }).then(setCard, (e) =>
      setError(e instanceof ApiCallError ? e.message : t('errors.network')),
    );
  }, [id, t]);
  useEffect(load, [load]);
  if (error) return <Alert color="red">{error}</Alert>;
  if (!card) return <Loader size="sm" />;
  const r = card.registration;
  const edit = can('caregivers.recordCheck') && r.status !== 'ended';
  const latest = new Map<Check, Card['checks'][number]>();
  for (const c of [...card.checks].reverse()) latest.set(c.check, c);
  const contract = r.contract && !r.contract.endedOn ? r.contract : null;
  const months = contract ? monthsOf(contract.fromOn, contract.toOn) : [];
  const shownMonth = month && months.includes(month) ? month : (months[0] ?? null);
  const close = (saved: unknown) => {
    setOpen(null);
    if (saved) load();
  };
  const state = (c: Check) =>
    card.eligibility.failed.includes(c) ? 'fail' : card.eligibility.missing.includes(c) ? 'missing' : 'pass';
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2" data-testid="caregiver-name">
            {r.caregiverName}
          </Title>
          <Text c="dimmed" size="sm">
            {t(`enums.caregiverRole.${r.role}`)} · {t(`enums.caregiverRelation.${r.relation}`)} ·{' '}
            <Anchor
              component={Link}
              to={`/applicants/${r.caredForId}?tab=caregivers`}
              size="sm"
              underline="always"
            >
              {r.caredForName}
            </Anchor>
          </Text>
        </div>
        <Group gap="sm">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPrinter size={14} />}
            loading={printing}
            onClick={() => void print()}
            data-testid="caregiver-print"
          >
            {t('caregivers.print')}
          </Button>
          <Anchor component={Link} to="/caregivers" size="sm">
            <Group gap={4}>
              <IconArrowLeft size={14} />
              <Text span size="sm">
                {t('caregivers.back')}
              </Text>
            </Group>
          </Anchor>
        </Group>
      </Group>
      <Paper withBorder p="md" radius="md">
        <Group gap="xl" align="flex-start">
          <StatusBadge status={r.status} />
          <Text size="sm">
            {t('caregivers.registeredOn')}: {formatDate(r.registeredOn, i18n.language)}
          </Text>
          <Text size="sm">
            {t('caregivers.hoursPerDay')}: {r.hoursPerDay}
          </Text>
          <Text size="sm" style={{ flex: 1 }}>
            {t('caregivers.basis')}: {r.basis}
          </Text>
        </Group>
        {card.eligibility.failed.some((f) => !(ELIGIBILITY_CHECKS as readonly string[]).includes(f)) && (
          <Alert color="red" mt="sm">
            {card.eligibility.failed
              .filter((f) => !(ELIGIBILITY_CHECKS as readonly string[]).includes(f))
              .map((f) => t(`caregivers.refusal.${f}`))
              .join('; ')}
          </Alert>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="caregiver-checks">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('caregivers.checks')}
          </Title>
          {edit && (
            <Button size="xs" variant="light" onClick={() => setOpen('check')} data-testid="check-add">
              {t('caregivers.checkAdd')}
            </Button>
          )}
        </Group>
        <Table withTableBorder>
          <Table.Tbody>
            {ELIGIBILITY_CHECKS.map((c) => {
              const rec = latest.get(c);
              const s = state(c);
              return (
                <Table.Tr key={c} data-testid={`check-${c}`}>
                  <Table.Td w={36}>
                    {s === 'pass' ? (
                      <IconCircleCheck
                        color="var(--mantine-color-teal-7)"
                        size={18}
                        aria-label={t('caregivers.checkPass')}
                      />
                    ) : s === 'fail' ? (
                      <IconCircleX
                        color="var(--mantine-color-red-7)"
                        size={18}
                        aria-label={t('caregivers.checkFail')}
                      />
                    ) : (
                      <IconClock
                        color="var(--mantine-color-orange-7)"
                        size={18}
                        aria-label={t('caregivers.checkMissing')}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`enums.eligibilityCheck.${c}`)}</Text>
                    {rec ? (
                      <Text size="xs" c="dimmed">
                        {t(`enums.evidenceKind.${rec.evidenceKind}`)} {rec.evidenceNo},{' '}
                        {formatDate(rec.evidenceOn, i18n.language)}
                        {rec.validUntil
                          ? ` · ${t('caregivers.validUntil', { date: formatDate(rec.validUntil, i18n.language) })}`
                          : ''}{' '}
                        · {rec.checkedBy}, {formatDateTime(rec.checkedAt, i18n.language)}
                      </Text>
                    ) : (
                      <Text size="xs" c="dimmed">
                        {c === 'adult' || c === 'pension_age'
                          ? t('caregivers.fromBirthDate')
                          : c === 'training' && s === 'pass'
                            ? t('caregivers.fromRegister')
                            : t('caregivers.noRecord')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td w={110}>
                    {edit && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => {
                          setCheck(c);
                          setOpen('check');
                        }}
                        data-testid={`check-record-${c}`}
                      >
                        {t('caregivers.checkRecord')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="caregiver-contract">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('caregivers.contract')}
          </Title>
          <Group gap="xs">
            {can('caregivers.signContract') &&
              !contract &&
              (r.status === 'eligible' || r.status === 'active') && (
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => setOpen('contract')}
                  data-testid="contract-sign"
                >
                  {t('caregivers.contractSign')}
                </Button>
              )}
            {can('caregivers.endContract') && contract && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => setOpen('end')}
                data-testid="contract-end"
              >
                {t('caregivers.contractEnd')}
              </Button>
            )}
          </Group>
        </Group>
        {card.contracts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {r.status === 'eligible' ? t('caregivers.noContractYet') : t('caregivers.contractAfterChecks')}
          </Text>
        ) : (
          <Table withTableBorder striped>
            <Table.Tbody>
              {card.contracts.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.number}</Table.Td>
                  <Table.Td>
                    {formatDate(c.fromOn, i18n.language)} — {formatDate(c.toOn, i18n.language)}
                  </Table.Td>
                  <Table.Td>
                    {t('caregivers.rateLine', { rate: money(c.hourlyRate, i18n.language), h: c.hoursPerDay })}
                  </Table.Td>
                  <Table.Td>{c.iban}</Table.Td>
                  <Table.Td>
                    {c.endedOn ? (
                      <Badge variant="light" color="gray">
                        {t('caregivers.endedOnReason', {
                          date: formatDate(c.endedOn, i18n.language),
                          reason: t(`enums.contractEndReason.${c.endReason}`),
                        })}
                      </Badge>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {contract && shownMonth && (
        <Stack gap="xs">
          <Select
            label={t('caregivers.month')}
            data={months.map((m) => ({ value: m, label: formatDate(`${m}-01`, i18n.language).slice(3) }))}
            value={shownMonth}
            allowDeselect={false}
            onChange={setMonth}
            w={200}
            data-testid="sheet-month"
          />
          <TimesheetGrid
            key={`${contract.id}${shownMonth}`}
            contractId={contract.id}
            month={shownMonth}
            onChanged={load}
          />
        </Stack>
      )}
      <Paper withBorder p="md" radius="md" data-testid="caregiver-pay">
        <Title order={2} size="h4" mb="sm">
          {t('caregivers.payHistory')}
        </Title>
        {card.pay.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('caregivers.noPay')}
          </Text>
        ) : (
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('caregivers.month')}</Table.Th>
                <Table.Th ta="right">{t('payroll.hours')}</Table.Th>
                <Table.Th ta="right">{t('payroll.gross')}</Table.Th>
                <Table.Th ta="right">{t('payroll.withheld')}</Table.Th>
                <Table.Th ta="right">{t('payroll.net')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {card.pay.map((p) => (
                <Table.Tr key={`${p.month}${p.contractId}`}>
                  <Table.Td>{formatDate(`${p.month}-01`, i18n.language).slice(3)}</Table.Td>
                  <Table.Td ta="right">{p.hours}</Table.Td>
                  <Table.Td ta="right">{money(p.gross, i18n.language)}</Table.Td>
                  <Table.Td ta="right">{money(p.opv + p.vosms + p.ipn, i18n.language)}</Table.Td>
                  <Table.Td ta="right">{money(p.net, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {open === 'check' && <CheckModal registrationId={r.id} check={check} onClose={close} />}
      {open === 'contract' && (
        <ProcedureModal
          title={t('caregivers.contractSign')}
          procedure="caregivers.signContract"
          fixed={{ registrationId: r.id }}
          initial={{
            number: '',
            signedOn: todayLocal(),
            fromOn: todayLocal(),
            toOn: '',
            hoursPerDay: r.hoursPerDay,
            iban: '',
          }}
          saved="caregivers.contractSaved"
          size="lg"
          onClose={close}
        >
          {(form, input) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('caregivers.contractNo')}
                withAsterisk
                {...input('number')}
                data-testid="contract-number"
              />
              <DateField
                label={t('caregivers.signedOn')}
                withAsterisk
                {...form.getInputProps('signedOn')}
                data-testid="contract-signed"
              />
              <DateField
                label={t('caregivers.fromOn')}
                withAsterisk
                {...form.getInputProps('fromOn')}
                data-testid="contract-from"
              />
              <DateField
                label={t('caregivers.toOn')}
                withAsterisk
                {...form.getInputProps('toOn')}
                data-testid="contract-to"
              />
              <NumberInput
                label={t('caregivers.hoursPerDay')}
                withAsterisk
                min={1}
                max={12}
                allowDecimal={false}
                {...form.getInputProps('hoursPerDay')}
              />
              <TextInput
                label={t('caregivers.iban')}
                description={t('caregivers.ibanHint')}
                withAsterisk
                {...input('iban')}
                data-testid="contract-iban"
              />
              <Text size="xs" c="dimmed" style={{ gridColumn: '1 / -1' }}>
                {t('caregivers.rateFromTable')}
              </Text>
            </SimpleGrid>
          )}
        </ProcedureModal>
      )}
      {open === 'end' && contract && <EndModal what="contract" contractId={contract.id} onClose={close} />}
    </Stack>
  );
}
