import { ActionIcon, Tooltip } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { SignatureImageEditor } from './SignatureImageEditor';

/** A row action for lists of people: opens the editor of that person's signature image. */
export function SignatureImageButton({ personId, fullName }: { personId: string; fullName: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip label={t('signatures.rowAction')}>
        <ActionIcon variant="subtle" size="lg" aria-label={`${t('signatures.rowAction')}: ${fullName}`} onClick={() => setOpen(true)}>
          <IconSignature size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <SignatureImageEditor opened={open} personId={personId} personName={fullName} onClose={() => setOpen(false)} />
    </>
  );
}
