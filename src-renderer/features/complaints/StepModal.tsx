import {
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OUTCOMES, type Output } from '../../../src-main/core/api/contract';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { DateField } from '../../lib/DateField';
import { todayLocal } from '../../lib/dates';
import { useEnumOptions } from '../../lib/enums';
import { ProcedureModal } from '../../lib/ProcedureModal';

// One form per step of the commission's procedure, each the step's own write procedure: the
// meeting, a member's vote, the conclusion, the notice, the check (with the removal decision when
// not fixed) and the reimbursement. The server checks the order of steps and dates.

type Card = Output<'complaints.card'>;
export type Step = 'schedule' | 'vote' | 'conclude' | 'sign' | 'notice' | 'check' | 'reimburse';

function Members({ form }: { form: { getInputProps(k: string): object } }) {
  const { t } = useTranslation();
  const { data } = useLatestAnswer('complaints.members', {});
  return (
    <MultiSelect
      label={t('complaints.members')}
      description={t('complaints.membersHint')}
      withAsterisk
      searchable
      data={(data ?? []).map((u) => ({
        value: u.id,
        label: `${u.fullName} · ${u.roles
          .filter((r) => r.startsWith('commission') || r === 'head')
          .map((r) => t(`roles.${r}`))
          .join(', ')}`,
      }))}
      {...form.getInputProps('members')}
      data-testid="step-members"
    />
  );
}

