import { Alert, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_CHANNELS, COMPLAINT_SUBJECTS, type Output } from '../../../src-main/core/api/contract';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { DateField } from '../../lib/DateField';
import { todayLocal } from '../../lib/dates';
import { useEnumOptions } from '../../lib/enums';
import { ProcedureModal } from '../../lib/ProcedureModal';

// Registering a complaint: who, about which supplier and what, the day it came and the day the
// person learned of the problem. Past 14 calendar days the server refuses it unless the reason
// for the delay is written (the field says so); the review deadline follows from the calendar.

export function IntakeModal(props: {
  providerId?: string;
  onClose(created: Output<'complaints.register'> | null): void;
}) {
  const { t, i18n } = useTranslation();
  const options = useEnumOptions();
  const { data: providers } = useLatestAnswer('providers.list', { activeOnly: false });
  const providerOptions = (providers ?? []).map((p) => ({
    value: p.id,
    label: `${i18n.language === 'kk' ? p.nameKk : p.nameRu} · ${p.bin}`,
  }));
  return (
    <ProcedureModal
      title={t('complaints.add')}
      procedure="complaints.register"
      size="xl"
      initial={{
        receivedOn: todayLocal(),
        channel: 'portal',
        learnedOn: '',
        delayReason: '',
        complainantName: '',
        complainantIin: '',
        providerId: props.providerId ?? '',
        subjectKind: 'service',
        subject: '',
        description: '',
      }}
      saved="complaints.registered"
      onClose={props.onClose}
    >
      {(form, input) => (
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField
              label={t('complaints.receivedOn')}
              withAsterisk
              {...form.getInputProps('receivedOn')}
              data-testid="cmp-received"
            />
            <Select
              label={t('complaints.channel')}
              withAsterisk
              data={options('complaintChannel', COMPLAINT_CHANNELS)}
              allowDeselect={false}
              {...form.getInputProps('channel')}
            />
            <DateField
              label={t('complaints.learnedOn')}
              withAsterisk
              {...form.getInputProps('learnedOn')}
              data-testid="cmp-learned"
            />
          </SimpleGrid>
          <Textarea
            label={t('complaints.delayReason')}
            description={t('complaints.delayHint')}
            autosize
            minRows={1}
            {...input('delayReason')}
            data-testid="cmp-delay"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('complaints.complainant')}
              withAsterisk
              {...input('complainantName')}
              data-testid="cmp-name"
            />
            <TextInput
              label={t('complaints.complainantIin')}
              description={t('complaints.iinHint')}
              {...input('complainantIin')}
              data-testid="cmp-iin"
            />
          </SimpleGrid>
          <Select
            label={t('complaints.supplier')}
            withAsterisk
            searchable
            nothingFoundMessage={t('complaints.noSupplier')}
            data={providerOptions}
            {...form.getInputProps('providerId')}
            data-testid="cmp-provider"
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('complaints.subjectKind')}
              withAsterisk
              data={options('complaintSubject', COMPLAINT_SUBJECTS)}
              allowDeselect={false}
              {...form.getInputProps('subjectKind')}
            />
            <TextInput
              label={t('complaints.subject')}
              withAsterisk
              {...input('subject')}
              style={{ gridColumn: 'span 2' }}
              data-testid="cmp-subject"
            />
          </SimpleGrid>
          <Textarea
            label={t('complaints.description')}
            withAsterisk
            autosize
            minRows={3}
            {...input('description')}
            data-testid="cmp-description"
          />
          {providers && providers.length === 0 && <Alert color="yellow">{t('complaints.noProviders')}</Alert>}
        </Stack>
      )}
    </ProcedureModal>
  );
}
