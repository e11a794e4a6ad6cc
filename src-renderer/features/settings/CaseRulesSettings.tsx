import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Radio,
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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contract,
  type Output,
  REVIEW_READING_KEYS,
  ssuFormInput,
} from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { blankToNull } from '../../lib/blank';
import { numberBounds } from '../../lib/bounds';
import { FormModal } from '../../lib/FormModal';
import { limitedInputs } from '../../lib/limits';
import { formName, refreshSsuForms, useSsuForms } from '../../lib/ssuForms';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';

// The administrator's settings that shape casework: how far ahead the home screen's alerts look,
// the office's decisions where the law is unsettled (each with its basis), the reference table
// of forms of provision, and the check of stored data against the legal review's rules.

type Settings = Output<'settings.get'>;

type NumbersProcedure = 'settings.setAlerts' | 'settings.setDeadlines' | 'settings.setCertAlerts';

/**
 * One office setting made of whole numbers (alert horizons, decision deadlines): the fields'
 * bounds and messages come from the procedure's contract, like every form's.
 */
function NumbersForm<P extends NumbersProcedure>(props: {
  procedure: P;
  initial: Record<string, number>;
  fields: readonly { name: string; testId?: string }[];
  /** The i18n key prefix: `${prefix}` is the title, `${prefix}Hint` the basis, `${prefix}Saved` the notice. */
  prefix: string;
  saveTestId: string;
}) {
  const { t, i18n } = useTranslation();
  const schema = contract[props.procedure].input;
  const form = useForm({
    initialValues: props.initial,
    validateInputOnBlur: true,
    validate: contractValidator(schema, () => i18n.language),
  });
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call(props.procedure, v as never);
      notifications.show({ message: t(`settings.${props.prefix}Saved`), color: 'teal' });
    }),
  );
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t(`settings.${props.prefix}`)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`settings.${props.prefix}Hint`)}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: props.fields.length }}>
            {props.fields.map((f) => (
              <NumberInput
                key={f.name}
                label={t(`settings.${f.name}`)}
                {...numberBounds(schema, f.name as never)}
                {...(f.testId ? { 'data-testid': f.testId } : {})}
                {...form.getInputProps(f.name)}
              />
            ))}
          </SimpleGrid>
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button type="submit" variant="light" loading={busy} data-testid={props.saveTestId}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function AlertHorizonsForm({ initial }: { initial: Settings['alerts'] }) {
  return (
    <NumbersForm
      procedure="settings.setAlerts"
      initial={initial}
      prefix="alerts"
      saveTestId="alerts-save"
      fields={[
        { name: 'reexamDays', testId: 'alerts-reexam' },
        { name: 'iprDays' },
        { name: 'portalDays', testId: 'alerts-portal' },
      ]}
    />
  );
}

/** When the home screen starts counting certificates and categories that end (three bands). */
export function CertAlertsForm({ initial }: { initial: Settings['certAlerts'] }) {
  return (
    <NumbersForm
      procedure="settings.setCertAlerts"
      initial={initial}
      prefix="certAlerts"
      saveTestId="cert-alerts-save"
      fields={[
        { name: 'urgentDays', testId: 'cert-alerts-urgent' },
        { name: 'warnDays', testId: 'cert-alerts-warn' },
        { name: 'noticeDays', testId: 'cert-alerts-notice' },
      ]}
    />
  );
}

/** Working days for the akimat's decision (SC art. 141; docs/domain.md), with their basis. */
export function DeadlinesForm({ initial }: { initial: Settings['deadlines'] }) {
  return (
    <NumbersForm
      procedure="settings.setDeadlines"
      initial={initial}
      prefix="deadlines"
      saveTestId="deadlines-save"
      fields={[
        { name: 'homeDays', testId: 'deadline-home' },
        { name: 'stationaryDays' },
        { name: 'assistantDays' },
      ]}
    />
  );
}

