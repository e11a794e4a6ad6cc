import { useTranslation } from 'react-i18next';
import { useSession } from './session';

/** The office's name in the screen's language (Kazakh screens never carry the Russian name). */
export function useOfficeName(): string {
  const { status } = useSession();
  const { i18n } = useTranslation();
  const name = i18n.language === 'kk' ? status?.officeNameKk : status?.officeNameRu;
  return name ?? status?.officeName ?? '';
}
