import { renderCharts } from '../charts/renderChart';
import { writeBoardWorkbook } from '../modules/actions/boardWorkbook';
import { prepareRestore } from '../modules/backups/prepareRestore';
import { writeBackup } from '../modules/backups/writeBackup';
import { readPackage } from '../modules/packages/readPackage';
import { writePackage } from '../modules/packages/writePackage';
import { buildChecklistWorkbook } from '../modules/checklists/checklistWorkbook';
import { readChecklistWorkbook } from '../modules/checklists/readChecklistWorkbook';
import { layOutMinutesPdf } from '../modules/minutes/renderMinutesPdf';
import { renderMinutesDocx } from '../modules/minutes/minutesDocx';
import { renderProgrammeDocx, renderProgrammePdf } from '../modules/programme/programmeDocumentContent';
import { writeProgrammeWorkbook } from '../modules/programme/programmeWorkbook';
import { drawReportDocxAhead, renderReportDocx, renderReportPdf } from '../modules/reporting/reportDocument';
import { writeReportWorkbook } from '../modules/reporting/reportWorkbook';
import { drawIsoReportDocxAhead, renderIsoReportDocx, renderIsoReportPdf } from '../modules/reporting/isoReportDocument';
import { writeIsoReportWorkbook } from '../modules/reporting/isoReportWorkbook';
import { renderUnitCardDocx, renderUnitCardPdf } from '../modules/reporting/unitCardDocument';
import { writeUnitCardWorkbook } from '../modules/reporting/unitCardWorkbook';
import { readUnitsWorkbook } from '../modules/units/readUnitsWorkbook';
import type { signWithPkcs12 } from '../signing/signWithPkcs12';
import type { TokenFieldSignature, TokenSigningInput } from '../signing/signWithToken';
import type { TokenListing } from '../signing/tokens/tokenCertificates';
import type { PdfSignatureReport } from '../signing/verify/verifyPdfSignatures';
import { asBuffer } from './transferredBytes';

/**
 * The work that runs off the thread answering the UI, by name: PDF rendering, Excel reading and
 * writing, and signing. The API thread reads the store and sends the content; payloads and results
 * cross the thread boundary by structured clone, so they are plain data (bytes arrive as Uint8Array).
 */
export const workerTasks = {
  'checklists.readWorkbook': ({ fileName, base64 }: { fileName: string; base64: string }) => readChecklistWorkbook(fileName, base64),
  'checklists.writeWorkbook': buildChecklistWorkbook,
  'units.readWorkbook': ({ fileName, base64, existing }: { fileName: string; base64: string; existing: { code: string; name: string }[] }) =>
    readUnitsWorkbook(fileName, base64, existing),
  'charts.renderSvg': renderCharts,
  'actions.writeBoardWorkbook': writeBoardWorkbook,
  'programme.writeWorkbook': writeProgrammeWorkbook,
  'programme.renderPdf': renderProgrammePdf,
  'programme.renderDocx': renderProgrammeDocx,
  'minutes.renderPdf': layOutMinutesPdf,
  'minutes.renderDocx': renderMinutesDocx,
  // The signing libraries (node-forge, @signpdf) load with the first signature, not with the worker.
  'signing.signPkcs12': async (payload: Parameters<typeof signWithPkcs12>[0]) => (await import('../signing/signWithPkcs12')).signWithPkcs12(payload),
  'signing.readPkcs12': async ({ p12, password }: { p12: Uint8Array; password: string }) =>
    (await import('../signing/signingIdentity')).pkcs12Certificates(asBuffer(p12), password),
  'backups.write': writeBackup,
  'backups.prepareRestore': prepareRestore,
  'packages.write': writePackage,
  'packages.read': readPackage,
  'reports.renderPdf': renderReportPdf,
  'reports.renderDocx': renderReportDocx,
  'reports.drawDocxAhead': drawReportDocxAhead,
  'reports.writeWorkbook': writeReportWorkbook,
  'reports.renderIsoPdf': renderIsoReportPdf,
  'reports.renderIsoDocx': renderIsoReportDocx,
  'reports.drawIsoDocxAhead': drawIsoReportDocxAhead,
  'reports.writeIsoWorkbook': writeIsoReportWorkbook,
  'reports.renderUnitCardPdf': renderUnitCardPdf,
  'reports.renderUnitCardDocx': renderUnitCardDocx,
  'reports.writeUnitCardWorkbook': writeUnitCardWorkbook,
  // Run on tokenWork only: the driver is loaded once, on that thread, never on the thread answering the UI.
  // Imported on first use, so the threads that render PDFs never load the PKCS#11 binding.
  'signing.listTokenCertificates': async ({ modulePath, generation }: { modulePath: string; generation: number }): Promise<TokenListing> => {
    const [{ loadCryptoki }, { listTokenCertificates }] = await Promise.all([import('../signing/tokens/cryptoki'), import('../signing/tokens/tokenCertificates')]);
    return listTokenCertificates(loadCryptoki(modulePath, generation));
  },
  'signing.signWithToken': async (input: TokenSigningInput): Promise<TokenFieldSignature> => (await import('../signing/signWithToken')).signWithToken(input),
  'signing.verifyPdf': async ({ pdf, trusted, now }: { pdf: Uint8Array; trusted: Uint8Array[]; now: Date }): Promise<PdfSignatureReport[]> =>
    (await import('../signing/verify/verifyPdfSignatures')).verifyPdfSignatures(asBuffer(pdf), trusted.map(asBuffer), now),
};
