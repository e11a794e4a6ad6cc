import {
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contract,
  DISABILITY_CATEGORIES,
  DISABILITY_CAUSES,
  DISABILITY_TERMS,
  type DisabilityCategory,
  type Input,
  TERMS_BY_CATEGORY,
} from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { blankToNull } from '../../lib/blank';
import { DateField } from '../../lib/DateField';
import { useEnumOptions } from '../../lib/enums';
import { FormModal } from '../../lib/FormModal';
import { formatDate } from '../../lib/format';
import { limitedInputs } from '../../lib/limits';
import { Section } from '../../lib/Section';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';
import type { CardTabProps } from '../card/tabs';
import { IprModal, MeasureModal, MeasuresTable } from './IprSection';

function DisabilityModal({
  applicantId,
  onClose,
  onSaved,
}: {
  applicantId: string;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, i18n } = useTranslation();
  const options = useEnumOptions();
  const validate = contractValidator<Record<string, unknown>>(
    contract['disability.add'].input,
    () => i18n.language,
  );
  const form = useForm<Record<string, unknown>>({
    initialValues: {
      applicantId,
      category: '',
      groupNo: '',
      cause: '',
      term: '',
      establishedOn: '',
      mseDecisionNo: '',
      generalCapacityLossPct: '',
      profCapacityLossPct: '',
      movementDifficulty: false,
    },
    validateInputOnBlur: true,
    validate: (v) => validate(blankToNull({ ...v, groupNo: v.groupNo === '' ? null : Number(v.groupNo) })),
  });
  const input = limitedInputs(form.getInputProps, contract['disability.add'].input);
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call(
        'disability.add',
        blankToNull({
          ...v,
          groupNo: v.groupNo === '' ? null : Number(v.groupNo),
        }) as Input<'disability.add'>,
      );
      onSaved();
    }),
  );
  const under7 = form.values.category === 'child_under7';
  // The terms the Code allows for the chosen category (SC art. 155 p.7); all until one is chosen.
  const category = form.values.category as DisabilityCategory | '';
  const terms = category ? TERMS_BY_CATEGORY[category] : DISABILITY_TERMS;
  return (
    <FormModal
      title={t('card.addDisability')}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      error={error}
      size="xl"
    >
      <Text size="sm" c="dimmed">
        {t('card.disabilityHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('card.category')}
          withAsterisk
          data={options('category', DISABILITY_CATEGORIES)}
          data-testid="dis-category"
          {...input('category')}
          onChange={(v) => {
            form.setFieldValue('category', v ?? '');
            // A child under 7 has no group: clear a group chosen before, it would only be refused.
            if (v === 'child_under7') form.setFieldValue('groupNo', '');
            // A term the new category does not allow would only be refused: clear it.
            const allowed = v ? TERMS_BY_CATEGORY[v as DisabilityCategory] : DISABILITY_TERMS;
            if (!allowed.includes(form.values.term as never)) form.setFieldValue('term', '');
          }}
        />
        <Select
          label={t('card.group')}
          withAsterisk={!under7}
          disabled={under7}
          clearable
          data={options('group', ['1', '2', '3'])}
          data-testid="dis-group"
          {...input('groupNo')}
        />
        <Select
          label={t('card.cause')}
          withAsterisk
          data={options('cause', DISABILITY_CAUSES)}
          data-testid="dis-cause"
          {...input('cause')}
        />
        <Select
          label={t('card.term')}
          description={t('card.termHint')}
          withAsterisk
          data={options('term', terms)}
          data-testid="dis-term"
          {...input('term')}
        />
        <DateField
          label={t('card.establishedOn')}
          withAsterisk
          maxDate={new Date()}
          value={form.values.establishedOn as string}
          onChange={(v) => form.setFieldValue('establishedOn', v)}
          error={form.errors.establishedOn}
          data-testid="dis-established"
        />
        <TextInput
          label={t('card.mseDecisionNo')}
          withAsterisk
          data-testid="dis-mse"
          {...input('mseDecisionNo')}
        />
        <NumberInput
          label={t('card.generalCapacityLossPct')}
          description={t('card.generalCapacityHint')}
          min={30}
          max={100}
          clampBehavior="none"
          allowDecimal={false}
          data-testid="dis-general-loss"
          {...input('generalCapacityLossPct')}
        />
        <NumberInput
          label={t('card.profCapacityLossPct')}
          description={t('card.profCapacityHint')}
          min={5}
          max={100}
          clampBehavior="none"
          allowDecimal={false}
          data-testid="dis-prof-loss"
          {...input('profCapacityLossPct')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('card.movementDifficulty')}
        description={t('card.movementHint')}
        data-testid="dis-movement"
        {...input('movementDifficulty', { type: 'checkbox' })}
      />
    </FormModal>
  );
}

export function DisabilityTab({ card, canEdit, reload }: CardTabProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<'disability' | 'ipr' | 'measure' | null>(null);
  const current = card.disability.find((d) => d.replacedAt === null);
  const ipr = card.iprs.find((p) => p.replacedAt === null);
  const saved = () => {
    setOpen(null);
    reload();
  };
  const date = (v: string | null) => (v ? formatDate(v, i18n.language) : t('enums.term.indefinite'));
  return (
    <>
      <Section
        title={t('card.disabilityRecords')}
        addLabel={canEdit ? t('card.addDisability') : undefined}
        onAdd={canEdit ? () => setOpen('disability') : undefined}
        empty={t('card.noDisability')}
        isEmpty={card.disability.length === 0}
        testId="card-disability"
      >
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('card.category')}</Table.Th>
              <Table.Th>{t('card.cause')}</Table.Th>
              <Table.Th>{t('card.term')}</Table.Th>
              <Table.Th>{t('card.establishedOn')}</Table.Th>
              <Table.Th>{t('card.reexamDue')}</Table.Th>
              <Table.Th>{t('card.mseDecisionNo')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {card.disability.map((d) => (
              <Table.Tr
                key={d.id}
                c={d.replacedAt ? 'dimmed' : undefined}
                fw={d === current ? 600 : undefined}
              >
                <Table.Td>
                  {t(`enums.category.${d.category}`)}
                  {d.groupNo ? `, ${t(`enums.group.${d.groupNo}`)}` : ''}
                  {d.movementDifficulty ? `; ${t('card.movementShort')}` : ''}
                  {d === current && (
                    <Badge ml="xs" size="xs">
                      {t('card.current')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{t(`enums.cause.${d.cause}`)}</Table.Td>
                <Table.Td>{t(`enums.term.${d.term}`)}</Table.Td>
                <Table.Td>{formatDate(d.establishedOn, i18n.language)}</Table.Td>
                <Table.Td>{date(d.validUntil)}</Table.Td>
                <Table.Td>{d.mseDecisionNo}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Section
        title={ipr ? t('card.iprTitle', { number: ipr.number }) : t('card.ipr')}
        addLabel={canEdit && current ? t('card.addIpr') : undefined}
        onAdd={canEdit && current ? () => setOpen('ipr') : undefined}
        empty={current ? t('card.noIpr') : t('card.iprNeedsDisability')}
        isEmpty={!ipr}
        testId="card-ipr"
      >
        {ipr && (
          <Stack gap="xs">
            <Text size="sm">
              {t('card.iprIssued', {
                date: formatDate(ipr.issuedOn, i18n.language),
                until: date(ipr.validUntil),
              })}{' '}
              · {ipr.parts.map((p) => t(`enums.iprPart.${p}`)).join(', ')}
            </Text>
            <MeasuresTable measures={ipr.measures} canEdit={canEdit} reload={reload} />
            {canEdit && (
              <Group>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => setOpen('measure')}
                  data-testid="ipr-measure-add"
                >
                  {t('card.addMeasure')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Section>
      {open === 'disability' && (
        <DisabilityModal applicantId={card.person.id} onClose={() => setOpen(null)} onSaved={saved} />
      )}
      {open === 'ipr' && (
        <IprModal applicantId={card.person.id} onClose={() => setOpen(null)} onSaved={saved} />
      )}
      {open === 'measure' && ipr && (
        <MeasureModal iprId={ipr.id} onClose={() => setOpen(null)} onSaved={saved} />
      )}
    </>
  );
}
