import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The reason to go ahead with an uncertified specialist, offered once the server refused one
 * (code UNCERTIFIED). The server takes it only where the office's settings allow overrides.
 */
export function OverrideReasonField({ code, inputProps }: { code: string | null; inputProps: object }) {
  const { t } = useTranslation();
  if (code !== 'UNCERTIFIED') return null;
  return (
    <Textarea
      label={t('casework.overrideReason')}
      description={t('casework.overrideHint')}
      autosize
      minRows={1}
      {...inputProps}
      data-testid="override-reason"
    />
  );
}