export function StepModal({
  step,
  card,
  onClose,
}: {
  step: Step;
  card: Card;
  onClose(changed: boolean): void;
}) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const close = (r: unknown) => onClose(!!r);
  const id = { id: card.id };
  const today = todayLocal();
  switch (step) {
    case 'schedule':
      return (
        <ProcedureModal
          title={t('complaints.steps.schedule')}
          procedure="complaints.schedule"
          fixed={id}
          initial={{
            meetingOn: card.meetingOn ?? '',
            meetingPlace: card.meetingPlace ?? '',
            members: card.members.map((m) => m.id),
          }}
          saved="complaints.saved"
          onClose={close}
        >
          {(form, input) => (
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DateField
                  label={t('complaints.meetingOn')}
                  withAsterisk
                  {...form.getInputProps('meetingOn')}
                  data-testid="step-meeting-on"
                />
                <TextInput label={t('complaints.meetingPlace')} {...input('meetingPlace')} />
              </SimpleGrid>
              <Members form={form} />
            </Stack>
          )}
        </ProcedureModal>
      );
    case 'vote':
      return (
        <ProcedureModal
          title={t('complaints.steps.vote')}
          procedure="complaints.vote"
          fixed={id}
          initial={{ vote: '', note: '' }}
          saved="complaints.voted"
          onClose={close}
        >
          {(form, input) => (
            <Stack>
              <Select
                label={t('complaints.vote')}
                withAsterisk
                data={options('complaintVote', ['uphold', 'reject'])}
                {...form.getInputProps('vote')}
                data-testid="step-vote"
              />
              <Textarea label={t('complaints.note')} autosize minRows={2} {...input('note')} />
            </Stack>
          )}
        </ProcedureModal>
      );
    case 'conclude':
      return (
        <ProcedureModal
          title={t('complaints.steps.conclude')}
          procedure="complaints.conclude"
          fixed={id}
          initial={{ outcome: card.majority ?? '', reasons: '', concludedOn: card.meetingOn ?? today }}
          saved="complaints.saved"
          onClose={close}
        >
          {(form, input) => (
            <Stack>
              <Text size="sm" c="dimmed">
                {card.majority
                  ? t('complaints.majorityIs', { outcome: t(`enums.complaintOutcome.${card.majority}`) })
                  : t('complaints.noMajorityYet')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('complaints.outcome')}
                  withAsterisk
                  data={options('complaintOutcome', OUTCOMES)}
                  {...form.getInputProps('outcome')}
                  data-testid="step-outcome"
                />
                <DateField
                  label={t('complaints.concludedOn')}
                  withAsterisk
                  {...form.getInputProps('concludedOn')}
                />
              </SimpleGrid>
              <Textarea
                label={t('complaints.reasons')}
                withAsterisk
                autosize
                minRows={3}
                {...input('reasons')}
                data-testid="step-reasons"
              />
            </Stack>
          )}
        </ProcedureModal>
      );
    case 'sign':
      return (
        <ProcedureModal
          title={t('complaints.steps.sign')}
          procedure="complaints.sign"
          fixed={id}
          initial={{ signedOn: today }}
          saved="complaints.saved"
          onClose={close}
        >
          {(form) => (
            <Stack>
              <Text size="sm">
                {t(`enums.complaintOutcome.${card.outcome ?? 'upheld'}`)}: {card.reasons}
              </Text>
              <DateField
                label={t('complaints.signedOn')}
                withAsterisk
                {...form.getInputProps('signedOn')}
                data-testid="step-signed-on"
              />
            </Stack>
          )}
        </ProcedureModal>
      );
    case 'notice':
      return (
        <ProcedureModal
          title={t('complaints.steps.notice')}
          procedure="complaints.sendNotice"
          fixed={id}
          initial={{ noticeOn: today, demand: '', fixDueOn: '' }}
          saved="complaints.saved"
          onClose={close}
        >
          {(form, input) => (
            <Stack>
              <Textarea
                label={t('complaints.demand')}
                withAsterisk
                autosize
                minRows={3}
                {...input('demand')}
                data-testid="step-demand"
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DateField
                  label={t('complaints.noticeOn')}
                  withAsterisk
                  {...form.getInputProps('noticeOn')}
                />
                <DateField
                  label={t('complaints.fixDueOn')}
                  withAsterisk
                  {...form.getInputProps('fixDueOn')}
                  data-testid="step-fix-due"
                />
              </SimpleGrid>
            </Stack>
          )}
        </ProcedureModal>
      );
    case 'check':
      return (
        <ProcedureModal
          title={t('complaints.steps.check')}
          procedure="complaints.recordCheck"
          fixed={id}
          initial={{ checkedOn: today, fixed: true, note: '', decisionNo: '', decisionOn: '', removedOn: '' }}
          saved="complaints.saved"
          onClose={close}
        >
          {(form, input) => (
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DateField
                  label={t('complaints.checkedOn')}
                  withAsterisk
                  {...form.getInputProps('checkedOn')}
                />
                <Switch
                  mt={28}
                  label={t('complaints.fixed')}
                  {...form.getInputProps('fixed', { type: 'checkbox' })}
                  data-testid="step-fixed"
                />
              </SimpleGrid>
              <Textarea label={t('complaints.checkNote')} autosize minRows={2} {...input('note')} />
              {!form.values.fixed && (
                <>
                  <Text size="sm" c="red.8">
                    {t('complaints.removalHint')}
                  </Text>
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    <TextInput
                      label={t('providers.decisionNo')}
                      withAsterisk
                      {...input('decisionNo')}
                      data-testid="step-decision-no"
                    />
                    <DateField
                      label={t('providers.decisionOn')}
                      withAsterisk
                      {...form.getInputProps('decisionOn')}
                      data-testid="step-decision-on"
                    />
                    <DateField
                      label={t('providers.removedOn')}
                      withAsterisk
                      {...form.getInputProps('removedOn')}
                      data-testid="step-removed-on"
                    />
                  </SimpleGrid>
                </>
              )}
            </Stack>
          )}
        </ProcedureModal>
      );
    case 'reimburse':
      return (
        <ProcedureModal
          title={t('complaints.steps.reimburse')}
          procedure="complaints.recordReimbursement"
          fixed={id}
          initial={{ reimbursedAmount: '', reimbursedOn: today, note: '' }}
          saved="complaints.saved"
          onClose={close}
        >
          {(form, input) => (
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NumberInput
                  label={t('complaints.reimbursedAmount')}
                  withAsterisk
                  min={0}
                  decimalScale={2}
                  thousandSeparator=" "
                  value={
                    form.values.reimbursedAmount === '' ? '' : Number(form.values.reimbursedAmount) / 100
                  }
                  onChange={(v) =>
                    form.setFieldValue('reimbursedAmount', v === '' ? '' : Math.round(Number(v) * 100))
                  }
                  error={form.errors.reimbursedAmount}
                  data-testid="step-amount"
                />
                <DateField
                  label={t('complaints.reimbursedOn')}
                  withAsterisk
                  {...form.getInputProps('reimbursedOn')}
                />
              </SimpleGrid>
              <TextInput label={t('complaints.note')} {...input('note')} />
            </Stack>
          )}
        </ProcedureModal>
      );
  }
}
