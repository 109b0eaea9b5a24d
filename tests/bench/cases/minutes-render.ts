import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';
import { sourceLayout } from '../../../electron/backend/paths';
import { pdfText } from '../../support/fixtures/minutesPdfText';
import { insertMinutesAudit } from '../../support/fixtures/minutesAudit';
import { startTestBackend } from '../../support/tempBackend';
import { administrativeDocument, renderPdf } from '../../../electron/backend/documents';
import type { DocumentModel, TableBlock } from '../../../electron/backend/documents';
import { headingText } from '../../../electron/backend/documents/bodyText';
import { cellLines, runText } from '../../../electron/backend/documents/documentModel';
import { INNER_WIDTH } from '../../../electron/backend/documents/pageLayout';
import { readAudit } from '../../../electron/backend/modules/minutes/loadMinutesSource';
import { minutesDocument } from '../../../electron/backend/modules/minutes/minutesDocument';
import { prepareMinutes } from '../../../electron/backend/modules/minutes/minutesInputs';
import { countRelayouts } from '../../support/fixtures/relayouts';
import { sampleCpuInTurn, sampleInTurn, sampleMs, sideBySide, summarise } from '../benchCase';
import type { BenchCase } from '../benchCase';

const RUNS = 12;

const pageCount = (pdf: Buffer) => Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);

const FACES = { regular: 'Tinos-Regular.ttf', bold: 'Tinos-Bold.ttf', italics: 'Tinos-Italic.ttf', boldItalics: 'Tinos-BoldItalic.ttf' };
const face = (bold = false, italics = false) =>
  path.join(sourceLayout.resourcesDir, 'fonts', FACES[bold ? (italics ? 'boldItalics' : 'bold') : italics ? 'italics' : 'regular']);

/** A table drawn cell by cell: each row measured, its cells written and ruled, the header again on each new page. */
function rawTable(doc: PDFKit.PDFDocument, table: TableBlock): void {
  const fixed = table.columns.reduce((sum, column) => sum + (column.width === '*' ? 0 : column.width + 8.5), 0);
  const stars = table.columns.filter((column) => column.width === '*').length;
  const widths = table.columns.map((column) => (column.width === '*' ? (INNER_WIDTH - fixed) / stars : column.width + 8.5));
  const bottom = doc.page.height - doc.page.margins.bottom;
  const header = table.columns.map((column) => ({ text: column.header, bold: true }));
  const row = (cells: { text: string; bold: boolean }[]) => {
    doc.fontSize(table.fontSize);
    const height = Math.max(...cells.map((cell, i) => doc.font(face(cell.bold)).heightOfString(cell.text, { width: widths[i]! - 8 }))) + 6;
    if (doc.y + height > bottom) {
      doc.addPage();
      if (cells !== header) row(header);
    }
    const top = doc.y;
    let x = doc.page.margins.left;
    cells.forEach((cell, i) => {
      doc.font(face(cell.bold)).text(cell.text, x + 4, top + 3, { width: widths[i]! - 8 });
      doc.lineWidth(0.5).rect(x, top, widths[i]!, height).stroke();
      x += widths[i]!;
    });
    doc.x = doc.page.margins.left;
    doc.y = top + height;
  };
  row(header);
  for (const cells of table.rows) row(cells.map((cell) => ({ text: cellLines(cell).map((line) => line.map(runText).join('')).join('\n'), bold: typeof cell !== 'string' && Boolean(cell.bold) })));
  doc.moveDown(0.3);
}

/** Every string in a part of the model (the header's fields, the signers, the recipients). */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' && !Buffer.isBuffer(value) ? Object.values(value).flatMap(stringsIn) : [];

/**
 * The reference: pdfkit writing the same document with no layout rules. The same text in the same
 * faces and sizes (runs in their bold or italics), tables ruled cell by cell with the header again on
 * each page, page numbers and the draft mark on every page, the signature images. The app's renderPdf,
 * run once in this process first, shares the parsed fonts with every pdfkit document here
 * (pdfFonts.ts), so the reference does not parse the font files for each document either.
 */
