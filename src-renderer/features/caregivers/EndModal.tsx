import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ALLOWANCE_END_REASONS, CONTRACT_END_REASONS } from '../../../src-main/core/api/contract';
import { DateField } from '../../lib/DateField';
import { todayLocal } from '../../lib/dates';
import { useEnumOptions } from '../../lib/enums';
import { ProcedureModal } from '../../lib/ProcedureModal';

/** Ends a contract or a care allowance: the day and the reason from its own list. */
export function EndModal(
  props: ({ what: 'contract'; contractId: string } | { what: 'allowance'; allowanceId: string }) & {
    onClose(saved: boolean): void;
  },
) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const contract = props.what === 'contract';
  return (
    <ProcedureModal
      title={t(contract ? 'caregivers.contractEnd' : 'caregivers.allowanceEnd')}
      procedure={contract ? 'caregivers.endContract' : 'caregivers.endAllowance'}
      fixed={props.what === 'contract' ? { contractId: props.contractId } : { id: props.allowanceId }}
      initial={{ endedOn: todayLocal(), reason: '' }}
      saved={contract ? 'caregivers.contractEnded' : 'caregivers.allowanceEndedSaved'}
      onClose={(r) => props.onClose(!!r)}
    >
      {(form) => (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('caregivers.endedOn')} withAsterisk {...form.getInputProps('endedOn')} />
          <Select
            label={t('caregivers.endReason')}
            data={
              contract
                ? options('contractEndReason', CONTRACT_END_REASONS)
                : options('allowanceEndReason', ALLOWANCE_END_REASONS)
            }
            withAsterisk
            {...form.getInputProps('reason')}
            data-testid={contract ? 'contract-end-reason' : 'allowance-end-reason'}
          />
        </SimpleGrid>
      )}
    </ProcedureModal>
  );
}
