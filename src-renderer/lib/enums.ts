import { useTranslation } from 'react-i18next';

/**
 * Options for a Select from an enum list, labelled through enums.<group>.<value>. With
 * context 'female' a value's feminine form (`<value>_female`) is used where the language has one.
 */
export function useEnumOptions() {
  const { t } = useTranslation();
  return (group: string, values: readonly string[], context?: 'female') =>
    values.map((value) => ({ value, label: t(`enums.${group}.${value}`, context ? { context } : {}) }));
}
