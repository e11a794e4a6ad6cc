import { SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ELIGIBILITY_CHECKS, EVIDENCE_KINDS } from '../../../src-main/core/api/contract';
import { DateField } from '../../lib/DateField';
import { useEnumOptions } from '../../lib/enums';
import { ProcedureModal } from '../../lib/ProcedureModal';

/** Records one eligibility check with its evidence: kind, number, date, until when it holds. */
export function CheckModal({
  registrationId,
  check,
  onClose,
}: {
  registrationId: string;
  check: (typeof ELIGIBILITY_CHECKS)[number];
  onClose(saved: boolean): void;
}) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  return (
    <ProcedureModal
      title={t('caregivers.checkAdd')}
      procedure="caregivers.recordCheck"
      fixed={{ registrationId }}
      initial={{
        check,
        result: 'pass',
        evidenceKind: '',
        evidenceNo: '',
        evidenceOn: '',
        validUntil: '',
        note: '',
      }}
      saved="caregivers.checkSaved"
      size="lg"
      onClose={(saved) => onClose(!!saved)}
    >
      {(form, input) => (
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('caregivers.check')}
              data={options('eligibilityCheck', ELIGIBILITY_CHECKS)}
              withAsterisk
              allowDeselect={false}
              {...form.getInputProps('check')}
              data-testid="check-kind"
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('caregivers.result')}
              </Text>
              <SegmentedControl
                fullWidth
                data={[
                  { value: 'pass', label: t('enums.checkResult.pass') },
                  { value: 'fail', label: t('enums.checkResult.fail') },
                ]}
                {...form.getInputProps('result')}
                data-testid="check-result"
              />
            </div>
            <Select
              label={t('caregivers.evidenceKind')}
              data={options('evidenceKind', EVIDENCE_KINDS)}
              withAsterisk
              {...form.getInputProps('evidenceKind')}
              data-testid="check-evidence"
            />
            <TextInput
              label={t('caregivers.evidenceNo')}
              withAsterisk
              {...input('evidenceNo')}
              data-testid="check-no"
            />
            <DateField
              label={t('caregivers.evidenceOn')}
              withAsterisk
              {...form.getInputProps('evidenceOn')}
              data-testid="check-on"
            />
            <DateField
              label={t('caregivers.evidenceUntil')}
              description={t('caregivers.evidenceUntilHint')}
              {...form.getInputProps('validUntil')}
              data-testid="check-until"
            />
          </SimpleGrid>
          <Textarea label={t('caregivers.note')} autosize minRows={1} {...input('note')} />
        </Stack>
      )}
    </ProcedureModal>
  );
}