export function LegalRulesForm({ initial }: { initial: Settings['rules'] }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const { busy, error, run } = useApiSubmit(() => {});
  const save = (next: Settings['rules']) =>
    run(async () => {
      const saved = await call('settings.setRules', next);
      setValue(saved.rules);
      notifications.show({ message: t('settings.rulesSaved'), color: 'teal' });
    });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('settings.rules')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.rulesHint')}
        </Text>
        <Switch
          checked={value.assistantForChildrenGroupI}
          disabled={busy}
          onChange={(e) => void save({ ...value, assistantForChildrenGroupI: e.currentTarget.checked })}
          label={t('settings.assistantForChildren')}
          description={t('settings.assistantForChildrenBasis')}
          data-testid="rules-assistant-children"
        />
        <Switch
          checked={value.allowUncertifiedWithReason}
          disabled={busy}
          onChange={(e) => void save({ ...value, allowUncertifiedWithReason: e.currentTarget.checked })}
          label={t('settings.allowUncertified')}
          description={t('settings.allowUncertifiedBasis')}
          data-testid="rules-allow-uncertified"
        />
        <Radio.Group
          value={value.complaintReviewReading}
          onChange={(v) => void save({ ...value, complaintReviewReading: v as 'code' | 'ministry' })}
          label={t('settings.complaintReview')}
          description={t('settings.complaintReviewBasis')}
          data-testid="rules-complaint-review"
        >
          <Stack gap={6} mt="xs">
            {REVIEW_READING_KEYS.map((k) => (
              <Radio key={k} value={k} disabled={busy} label={t(`enums.reviewReading.${k}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {error && <Alert color="red">{error}</Alert>}
      </Stack>
    </Paper>
  );
}

type SsuForm = Output<'references.ssuForms'>[number];

function SsuFormModal({ form: initial, onClose }: { form: SsuForm | null; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const validate = contractValidator<Record<string, unknown>>(ssuFormInput, () => i18n.language);
  const form = useForm<Record<string, unknown>>({
    initialValues: initial
      ? { ...initial, nameEn: initial.nameEn ?? '' }
      : { code: '', nameKk: '', nameRu: '', nameEn: '', basis: '', active: true, sortOrder: 100 },
    validateInputOnBlur: true,
    validate: (v) => validate(blankToNull(v)),
  });
  const input = limitedInputs(form.getInputProps, ssuFormInput);
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      const { builtIn: _b, ...rest } = v;
      await call('references.saveSsuForm', blankToNull(rest) as never);
      refreshSsuForms();
      onClose();
    }),
  );
  return (
    <FormModal
      title={initial ? t('settings.editForm') : t('settings.addForm')}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      error={error}
      size="lg"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('settings.formCode')}
          description={t('settings.formCodeHint')}
          withAsterisk
          maxLength={40}
          disabled={initial?.builtIn}
          data-testid="form-code"
          {...input('code')}
        />
        <NumberInput
          label={t('settings.formOrder')}
          min={0}
          max={10_000}
          allowDecimal={false}
          {...form.getInputProps('sortOrder')}
        />
        <TextInput
          label={t('settings.formNameKk')}
          withAsterisk
          maxLength={120}
          data-testid="form-name-kk"
          {...input('nameKk')}
        />
        <TextInput
          label={t('settings.formNameRu')}
          withAsterisk
          maxLength={120}
          data-testid="form-name-ru"
          {...input('nameRu')}
        />
      </SimpleGrid>
      <TextInput
        label={t('settings.formBasis')}
        description={t('settings.formBasisHint')}
        withAsterisk
        maxLength={300}
        data-testid="form-basis"
        {...input('basis')}
      />
      <Checkbox label={t('settings.formActive')} {...form.getInputProps('active', { type: 'checkbox' })} />
    </FormModal>
  );
}

export function SsuFormsSection() {
  const { t, i18n } = useTranslation();
  const { forms } = useSsuForms();
  const [editing, setEditing] = useState<SsuForm | 'new' | null>(null);
  return (
    <Paper withBorder p="md" radius="md" data-testid="ssu-forms">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('settings.forms')}
          </Title>
          <Button variant="light" onClick={() => setEditing('new')} data-testid="form-add">
            {t('settings.addForm')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('settings.formsHint')}
        </Text>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.formName')}</Table.Th>
              <Table.Th>{t('settings.formBasis')}</Table.Th>
              <Table.Th>{t('settings.formStatus')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {forms.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>
                  {formName(f, i18n.language)}
                  <Text size="xs" c="dimmed">
                    {f.code}
                  </Text>
                </Table.Td>
                <Table.Td>{f.basis}</Table.Td>
                <Table.Td>
                  {/* Wide enough for the whole word ("ҚОЛДАНЫЛАДЫ"), never cut with an ellipsis. */}
                  <Badge
                    variant="light"
                    color={f.active ? 'teal' : 'gray'}
                    style={{ minWidth: 'max-content' }}
                  >
                    {f.active ? t('settings.formActive') : t('settings.formInactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing(f)}>
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      {editing && <SsuFormModal form={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
}

type Plan = Output<'maintenance.legalFixesPlan'>;

/** The stored data the rules before the 2026-11 legal review let in: look first, then correct. */
export function LegalFixesSection() {
  const { t } = useTranslation();
  const [plan, setPlan] = useState<Plan | null>(null);
  const { busy, error, run } = useApiSubmit(() => {});
  const check = () => run(async () => setPlan(await call('maintenance.legalFixesPlan', {})));
  const apply = () =>
    run(async () => {
      const done = await call('maintenance.legalFixesApply', {});
      notifications.show({ color: 'teal', message: t('settings.fixesApplied', { n: done.changes.length }) });
      setPlan(await call('maintenance.legalFixesPlan', {}));
    });
  return (
    <Paper withBorder p="md" radius="md" data-testid="legal-fixes">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('settings.fixes')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.fixesHint')}
        </Text>
        {plan && (
          <Alert
            color={plan.changes.length + plan.reviews.length > 0 ? 'yellow' : 'teal'}
            data-testid="fixes-result"
          >
            {t('settings.fixesFound', { changes: plan.changes.length, reviews: plan.reviews.length })}
          </Alert>
        )}
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="light" loading={busy} onClick={() => void check()} data-testid="fixes-check">
            {t('settings.fixesCheck')}
          </Button>
          {plan && plan.changes.length > 0 && (
            <Button loading={busy} onClick={() => void apply()} data-testid="fixes-apply">
              {t('settings.fixesApply', { n: plan.changes.length })}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The office's identity in kk and ru: screens, PDFs and exports use the one of their language. */
export function OfficeForm({ initial, onSaved }: { initial: Settings['office']; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const form = useForm({
    initialValues: initial,
    validateInputOnBlur: true,
    validate: contractValidator(contract['settings.setOffice'].input, () => i18n.language),
  });
  const input = limitedInputs(form.getInputProps, contract['settings.setOffice'].input);
  const { busy, error, run } = useApiSubmit(form.setErrors);
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call('settings.setOffice', v);
      notifications.show({ message: t('settings.officeSaved'), color: 'teal' });
      onSaved();
    }),
  );
  const field = (name: keyof Settings['office'], max: number, testId?: string) => (
    <TextInput
      label={t(`settings.office_${name}`)}
      withAsterisk={name === 'nameKk' || name === 'nameRu'}
      maxLength={max}
      {...(testId ? { 'data-testid': testId } : {})}
      {...input(name)}
    />
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('settings.officeHint')}
        </Text>
        {/* Full names of state bodies are long: one per row, readable whole. */}
        {field('nameKk', 200, 'office-name-kk')}
        {field('nameRu', 200, 'office-name-ru')}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {field('akimatKk', 200)}
          {field('akimatRu', 200)}
          {field('headPositionKk', 200)}
          {field('headPositionRu', 200)}
          {field('headName', 150)}
        </SimpleGrid>
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={busy} data-testid="office-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
