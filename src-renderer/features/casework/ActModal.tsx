import {
  ActionIcon,
  Button,
  Checkbox,
  Divider,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  ACCESSIBILITY,
  ACT_CONCLUSIONS,
  actInput,
  HEATING_KINDS,
  HOUSING_TYPES,
  INSIDE_OUTSIDE,
  type Input,
  MAC_CONCLUSIONS,
  MOBILITY,
  NEED_CRITERIA,
  RELATIONS,
  SANITARY_STATES,
  SELF_CARE,
  SSU_TYPES,
  type TimelineView,
} from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { DateField } from '../../lib/DateField';
import { todayLocal } from '../../lib/dates';
import { useEnumOptions } from '../../lib/enums';
import { FormModal } from '../../lib/FormModal';
import { limitedInputs } from '../../lib/limits';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';
import { OverrideReasonField } from './OverrideReasonField';
import type { CaseReferences } from './references';

// The act of examination of living conditions (SC art. 140): what the two specialists found on
// the visit. The household list starts from the registry's household; the visit may correct it.

export function ActModal({
  timeline,
  refs,
  onClose,
  onSaved,
}: {
  timeline: TimelineView;
  refs: CaseReferences;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, i18n } = useTranslation();
  const options = useEnumOptions();
  const validate = contractValidator<Record<string, unknown>>(actInput, () => i18n.language);
  const c = timeline.case;
  const toInput = (v: Record<string, unknown>) => ({
    ...v,
    caseId: c.id,
    floor: v.floor === '' ? null : v.floor,
    incomeMonthly: v.incomeMonthly === '' ? null : v.incomeMonthly,
    household: (v.household as Record<string, unknown>[]).map((m) => ({
      ...m,
      birthYear: m.birthYear === '' ? null : m.birthYear,
    })),
  });
  const form = useForm<Record<string, unknown>>({
    initialValues: {
      visitOn: todayLocal(),
      housingType: '',
      floor: '',
      hasLift: false,
      heating: '',
      water: '',
      toilet: '',
      sanitary: '',
      accessibility: '',
      plot: '',
      household: timeline.person.household.map((m) => ({
        key: randomId(),
        fullName: m.fullName,
        relation: m.relation,
        birthYear: m.birthYear ?? '',
        occupation: m.occupation ?? '',
      })),
      incomeMonthly: '',
      incomeNote: '',
      mobility: '',
      selfCare: '',
      complaints: '',
      servicesNeeded: c.ssuTypes,
      conclusion: '',
      conclusionNote: '',
      criteria: Object.fromEntries(NEED_CRITERIA.map((k) => [k, { met: false, note: '' }])),
      macConclusion: '',
      macNote: '',
      specialist1Id: '',
      specialist2Id: '',
      overrideReason: '',
    },
    validateInputOnBlur: true,
    validate: (v) => validate(toInput(v)),
  });
  const input = limitedInputs(form.getInputProps, actInput);
  const { busy, error, code, run } = useApiSubmit(form.setErrors, undefined, Object.keys(form.values));
  const submit = form.onSubmit((v) =>
    run(async () => {
      const saved = await call('casework.saveAct', toInput(v) as Input<'casework.saveAct'>);
      notifications.show({ color: 'teal', message: t('casework.act.saved', { number: saved.number }) });
      onSaved();
    }),
  );
  const select = (field: string, group: string, values: readonly string[]) => (
    <Select
      label={t(`casework.act.${field}`)}
      data={options(group, values)}
      withAsterisk
      {...form.getInputProps(field)}
      data-testid={`act-${field}`}
    />
  );
  const household = form.values.household as Record<string, unknown>[];
  return (
    <FormModal
      title={t('casework.act.title', { number: c.number })}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      error={error}
      size="90%"
    >
      <Text size="sm" c="dimmed">
        {t('casework.act.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField
          label={t('casework.act.visitOn')}
          withAsterisk
          {...form.getInputProps('visitOn')}
          data-testid="act-visitOn"
        />
        <Select
          label={t('casework.act.specialist1Id')}
          data={refs.specialistOptions}
          searchable
          withAsterisk
          nothingFoundMessage={t('casework.noSpecialists')}
          {...form.getInputProps('specialist1Id')}
          data-testid="act-specialist1"
        />
        <Select
          label={t('casework.act.specialist2Id')}
          data={refs.specialistOptions}
          searchable
          withAsterisk
          nothingFoundMessage={t('casework.noSpecialists')}
          {...form.getInputProps('specialist2Id')}
          data-testid="act-specialist2"
        />
      </SimpleGrid>
      {/* Refused for a certificate: where the office allows it, a stated reason lets it through. */}
      <OverrideReasonField code={code} inputProps={input('overrideReason')} />
      {refs.specialists.length < 2 && (
        <Text size="sm" c="orange.9">
          {t('casework.act.needTwo')}
        </Text>
      )}
      <Divider label={t('casework.act.housing')} labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {select('housingType', 'housingType', HOUSING_TYPES)}
        <NumberInput label={t('casework.act.floor')} min={0} max={60} {...form.getInputProps('floor')} />
        <Checkbox
          mt={30}
          label={t('casework.act.hasLift')}
          {...form.getInputProps('hasLift', { type: 'checkbox' })}
        />
        {select('heating', 'heating', HEATING_KINDS)}
        {select('water', 'insideOutside', INSIDE_OUTSIDE)}
        {select('toilet', 'insideOutside', INSIDE_OUTSIDE)}
        {select('sanitary', 'sanitary', SANITARY_STATES)}
        {select('accessibility', 'accessibility', ACCESSIBILITY)}
        <TextInput label={t('casework.act.plot')} {...input('plot')} />
      </SimpleGrid>
      <Divider label={t('casework.act.household')} labelPosition="left" />
      {household.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('casework.act.householdEmpty')}
        </Text>
      )}
      {household.map((m, i) => (
        <Group key={String(m.key)} align="flex-start" wrap="nowrap" gap="xs">
          <TextInput
            style={{ flex: 3 }}
            label={t('casework.act.memberName')}
            withAsterisk
            {...form.getInputProps(`household.${i}.fullName`)}
          />
          <Select
            style={{ flex: 2 }}
            label={t('casework.act.memberRelation')}
            data={options('relation', RELATIONS)}
            withAsterisk
            {...form.getInputProps(`household.${i}.relation`)}
          />
          <NumberInput
            style={{ flex: 1 }}
            label={t('casework.act.memberBirthYear')}
            min={1900}
            max={2100}
            {...form.getInputProps(`household.${i}.birthYear`)}
          />
          <TextInput
            style={{ flex: 2 }}
            label={t('casework.act.memberOccupation')}
            {...form.getInputProps(`household.${i}.occupation`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={26}
            aria-label={t('casework.act.memberRemove')}
            onClick={() => form.removeListItem('household', i)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            form.insertListItem('household', {
              key: randomId(),
              fullName: '',
              relation: '',
              birthYear: '',
              occupation: '',
            })
          }
        >
          {t('casework.act.memberAdd')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('casework.act.incomeMonthly')}
          min={0}
          thousandSeparator=" "
          {...form.getInputProps('incomeMonthly')}
        />
        <TextInput label={t('casework.act.incomeNote')} {...input('incomeNote')} />
      </SimpleGrid>
      <Divider label={t('casework.act.health')} labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {select('mobility', 'mobility', MOBILITY)}
        {select('selfCare', 'selfCare', SELF_CARE)}
        <TextInput label={t('casework.act.complaints')} {...input('complaints')} />
      </SimpleGrid>
      <MultiSelect
        label={t('casework.act.servicesNeeded')}
        data={options('ssuType', SSU_TYPES)}
        withAsterisk
        {...form.getInputProps('servicesNeeded')}
        data-testid="act-servicesNeeded"
      />
      <Divider label={t('casework.act.criteria')} labelPosition="left" />
      <Stack gap="xs">
        {NEED_CRITERIA.map((k) => (
          <Group key={k} align="flex-end" wrap="nowrap">
            <Stack gap={2} style={{ flex: 2 }}>
              <Text size="sm" fw={500} id={`crit-${k}`}>
                {t(`enums.needCriterion.${k}`)}
              </Text>
              <SegmentedControl
                aria-labelledby={`crit-${k}`}
                data={[
                  { value: 'no', label: t('casework.no') },
                  { value: 'yes', label: t('casework.yes') },
                ]}
                value={(form.values.criteria as Record<string, { met: boolean }>)[k]?.met ? 'yes' : 'no'}
                onChange={(v) => form.setFieldValue(`criteria.${k}.met`, v === 'yes')}
                data-testid={`crit-${k}`}
              />
            </Stack>
            <TextInput
              style={{ flex: 3 }}
              label={t('casework.act.criterionNote')}
              {...form.getInputProps(`criteria.${k}.note`)}
            />
          </Group>
        ))}
      </Stack>
      <Divider label={t('casework.act.conclusionBlock')} labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {select('macConclusion', 'macConclusion', MAC_CONCLUSIONS)}
        <TextInput label={t('casework.act.macNote')} {...input('macNote')} />
        {select('conclusion', 'actConclusion', ACT_CONCLUSIONS)}
        <Textarea
          label={t('casework.act.conclusionNote')}
          autosize
          minRows={1}
          {...input('conclusionNote')}
        />
      </SimpleGrid>
    </FormModal>
  );
}