function rawPdfkit(model: DocumentModel): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 57, bottom: 57, left: 85, right: 43 }, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(face(true)).fontSize(13);
  for (const line of stringsIn(model.header)) doc.text(line, { align: 'center' });
  doc.fontSize(14).text(model.type, { align: 'center' }).text(model.summary, { align: 'center' });
  for (const block of model.body) {
    if (block.kind === 'heading') doc.font(face(true)).fontSize(14).text(headingText(block), { indent: 28, lineGap: 2, paragraphGap: 6 });
    if (block.kind === 'paragraph')
      block.runs.forEach((run, i) =>
        doc
          .font(face(block.bold || (typeof run !== 'string' && run.bold), block.italics || (typeof run !== 'string' && run.italics)))
          .fontSize(14)
          .text(runText(run), { align: 'justify', indent: block.indent ? 28 : 0, lineGap: 2, paragraphGap: 6, continued: i < block.runs.length - 1 }),
      );
    if (block.kind === 'table') rawTable(doc, block);
  }
  for (const closing of model.closing) {
    doc.font(face()).fontSize(13);
    for (const line of stringsIn(closing)) doc.text(line);
    if (closing.kind === 'signatures') for (const signer of closing.signers) if (signer.signatureImage) doc.image(signer.signatureImage, { width: 100 });
  }
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    if (page > start) doc.font(face()).fontSize(13).text(String(page + 1), 0, 28, { width: doc.page.width, align: 'center', lineBreak: false });
    if (model.draft) doc.save().opacity(0.15).fillColor('#7b8794').font(face(true)).fontSize(110).text('DỰ THẢO', 60, 360, { lineBreak: false }).restore().fillColor('black');
  }
  doc.end();
  return done;
}

/**
 * Minutes of a large audit (150 checklist items, 20 findings): how long the PDF takes, and how long
 * it can hold up another request.
 */
