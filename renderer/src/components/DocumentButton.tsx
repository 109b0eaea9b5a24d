import { Button } from '@mantine/core';
import type { ButtonProps } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf, IconFileWord, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { documentFormats } from '../../../electron/shared/documentRef';
import type { DocumentFormat, DocumentRef } from '../../../electron/shared/documentRef';
import type { LoadDocument } from '../api/documentOutput';
import { useDocumentOutput } from '../hooks/useDocumentOutput';
import type { OutputHow } from '../hooks/useDocumentOutput';

/** The icon beside a document's save button, by its format; printing shows a printer. */
export const documentIcons: Record<DocumentFormat, typeof IconFileTypePdf> = {
  pdf: IconFileTypePdf,
  xlsx: IconFileSpreadsheet,
  docx: IconFileWord,
};

interface DocumentButtonProps extends Omit<ButtonProps, 'onClick' | 'loading' | 'leftSection'> {
  how: OutputHow;
  /** Which document, by the ids the API takes: the desktop app saves or prints it by this alone. */
  documentRef: DocumentRef;
  /** Fetches the file, for the browser's download or print frame. */
  load: LoadDocument;
  children: ReactNode;
}

/**
 * "Lưu thành…" or "In" of one document: the system save dialog or print window in the desktop app, a
 * download or the browser's print dialog otherwise. A new kind of document needs only its reference.
 */
export function DocumentButton({ how, documentRef, load, children, ...button }: DocumentButtonProps) {
  const output = useDocumentOutput();
  const [busy, setBusy] = useState(false);
  const Icon = how === 'print' ? IconPrinter : documentIcons[documentFormats[documentRef.kind]];
  const run = async () => {
    setBusy(true);
    try {
      await output(how, documentRef, load);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" {...button} leftSection={<Icon size={18} aria-hidden />} loading={busy} onClick={() => void run()}>
      {children}
    </Button>
  );
}
