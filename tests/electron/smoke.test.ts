import fs from 'node:fs';
import path from 'node:path';
import { _electron } from 'playwright-core';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { STORE_FILE_NAME } from '../../db/store';
import { projectRoot } from '../../electron/backend/paths';
import type { ApiResult } from '../../electron/shared/contract';
import type { DocumentRef } from '../../electron/shared/documentRef';
import type { DesktopBridge, DesktopDocumentBridge } from '../../renderer/src/api/transport';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import { pdfText } from '../support/fixtures/minutesPdfText';
import { makeTempDir, startTestBackend } from '../support/tempBackend';

/**
 * The real desktop app (dist/ from `npm run build`, better-sqlite3 built for Electron), launched through
 * playwright-core's `_electron` on a store of its own. Runs only as `npm run test:electron`.
 */
let app: ElectronApplication | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

type Bridge = DesktopBridge & DesktopDocumentBridge;

/** Calls the preload's bridge from the page, exactly as the renderer's desktop transport does. */
function invoke(page: Page, method: string, input: unknown): Promise<ApiResult<unknown>> {
  return page.evaluate(([m, i]) => (window as unknown as { inspectionApi: Bridge }).inspectionApi.invoke(m as string, i), [method, input] as const);
}

function saveDocument(page: Page, ref: DocumentRef): Promise<ApiResult<unknown>> {
  return page.evaluate((r) => (window as unknown as { inspectionApi: Bridge }).inspectionApi.saveDocument(r), ref);
}

async function storeWithAudit(dataDir: string): Promise<string> {
  const prepared = await startTestBackend({ dataDir, withProfile: true, setUp: true });
  const audit = insertMinutesAudit(prepared.store, { kind: 'CCHC', items: 10, findings: 2 });
  prepared.close();
  return audit.auditId;
}

describe('the desktop app', () => {
  it('shows the home screen, answers API calls from its utility process, makes and saves a PDF, and closes the store on quit', async () => {
    const dataDir = makeTempDir('kiem-tra-electron-');
    const auditId = await storeWithAudit(dataDir);

    app = await _electron.launch({ args: [projectRoot], cwd: projectRoot, env: { ...process.env, KIEM_TRA_DATA_DIR: dataDir }, timeout: 120_000 });
    const page = await app.firstWindow();
    expect(new URL(page.url()).protocol).toBe('app:');
    await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();

    expect(await invoke(page, 'app.info', {})).toMatchObject({ ok: true, value: { dataDir } });
    expect(await invoke(page, 'khong.co', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });

    const draft = await invoke(page, 'minutes.draft', { auditId });
    expect(draft.ok).toBe(true);
    const draftPdf = Buffer.from((draft as { value: { pdfBase64: string } }).value.pdfBase64, 'base64');
    expect(pdfText(draftPdf)).toContain('BIÊN BẢN');

    // "Lưu thành…": the system save dialog is answered here, the main process writes the issued minutes there.
    const issued = await invoke(page, 'minutes.issue', { auditId });
    expect(issued).toMatchObject({ ok: true, value: { documentCode: '01/BB-UBND' } });
    const target = path.join(makeTempDir('kiem-tra-electron-save-'), 'bien-ban');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);
    const minutesId = (issued as { value: { id: string } }).value.id;
    expect(await saveDocument(page, { kind: 'minutes', minutesId })).toEqual({ ok: true, value: { saved: true } });
    expect(pdfText(fs.readFileSync(`${target}.pdf`))).toContain('Số: 01/BB-UBND');
    expect(await saveDocument(page, { kind: 'minutes', minutesId: '../../etc/passwd' } as unknown as DocumentRef)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    await app.close();
    app = undefined;
    const wal = path.join(dataDir, `${STORE_FILE_NAME}-wal`);
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
  });
});
