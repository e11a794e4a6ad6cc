import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from './dates';

/** A date typed or picked as DD.MM.YYYY, held as ISO text ('' when empty), as every form here needs. */
export function DateField({
  value,
  onChange,
  ...rest
}: Omit<DateInputProps, 'value' | 'onChange'> & {
  value: string | null | undefined;
  onChange(v: string): void;
}) {
  const { t } = useTranslation();
  return (
    <DateInput
      placeholder={t('applicant.datePlaceholder')}
      valueFormat="DD.MM.YYYY"
      dateParser={parseTypedDate}
      clearable
      {...rest}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
    />
  );
}
