import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import type { Session } from 'electron';
import { documentWindowOptions, isAllowedDocumentRequest } from '../policy';
import type { DocumentBytes } from './documentOutput';

const PRINT_PARTITION = 'document-print';
let printSession: Session | undefined;
const openFiles = new Set<string>();

/** Its own in-memory session, so the app's session keeps refusing file: URLs; this one loads only the open documents. */
function documentSession(): Session {
  if (printSession) return printSession;
  printSession = session.fromPartition(PRINT_PARTITION);
  printSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedDocumentRequest(details.url, openFiles) }));
  return printSession;
}

/** "In": the PDF in a window of its own (Chromium's viewer), then the system print dialog; the temporary copy goes when the window closes. */
export async function openForPrint(document: DocumentBytes): Promise<void> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'kiem-tra-in-'));
  const filePath = path.join(folder, document.fileName);
  await fs.writeFile(filePath, document.bytes);
  const fileUrl = pathToFileURL(filePath).href;
  openFiles.add(fileUrl);
  const window = new BrowserWindow(documentWindowOptions(document.fileName, documentSession()));
  window.on('closed', () => {
    openFiles.delete(fileUrl);
    void fs.rm(folder, { recursive: true, force: true });
  });
  await window.loadURL(fileUrl);
  window.show();
  window.webContents.print({ silent: false, printBackground: true });
}
