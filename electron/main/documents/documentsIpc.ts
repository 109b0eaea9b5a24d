import fs from 'node:fs/promises';
import { BrowserWindow, app, dialog } from 'electron';
import type { BackendConnection } from '../../backend/process/backendConnection';
import { DOCUMENT_PRINT_CHANNEL, DOCUMENT_SAVE_CHANNEL } from '../../shared/ipc';
import { handleFromAppPage } from '../ipc';
import { printDocument, saveDocument, saveFilter } from './documentOutput';
import { openForPrint } from './printWindow';

/** "Lưu thành…" and "In" of the desktop app; each takes a document reference, never a path (see documentOutput.ts). */
export function registerDocumentHandlers(backend: BackendConnection): void {
  handleFromAppPage(DOCUMENT_SAVE_CHANNEL, (event, ref) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    return saveDocument(
      {
        call: backend.call,
        chooseSavePath: async (defaultPath, format) => {
          const options = { defaultPath, filters: [saveFilter(format)] };
          const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
          return choice.canceled ? undefined : choice.filePath;
        },
        writeFile: (filePath, bytes) => fs.writeFile(filePath, bytes),
      },
      ref,
      app.getPath('documents'),
    );
  });
  handleFromAppPage(DOCUMENT_PRINT_CHANNEL, (_event, ref) => printDocument({ call: backend.call, openForPrint }, ref));
}
