import { ActionIcon, Anchor, NumberInput, Select, SimpleGrid, Table, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  contract,
  INCOME_KINDS,
  type Input,
  RELATIONS,
  REPRESENTATIVE_KINDS,
} from '../../../../src-main/core/api/contract';
import { call } from '../../../api/client';
import { blankToNull } from '../../../lib/blank';
import { DateField } from '../../../lib/DateField';
import { useEnumOptions } from '../../../lib/enums';
import { FormModal } from '../../../lib/FormModal';
import { formatDate, formatNumber } from '../../../lib/format';
import { limitedInputs } from '../../../lib/limits';
import { Section } from '../../../lib/Section';
import { useApiSubmit } from '../../../lib/useApiSubmit';
import { contractValidator } from '../../../lib/validation';
import type { CardTabProps } from '../../card/tabs';
import { PersonPicker } from './PersonPicker';

function useModalForm<P extends 'household.add' | 'representatives.add' | 'incomes.add'>(
  procedure: P,
  initial: Record<string, unknown>,
  onSaved: () => void,
) {
  const { i18n } = useTranslation();
  const validate = contractValidator<Record<string, unknown>>(contract[procedure].input, () => i18n.language);
  const form = useForm<Record<string, unknown>>({
    validateInputOnBlur: true,
    initialValues: initial,
    validate: (v) => validate(blankToNull(v)),
  });
  const input = limitedInputs(form.getInputProps, contract[procedure].input);
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call(procedure, blankToNull(v) as Input<P>);
      onSaved();
    }),
  );
  return { form, input, busy, error, submit };
}

function HouseholdModal({
  applicantId,
  onClose,
  onSaved,
}: {
  applicantId: string;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const { input, busy, error, submit } = useModalForm(
    'household.add',
    { applicantId, fullName: '', relation: '', birthYear: '', occupation: '' },
    onSaved,
  );
  return (
    <FormModal title={t('card.addMember')} onClose={onClose} onSubmit={submit} busy={busy} error={error}>
      <TextInput label={t('card.memberName')} withAsterisk data-testid="member-name" {...input('fullName')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('card.relation')}
          withAsterisk
          data={options('relation', RELATIONS)}
          data-testid="member-relation"
          {...input('relation')}
        />
        <NumberInput label={t('card.birthYear')} min={1900} max={2100} {...input('birthYear')} />
        <TextInput label={t('card.occupation')} {...input('occupation')} />
      </SimpleGrid>
    </FormModal>
  );
}

function RepresentativeModal({
  applicantId,
  onClose,
  onSaved,
}: {
  applicantId: string;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const { form, input, busy, error, submit } = useModalForm(
    'representatives.add',
    {
      applicantId,
      kind: '',
      representativeId: '',
      fullName: '',
      iin: '',
      phone: '',
      basisDocument: '',
      basisDate: '',
      validUntil: '',
    },
    onSaved,
  );
  return (
    <FormModal
      title={t('card.addRepresentative')}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      <Select
        label={t('card.representativeKind')}
        withAsterisk
        data={options('representative', REPRESENTATIVE_KINDS)}
        data-testid="rep-kind"
        {...input('kind')}
      />
      <PersonPicker
        label={t('card.representativeFromRegistry')}
        description={t('card.representativeFromRegistryHint')}
        excludeId={applicantId}
        value={(form.values.representativeId as string) || null}
        onChange={(v) => form.setFieldValue('representativeId', v ?? '')}
      />
      {!form.values.representativeId && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('card.representativeName')} {...input('fullName')} />
          <TextInput label={t('applicant.iin')} maxLength={12} {...input('iin')} />
          <TextInput label={t('applicant.phone')} {...input('phone')} />
        </SimpleGrid>
      )}
      <TextInput
        label={t('card.basisDocument')}
        description={t('card.basisDocumentHint')}
        withAsterisk
        data-testid="rep-basis"
        {...input('basisDocument')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t('card.basisDate')}
          maxDate={new Date()}
          value={form.values.basisDate as string}
          onChange={(v) => form.setFieldValue('basisDate', v)}
          error={form.errors.basisDate}
        />
        <DateField
          label={t('card.validUntil')}
          value={form.values.validUntil as string}
          onChange={(v) => form.setFieldValue('validUntil', v)}
          error={form.errors.validUntil}
        />
      </SimpleGrid>
    </FormModal>
  );
}