const bench: BenchCase = {
  name: 'Minutes: CCHC and ISO PDF for 150 items with 20 findings (minutes.draft and minutes.issue)',
  async run() {
    const backend = await startTestBackend();
    const cchc = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 150, findings: 20 });
    const iso = insertMinutesAudit(backend.store, { kind: 'ISO', items: 150, findings: 20 });
    // The first call loads the fonts; it is measured separately.
    let start = performance.now();
    await backend.call('minutes.draft', { auditId: cchc.auditId });
    const coldMs = performance.now() - start;

    // Wall time, and this process's CPU time: the CPU figure holds steady when other work shares the machine.
    const timings: Record<'CCHC' | 'ISO', number[]> = { CCHC: [], ISO: [] };
    const cpu: Record<'CCHC' | 'ISO', number[]> = { CCHC: [], ISO: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const [kind, auditId] of [['CCHC', cchc.auditId], ['ISO', iso.auditId]] as const) {
        start = performance.now();
        const cpuStart = process.cpuUsage();
        await backend.call('minutes.draft', { auditId });
        const used = process.cpuUsage(cpuStart);
        timings[kind].push(performance.now() - start);
        cpu[kind].push((used.user + used.system) / 1000);
      }
    }

    // pdfmake lays out in one synchronous stretch: a request arriving then waits until it ends.
    // A 1 ms ticker measures the longest stretch without a turn of the event loop.
    const stalls: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let last = performance.now();
      let longest = 0;
      const ticker = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 1);
      await backend.call('minutes.draft', { auditId: cchc.auditId });
      await new Promise((resolve) => setTimeout(resolve, 3));
      clearInterval(ticker);
      stalls.push(longest);
    }

    // The issue's rows: the CCHC draft beside pdfkit writing the same document; and 1,000 items beside 100.
    const modelOf = (auditId: string) => {
      const audit = readAudit(backend.store.db, auditId);
      const { content, images } = prepareMinutes(backend.store.db, audit.id, { number: null, documentDate: audit.endDate, revision: 0, supplements: null, corrections: '' });
      return minutesDocument(content, images);
    };
    const model = modelOf(cchc.auditId);
    const renderedHere = (document: DocumentModel) => () => renderPdf(administrativeDocument(document), sourceLayout.resourcesDir);
    const inThisThread = renderedHere(model);
    const counted = administrativeDocument(model);
    const passes = countRelayouts(counted);
    await renderPdf(counted, sourceLayout.resourcesDir);
    const referencePdf = await rawPdfkit(model);
    const { app: appDraft, reference: pdfkitDraft } = await sampleInTurn(RUNS, () => backend.call('minutes.draft', { auditId: cchc.auditId }), () => rawPdfkit(model));
    const { app: threadDraft, reference: threadReference } = await sampleInTurn(RUNS, inThisThread, () => rawPdfkit(model));
    const { app: threadCpu, reference: referenceCpu } = await sampleCpuInTurn(RUNS, inThisThread, () => rawPdfkit(model));
    const hundred = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 100, findings: 20 });
    const thousand = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 1000, findings: 20 });
    const hundredDraft = await sampleMs(5, () => backend.call('minutes.draft', { auditId: hundred.auditId }));
    const thousandDraft = await sampleMs(5, () => backend.call('minutes.draft', { auditId: thousand.auditId }));
    const [hundredModel, thousandModel] = [modelOf(hundred.auditId), modelOf(thousand.auditId)];
    const { app: thousandCpu, reference: hundredCpu } = await sampleCpuInTurn(5, renderedHere(thousandModel), renderedHere(hundredModel));

    start = performance.now();
    const issued = await backend.call('minutes.issue', { auditId: iso.auditId });
    const issueMs = performance.now() - start;
    const pages = pageCount(Buffer.from((await backend.call('minutes.open', { minutesId: issued.id })).pdfBase64, 'base64'));

    const c = summarise(timings.CCHC);
    const s = summarise(timings.ISO);
    const w = summarise(stalls);
    const figures = {
      'ISSUE ROW minutes PDF, CCHC, 150 items + 20 findings, minutes.draft through the API and the worker pool (reference: raw pdfkit writing the same document, same fonts, tables ruled)': `${sideBySide(appDraft, pdfkitDraft)}; load average ${os.loadavg()[0]!.toFixed(1)}`,
      'the same model laid out and rendered in this thread, no API or worker (reference: the same raw pdfkit)': sideBySide(threadDraft, threadReference),
      'the same, CPU time (steadier when other work shares the machine)': sideBySide(threadCpu, referenceCpu),
      'layout passes of the CCHC minutes (pdfmake lays the document out again for each break a rule asks for)': 1 + passes.count(),
      'text characters, app / reference (pdftotext)': `${pdfText(Buffer.from((await backend.call('minutes.draft', { auditId: cchc.auditId })).pdfBase64, 'base64')).length} / ${pdfText(referencePdf).length}`,
      'pages, app / reference': `${pageCount(Buffer.from((await backend.call('minutes.draft', { auditId: cchc.auditId })).pdfBase64, 'base64'))} / ${pageCount(referencePdf)}`,
      'ISSUE ROW minutes PDF, 1000 items (reference: 100 items)': sideBySide(thousandDraft, hundredDraft),
      'the same in this thread, CPU time (a long render loses more wall time than a short one on a loaded machine)': sideBySide(thousandCpu, hundredCpu),
      'first call (loads fonts) ms': Math.round(coldMs),
      'CCHC draft median ms': c.medianMs,
      'CCHC draft CPU median ms': summarise(cpu.CCHC).medianMs,
      'CCHC draft p95 ms': c.p95Ms,
      'ISO draft median ms': s.medianMs,
      'ISO draft CPU median ms': summarise(cpu.ISO).medianMs,
      'ISO draft p95 ms': s.p95Ms,
      'ISO issue (number, render, signature fields, file, lock) ms': Math.round(issueMs),
      'ISO issued pages': pages,
      'CCHC draft: longest stretch other requests wait, median ms': w.medianMs,
      'CCHC draft: longest stretch other requests wait, max ms': w.maxMs,
    };
    backend.close();
    return figures;
  },
};
export default bench;
