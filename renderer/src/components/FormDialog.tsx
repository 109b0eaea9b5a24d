import { Modal } from '@mantine/core';
import type { ModalProps } from '@mantine/core';
import { createContext, useContext, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDialog } from './ConfirmDialog';

/** How a button inside a form dialog asks to close it: through the same question as Esc and ×. */
const DialogClose = createContext<(() => void) | null>(null);

/** The close request of the surrounding form dialog, or the given one outside such a dialog. */
export function useDialogClose(fallback: (() => void) | undefined): (() => void) | undefined {
  return useContext(DialogClose) ?? fallback;
}

interface FormDialogProps extends ModalProps {
  /** Whether the form holds changes not saved yet; closing then asks first. */
  dirty: boolean;
}

/**
 * A dialog holding a form that never loses what was typed: closing it (Esc, ×, a click outside, Cancel)
 * with unsaved changes asks first. Its form's buttons stay in view at the bottom (see FormActions).
 */
export function FormDialog({ dirty, onClose, children, ...modalProps }: FormDialogProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const requestClose = () => (dirty ? setAsking(true) : onClose());
  return (
    <>
      <Modal centered returnFocus {...modalProps} onClose={requestClose}>
        <DialogClose.Provider value={requestClose}>{children}</DialogClose.Provider>
      </Modal>
      <ConfirmDialog
        opened={asking}
        title={t('forms.discard.title')}
        message={t('forms.discard.message')}
        confirmLabel={t('forms.discard.confirm')}
        cancelLabel={t('forms.discard.keep')}
        danger
        onConfirm={() => {
          setAsking(false);
          onClose();
        }}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}