function IncomeModal({
  applicantId,
  onClose,
  onSaved,
}: {
  applicantId: string;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const { form, input, busy, error, submit } = useModalForm(
    'incomes.add',
    { applicantId, kind: '', amount: '', periodFrom: '', periodTo: '', note: '' },
    onSaved,
  );
  return (
    <FormModal title={t('card.addIncome')} onClose={onClose} onSubmit={submit} busy={busy} error={error}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('card.incomeKind')}
          withAsterisk
          data={options('income', INCOME_KINDS)}
          {...input('kind')}
        />
        <NumberInput
          label={t('card.amount')}
          withAsterisk
          min={0}
          thousandSeparator=" "
          {...input('amount')}
        />
        <DateField
          label={t('card.periodFrom')}
          withAsterisk
          value={form.values.periodFrom as string}
          onChange={(v) => form.setFieldValue('periodFrom', v)}
          error={form.errors.periodFrom}
        />
        <DateField
          label={t('card.periodTo')}
          value={form.values.periodTo as string}
          onChange={(v) => form.setFieldValue('periodTo', v)}
          error={form.errors.periodTo}
        />
      </SimpleGrid>
      <TextInput label={t('card.note')} {...input('note')} />
    </FormModal>
  );
}

export function HouseholdTab({ card, canEdit, reload }: CardTabProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<'member' | 'rep' | 'income' | null>(null);
  const id = card.person.id;
  const saved = () => {
    setOpen(null);
    reload();
  };
  const remove =
    (procedure: 'household.remove' | 'representatives.remove' | 'incomes.remove', rowId: string) =>
    async () => {
      if (!window.confirm(t('card.removeConfirm'))) return;
      await call(procedure, { id: rowId });
      reload();
    };
  const trash = (
    procedure: 'household.remove' | 'representatives.remove' | 'incomes.remove',
    rowId: string,
  ) =>
    canEdit && (
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={t('card.remove')}
        onClick={remove(procedure, rowId)}
      >
        <IconTrash size={16} />
      </ActionIcon>
    );
  return (
    <>
      <Section
        title={t('card.representatives')}
        addLabel={canEdit ? t('card.addRepresentative') : undefined}
        onAdd={canEdit ? () => setOpen('rep') : undefined}
        empty={t('card.noRepresentatives')}
        isEmpty={card.representatives.length === 0}
        testId="card-representatives"
      >
        <Table>
          <Table.Tbody>
            {card.representatives.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td w={160}>{t(`enums.representative.${r.kind}`)}</Table.Td>
                <Table.Td>
                  {r.representativeId ? (
                    <Anchor component={Link} to={`/applicants/${r.representativeId}`}>
                      {r.fullName}
                    </Anchor>
                  ) : (
                    r.fullName
                  )}
                </Table.Td>
                <Table.Td>{r.iin}</Table.Td>
                <Table.Td>
                  {r.basisDocument}
                  {r.basisDate ? `, ${formatDate(r.basisDate, i18n.language)}` : ''}
                </Table.Td>
                <Table.Td w={40}>{trash('representatives.remove', r.id)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      {card.represents.length > 0 && (
        <Section title={t('card.represents')} empty="" isEmpty={false}>
          {card.represents.map((p) => (
            <Anchor key={p.id} component={Link} to={`/applicants/${p.id}`} display="block">
              {p.fullName} — {t(`enums.representative.${p.kind}`)}
            </Anchor>
          ))}
        </Section>
      )}
      <Section
        title={t('card.household')}
        addLabel={canEdit ? t('card.addMember') : undefined}
        onAdd={canEdit ? () => setOpen('member') : undefined}
        empty={t('card.noMembers')}
        isEmpty={card.household.length === 0}
        testId="card-household"
      >
        <Table>
          <Table.Tbody>
            {card.household.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.fullName}</Table.Td>
                <Table.Td w={180}>{t(`enums.relation.${m.relation}`)}</Table.Td>
                <Table.Td w={100}>{m.birthYear ?? ''}</Table.Td>
                <Table.Td>{m.occupation}</Table.Td>
                <Table.Td w={40}>{trash('household.remove', m.id)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Section
        title={t('card.incomes')}
        addLabel={canEdit ? t('card.addIncome') : undefined}
        onAdd={canEdit ? () => setOpen('income') : undefined}
        empty={t('card.noIncomes')}
        isEmpty={card.incomes.length === 0}
        testId="card-incomes"
      >
        <Table>
          <Table.Tbody>
            {card.incomes.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>{t(`enums.income.${x.kind}`)}</Table.Td>
                <Table.Td w={160}>{formatNumber(x.amount, i18n.language)} ₸</Table.Td>
                <Table.Td w={220}>
                  {formatDate(x.periodFrom, i18n.language)} —{' '}
                  {x.periodTo ? formatDate(x.periodTo, i18n.language) : t('card.now')}
                </Table.Td>
                <Table.Td>{x.note}</Table.Td>
                <Table.Td w={40}>{trash('incomes.remove', x.id)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      {open === 'member' && <HouseholdModal applicantId={id} onClose={() => setOpen(null)} onSaved={saved} />}
      {open === 'rep' && (
        <RepresentativeModal applicantId={id} onClose={() => setOpen(null)} onSaved={saved} />
      )}
      {open === 'income' && <IncomeModal applicantId={id} onClose={() => setOpen(null)} onSaved={saved} />}
    </>
  );
}
