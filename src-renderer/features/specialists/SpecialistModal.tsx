import { Badge, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  type Input,
  type Output,
  SPECIALIST_POSITIONS,
  specialistInput,
} from '../../../src-main/core/api/contract';
import { call } from '../../api/client';
import { useLatestAnswer } from '../../api/useLatestAnswer';
import { blankToNull } from '../../lib/blank';
import { useEnumOptions } from '../../lib/enums';
import { FormModal } from '../../lib/FormModal';
import { formatDate } from '../../lib/format';
import { limitedInputs } from '../../lib/limits';
import { useApiSubmit } from '../../lib/useApiSubmit';
import { contractValidator } from '../../lib/validation';

// The form that adds or edits a specialist, and the certificate badge the list and card show.

type Specialist = Output<'specialists.list'>[number];

export function SpecialistModal({
  item,
  onClose,
}: {
  item: Specialist | null;
  onClose(saved: boolean): void;
}) {
  const { t, i18n } = useTranslation();
  const options = useEnumOptions();
  const { data: providers } = useLatestAnswer('providers.list', { activeOnly: true });
  const validate = contractValidator<Record<string, unknown>>(specialistInput, () => i18n.language);
  const toInput = (v: Record<string, unknown>) => ({ ...blankToNull(v), ...(item ? { id: item.id } : {}) });
  const form = useForm<Record<string, unknown>>({
    initialValues: {
      iin: item?.iin ?? '',
      lastName: item?.lastName ?? '',
      firstName: item?.firstName ?? '',
      patronymic: item?.patronymic ?? '',
      position: item?.position ?? '',
      providerId: item?.providerId ?? '',
      phone: item?.phone ?? '',
      active: item?.active ?? true,
    },
    validateInputOnBlur: true,
    validate: (v) => validate(toInput(v)),
  });
  const input = limitedInputs(form.getInputProps, specialistInput);
  const { busy, error, run } = useApiSubmit(form.setErrors, undefined, Object.keys(form.values));
  const submit = form.onSubmit((v) =>
    run(async () => {
      await call('specialists.save', toInput(v) as Input<'specialists.save'>);
      notifications.show({ color: 'teal', message: t('specialists.saved') });
      onClose(true);
    }),
  );
  return (
    <FormModal
      title={item ? t('specialists.edit') : t('specialists.add')}
      onClose={() => onClose(false)}
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('specialists.iin')} withAsterisk {...input('iin')} data-testid="spec-iin" />
        <TextInput label={t('specialists.phone')} {...input('phone')} />
        <TextInput
          label={t('specialists.lastName')}
          withAsterisk
          {...input('lastName')}
          data-testid="spec-lastName"
        />
        <TextInput
          label={t('specialists.firstName')}
          withAsterisk
          {...input('firstName')}
          data-testid="spec-firstName"
        />
        <TextInput label={t('specialists.patronymic')} {...input('patronymic')} />
        <Select
          label={t('specialists.position')}
          data={options('specialistPosition', SPECIALIST_POSITIONS)}
          withAsterisk
          {...form.getInputProps('position')}
          data-testid="spec-position"
        />
        <Select
          label={t('specialists.employer')}
          description={t('specialists.employerHint')}
          data={(providers ?? []).map((p) => ({
            value: p.id,
            label: i18n.language === 'kk' ? p.nameKk : p.nameRu,
          }))}
          clearable
          {...form.getInputProps('providerId')}
        />
        <Switch
          mt={30}
          label={t('specialists.active')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      </SimpleGrid>
    </FormModal>
  );
}

const STATE_COLOR: Record<Specialist['certState'], string> = {
  certified: 'teal',
  expiring: 'orange',
  expired: 'red',
  never: 'gray',
};

/** The certificate's state with its end date, as the list and the card show it. */
export function CertBadge({ s }: { s: Pick<Specialist, 'certState' | 'certValidUntil'> }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={2}>
      <Badge
        variant="light"
        color={STATE_COLOR[s.certState]}
        style={{ minWidth: 'max-content' }}
        data-testid="cert-state"
      >
        {t(`enums.certificationState.${s.certState}`)}
      </Badge>
      {s.certValidUntil && (
        <Text size="xs" c="dimmed">
          {t('specialists.until', { date: formatDate(s.certValidUntil, i18n.language) })}
        </Text>
      )}
    </Stack>
  );
}
