import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UI_LOCALES, type UiLocale } from '../i18n';
import { useSession } from './session';

export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t, i18n } = useTranslation();
  const { changeLocale } = useSession();
  return (
    <SegmentedControl
      size={size}
      aria-label={t('lang.label')}
      value={i18n.language}
      onChange={(v) => void changeLocale(v as UiLocale)}
      data={UI_LOCALES.map((l) => ({ value: l, label: l.toUpperCase() }))}
      data-testid="language-switch"
    />
  );
}
