import { useTranslation } from 'react-i18next';

/** Options for a Select from an enum list, labelled through enums.<group>.<value>. */
export function useEnumOptions() {
  const { t } = useTranslation();
  return (group: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`enums.${group}.${value}`) }));
}
