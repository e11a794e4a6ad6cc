import { MultiSelect, NumberInput, Select, SimpleGrid, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Output, PROVIDER_KINDS, SSU_TYPES } from '../../../src-main/core/api/contract';
import { DateField } from '../../lib/DateField';
import { useEnumOptions } from '../../lib/enums';
import { ProcedureModal } from '../../lib/ProcedureModal';
import { useSsuForms } from '../../lib/ssuForms';

// Adding or editing a provider: identity (names, kind, BIN), the licence (number, dates, the
// forms and SSU types it covers), territory and places per licensed form, contacts, bank details
// and the working period. Validated beside each field with the contract's own rules.

type Provider = Output<'providers.list'>[number];

export function ProviderModal({ item, onClose }: { item: Provider | null; onClose(saved: boolean): void }) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const ssuForms = useSsuForms();
  return (
    <ProcedureModal
      title={item ? t('providers.edit') : t('providers.add')}
      procedure="providers.save"
      fixed={item ? { id: item.id } : {}}
      initial={{
        nameKk: item?.nameKk ?? '',
        nameRu: item?.nameRu ?? '',
        kind: item?.kind ?? '',
        bin: item?.bin ?? '',
        address: item?.address ?? '',
        phone: item?.phone ?? '',
        active: item?.active ?? true,
        licenceNo: item?.licenceNo ?? '',
        licenceOn: item?.licenceOn ?? '',
        licenceUntil: item?.licenceUntil ?? '',
        licenceForms: item?.licenceForms ?? [],
        licenceSsuTypes: item?.licenceSsuTypes ?? [],
        katoCode: item?.katoCode ?? '',
        capacity: item?.capacity ?? {},
        email: item?.email ?? '',
        contactPerson: item?.contactPerson ?? '',
        bankName: item?.bankName ?? '',
        iban: item?.iban ?? '',
        activeFrom: item?.activeFrom ?? '',
        activeTo: item?.activeTo ?? '',
      }}
      saved="providers.saved"
      size="xl"
      onClose={(r) => onClose(!!r)}
    >
      {(form, input) => {
        const forms = (form.values.licenceForms as string[]) ?? [];
        const capacity = (form.values.capacity as Record<string, number>) ?? {};
        return (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('providers.nameKk')}
                withAsterisk
                {...input('nameKk')}
                data-testid="prov-nameKk"
              />
              <TextInput
                label={t('providers.nameRu')}
                withAsterisk
                {...input('nameRu')}
                data-testid="prov-nameRu"
              />
              <Select
                label={t('providers.kind')}
                data={options('providerKind', PROVIDER_KINDS)}
                withAsterisk
                {...form.getInputProps('kind')}
                data-testid="prov-kind"
              />
              <TextInput
                label={t('providers.bin')}
                description={t('providers.binHint')}
                withAsterisk
                {...input('bin')}
                data-testid="prov-bin"
              />
            </SimpleGrid>
            <Text fw={600} size="sm" mt="xs">
              {t('providers.licence')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('providers.licenceNo')}
                {...input('licenceNo')}
                data-testid="prov-licenceNo"
              />
              <DateField
                label={t('providers.licenceOn')}
                {...form.getInputProps('licenceOn')}
                data-testid="prov-licenceOn"
              />
              <DateField
                label={t('providers.licenceUntil')}
                {...form.getInputProps('licenceUntil')}
                data-testid="prov-licenceUntil"
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <MultiSelect
                label={t('providers.licenceForms')}
                data={ssuForms.options()}
                {...form.getInputProps('licenceForms')}
                data-testid="prov-forms"
              />
              <MultiSelect
                label={t('providers.licenceSsuTypes')}
                data={options('ssuType', SSU_TYPES)}
                {...form.getInputProps('licenceSsuTypes')}
              />
            </SimpleGrid>
            {forms.length > 0 && (
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                {forms.map((f) => (
                  <NumberInput
                    key={f}
                    label={t('providers.placesIn', { form: ssuForms.label(f) })}
                    min={0}
                    max={100_000}
                    allowDecimal={false}
                    value={capacity[f] ?? ''}
                    onChange={(v) =>
                      form.setFieldValue('capacity', { ...capacity, [f]: v === '' ? 0 : Number(v) })
                    }
                  />
                ))}
              </SimpleGrid>
            )}
            <Text fw={600} size="sm" mt="xs">
              {t('providers.contacts')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('providers.katoCode')}
                description={t('providers.katoHint')}
                {...input('katoCode')}
              />
              <TextInput label={t('providers.address')} {...input('address')} />
              <TextInput label={t('providers.phone')} {...input('phone')} />
              <TextInput label={t('providers.email')} {...input('email')} />
              <TextInput label={t('providers.contactPerson')} {...input('contactPerson')} />
              <TextInput label={t('providers.bankName')} {...input('bankName')} />
              <TextInput label={t('providers.iban')} {...input('iban')} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <DateField label={t('providers.activeFrom')} {...form.getInputProps('activeFrom')} />
              <DateField label={t('providers.activeTo')} {...form.getInputProps('activeTo')} />
              <Switch
                mt={30}
                label={t('providers.active')}
                {...form.getInputProps('active', { type: 'checkbox' })}
              />
            </SimpleGrid>
          </>
        );
      }}
    </ProcedureModal>
  );
}
