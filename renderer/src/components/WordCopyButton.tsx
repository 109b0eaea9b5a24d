import { Button, Tooltip } from '@mantine/core';
import { IconFileWord } from '@tabler/icons-react';
import { useI18n } from '../i18n/I18nProvider';

interface WordCopyButtonProps {
  loading?: boolean;
  disabled?: boolean;
  onClick(): void;
}

/** "Tải Word (.docx)" beside a document's PDF: the working copy, with a reminder that the signed PDF is the original. */
export function WordCopyButton({ loading, disabled, onClick }: WordCopyButtonProps) {
  const { t } = useI18n();
  return (
    <Tooltip label={t('wordCopies.hint')} multiline w={260} openDelay={400}>
      <Button variant="default" leftSection={<IconFileWord size={16} aria-hidden />} loading={loading} disabled={disabled} onClick={onClick}>
        {t('wordCopies.download')}
      </Button>
    </Tooltip>
  );
}
