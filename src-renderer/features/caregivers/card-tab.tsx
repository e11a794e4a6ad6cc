import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
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
import { IconUsers } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CAREGIVER_RELATIONS, CAREGIVER_ROLES, type Output } from '../../../src-main/core/api/contract';
import { ApiCallError, call } from '../../api/client';
import { useCan } from '../../app/permissions';
import { DateField } from '../../lib/DateField';
import { todayLocal } from '../../lib/dates';
import { useEnumOptions } from '../../lib/enums';
import { formatDate } from '../../lib/format';
import { ProcedureModal } from '../../lib/ProcedureModal';
import { PersonPicker } from '../applicants/card/PersonPicker';
import type { CardTab, CardTabProps } from '../card/tabs';
import { EndModal } from './EndModal';
import { StatusBadge } from './StatusBadge';

// The person card's Caregivers tab: who is registered to care for this person (and how far
// their checks and contract have gone), the care allowance paid for them, and what excludes what.

type ForPerson = Output<'caregivers.forPerson'>;

function CaregiversPanel({ card, canEdit }: CardTabProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const options = useEnumOptions();
  const id = card.person.id;
  const [data, setData] = useState<ForPerson | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<'register' | 'allowance' | { end: string } | null>(null);
  const load = useCallback(() => {
    call('caregivers.forPerson', { applicantId: id }).then(setData, (e) =>
      setError(e instanceof ApiCallError ? e.message : t('errors.network')),
    );
  }, [id, t]);
  useEffect(load, [load]);
  if (error) return <Alert color="red">{error}</Alert>;
  if (!data) return null;
  const edit = canEdit && can('caregivers.register');
  const close = (saved: unknown) => {
    setOpen(null);
    if (saved) load();
  };
  // Household members are offered as names to search the registry by.
  const household = card.household.map((m) => m.fullName);
  return (
    <Stack>
      {data.assistantRefusal ? (
        <Alert color="gray" data-testid="caregivers-refusal">
          {t('caregivers.noAssistant', { reason: t(`caregivers.refusal.${data.assistantRefusal}`) })}
        </Alert>
      ) : (
        <Alert color="teal" variant="light" data-testid="caregivers-qualifies">
          {t('caregivers.qualifies')}
        </Alert>
      )}
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('caregivers.registrations')}
          </Title>
          {edit && (
            <Button
              size="xs"
              variant="light"
              onClick={() => setOpen('register')}
              data-testid="caregiver-register"
            >
              {t('caregivers.register')}
            </Button>
          )}
        </Group>
        {data.registrations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('caregivers.none')}
          </Text>
        ) : (
          <Table striped withTableBorder highlightOnHover data-testid="caregivers-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('caregivers.caregiver')}</Table.Th>
                <Table.Th>{t('caregivers.role')}</Table.Th>
                <Table.Th>{t('caregivers.status')}</Table.Th>
                <Table.Th>{t('caregivers.contract')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.registrations.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/caregivers/${r.id}`}
                      size="sm"
                      data-testid="caregiver-open"
                    >
                      {r.caregiverName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t(`enums.caregiverRelation.${r.relation}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`enums.caregiverRole.${r.role}`)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={r.status} />
                    {r.eligibility.missing.length > 0 && r.status === 'awaiting_documents' && (
                      <Text size="xs" c="dimmed">
                        {t('caregivers.missingCount', { n: r.eligibility.missing.length })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {r.contract
                      ? `${r.contract.number}, ${formatDate(r.contract.fromOn, i18n.language)} — ${formatDate(r.contract.toOn, i18n.language)}`
                      : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="allowances">
        <Group justify="space-between" mb="sm">
          <div>
            <Title order={2} size="h4">
              {t('caregivers.allowance')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('caregivers.allowanceHint')}
            </Text>
          </div>
          {edit && (
            <Button
              size="xs"
              variant="light"
              onClick={() => setOpen('allowance')}
              data-testid="allowance-add"
            >
              {t('caregivers.allowanceAdd')}
            </Button>
          )}
        </Group>
        {data.allowances.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('caregivers.noAllowance')}
          </Text>
        ) : (
          <Stack gap={4}>
            {data.allowances.map((a) => (
              <Group key={a.id} gap="sm">
                <Badge variant="light" color={a.endedOn ? 'gray' : 'teal'}>
                  {a.endedOn ? t('caregivers.allowanceEnded') : t('caregivers.allowancePaid')}
                </Badge>
                <Text size="sm">
                  {a.recipientName} · {formatDate(a.fromOn, i18n.language)}
                  {a.endedOn
                    ? ` — ${formatDate(a.endedOn, i18n.language)} (${t(`enums.allowanceEndReason.${a.endReason}`)})`
                    : ''}
                </Text>
                {edit && !a.endedOn && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => setOpen({ end: a.id })}
                    data-testid="allowance-end"
                  >
                    {t('caregivers.allowanceEnd')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
      {open === 'register' && (
        <ProcedureModal
          title={t('caregivers.register')}
          procedure="caregivers.register"
          fixed={{ caredForId: id }}
          initial={{
            caregiverId: '',
            relation: '',
            role: 'individual_assistant',
            hoursPerDay: 8,
            basis: '',
            registeredOn: todayLocal(),
          }}
          saved="caregivers.registered"
          size="lg"
          onClose={close}
        >
          {(form, input) => (
            <Stack>
              <PersonPicker
                label={t('caregivers.caregiver')}
                description={
                  household.length
                    ? t('caregivers.householdHint', { names: household.join(', ') })
                    : t('caregivers.pickHint')
                }
                excludeId={id}
                value={(form.values.caregiverId as string) || null}
                onChange={(v) => form.setFieldValue('caregiverId', v ?? '')}
              />
              {form.errors.caregiverId && (
                <Text size="xs" c="red">
                  {form.errors.caregiverId}
                </Text>
              )}
              <Anchor component={Link} to="/applicants/new" size="xs">
                {t('caregivers.newPerson')}
              </Anchor>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('caregivers.relation')}
                  data={options('caregiverRelation', CAREGIVER_RELATIONS)}
                  withAsterisk
                  {...form.getInputProps('relation')}
                  data-testid="caregiver-relation"
                />
                <Select
                  label={t('caregivers.role')}
                  data={options('caregiverRole', CAREGIVER_ROLES)}
                  withAsterisk
                  allowDeselect={false}
                  {...form.getInputProps('role')}
                  data-testid="caregiver-role"
                />
                <NumberInput
                  label={t('caregivers.hoursPerDay')}
                  description={t('caregivers.hoursHint')}
                  withAsterisk
                  min={1}
                  max={12}
                  allowDecimal={false}
                  {...form.getInputProps('hoursPerDay')}
                  data-testid="caregiver-hours"
                />
                <DateField
                  label={t('caregivers.registeredOn')}
                  withAsterisk
                  {...form.getInputProps('registeredOn')}
                />
              </SimpleGrid>
              <TextInput
                label={t('caregivers.basis')}
                description={t('caregivers.basisHint')}
                withAsterisk
                {...input('basis')}
                data-testid="caregiver-basis"
              />
            </Stack>
          )}
        </ProcedureModal>
      )}
      {open === 'allowance' && (
        <ProcedureModal
          title={t('caregivers.allowanceAdd')}
          procedure="caregivers.registerAllowance"
          fixed={{ caredForId: id }}
          initial={{ recipientName: '', recipientIin: '', fromOn: '' }}
          saved="caregivers.allowanceSaved"
          onClose={close}
        >
          {(form, input) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('caregivers.recipientName')}
                withAsterisk
                {...input('recipientName')}
                data-testid="allowance-name"
              />
              <TextInput label={t('caregivers.recipientIin')} {...input('recipientIin')} />
              <DateField
                label={t('caregivers.fromOn')}
                withAsterisk
                {...form.getInputProps('fromOn')}
                data-testid="allowance-from"
              />
            </SimpleGrid>
          )}
        </ProcedureModal>
      )}
      {open && typeof open === 'object' && (
        <EndModal what="allowance" allowanceId={open.end} onClose={close} />
      )}
    </Stack>
  );
}

export const caregiversTab: CardTab = {
  value: 'caregivers',
  label: 'card.caregivers',
  icon: <IconUsers size={16} />,
  order: 50,
  Panel: CaregiversPanel,
};
