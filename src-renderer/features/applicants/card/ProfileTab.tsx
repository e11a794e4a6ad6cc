import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { CardTabProps } from '../../card/tabs';

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value || '—'}</Text>
    </div>
  );
}

/** The person's own record, as the registration form holds it. */
export function ProfileTab({ card }: CardTabProps) {
  const { t, i18n } = useTranslation();
  const person = card.person;
  // Russian adjectives agree with the person's sex («Дееспособна», «Гражданка РК»): i18next context.
  const agree = person.sex === 'F' ? { context: 'female' } : {};
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <Field label={t('applicant.lastName')} value={person.lastName} />
        <Field label={t('applicant.firstName')} value={person.firstName} />
        <Field label={t('applicant.patronymic')} value={person.patronymic} />
        <Field label={t('applicant.iin')} value={person.iin} />
        <Field label={t('applicant.birthDate')} value={formatDate(person.birthDate, i18n.language)} />
        <Field
          label={t('applicant.sex')}
          value={person.sex === 'M' ? t('applicant.sexM') : t('applicant.sexF')}
        />
        <Field label={t('applicant.katoCode')} value={person.katoCode} />
        <Field label={t('applicant.address')} value={person.address} />
        <Field label={t('applicant.phone')} value={person.phone} />
        <Field
          label={t('applicant.citizenship')}
          value={t(`enums.citizenship.${person.citizenship}`, agree)}
        />
        <Field
          label={t('applicant.docType')}
          value={
            person.docType
              ? `${t(`enums.docType.${person.docType}`)} ${person.docNumber ?? ''}${person.docDate ? `, ${formatDate(person.docDate, i18n.language)}` : ''}${person.docIssuer ? `, ${person.docIssuer}` : ''}`
              : null
          }
        />
        <Field
          label={t('applicant.maritalStatus')}
          value={person.maritalStatus ? t(`enums.marital.${person.maritalStatus}`, agree) : null}
        />
        <Field
          label={t('applicant.legalCapacity')}
          value={`${t(`enums.capacity.${person.legalCapacity}`, agree)}${person.capacityCourtDecision ? ` — ${person.capacityCourtDecision}, ${formatDate(person.capacityCourtDate, i18n.language)}` : ''}`}
        />
        <Field
          label={t('applicant.consentDate')}
          value={
            person.consentDate
              ? `${formatDate(person.consentDate, i18n.language)}${person.consentForm ? `, ${t(`enums.consentForm.${person.consentForm}`)}` : ''}${person.consentRef ? ` — ${person.consentRef}` : ''}`
              : null
          }
        />
        {!person.iin && <Field label={t('applicant.iinMissingReason')} value={person.iinMissingReason} />}
        <Field label={t('card.registered')} value={formatDateTime(person.createdAt, i18n.language)} />
      </SimpleGrid>
    </Paper>
  );
}
