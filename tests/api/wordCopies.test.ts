import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderChart } from '../../electron/backend/charts/renderChart';
import { cchcReportCharts } from '../../electron/backend/modules/reporting/cchcReportCharts';
import { DRAFT_COPY_NOTE, WORKING_COPY_NOTE } from '../../electron/backend/documents/docxRenderer';
import type { ReportView } from '../../electron/shared/contract/reports';
import { printPixels } from '../../electron/backend/documents/chartPicture';
import { INNER_WIDTH } from '../../electron/backend/documents/pageLayout';
import { docxParagraphs, docxPart, docxPartBytes, paragraphXml, wordsOf } from '../support/fixtures/docxTools';
import { pngChunks } from '../support/fixtures/pngChunks';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import { poppler } from '../support/fixtures/minutesPdfTools';
import { staffTheWard } from '../support/fixtures/programmeStaff';
import { insertReportingYear } from '../support/fixtures/reportingYear';
import { startTestBackend } from '../support/tempBackend';
import { backgroundWork } from '../../electron/backend/workers/workerPool';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => {
  vi.restoreAllMocks();
  backend?.close();
});

/** Rendering starts workers that load pdfmake, docx and the rasteriser: slow on a busy 2-core machine. */
const RENDERING = 180_000;

const bytesOf = (file: { base64: string } | { pdfBase64: string }) => Buffer.from('base64' in file ? file.base64 : file.pdfBase64, 'base64');

const HEADER_LINES = ['UBND TỈNH HÀ TĨNH', 'ỦY BAN NHÂN DÂN PHƯỜNG BẮC HỒNG LĨNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

/** Splits after hyphens and slashes too, so a line broken at "BB-" in the PDF reads the same as Word's unbroken code. */
const comparable = (lines: string[]) => wordsOf(lines.map((line) => line.replace(/([-/])/g, '$1 ')));

/** The PDF's lines in drawing order (each table row together), without the page numbers Word keeps in its page header. */
function pdfLines(pdf: Buffer): string[] {
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', pdf))![1]);
  const lines = poppler('pdftotext', pdf, ['-raw', '-enc', 'UTF-8']).split('\n');
  for (let page = 2; page <= pages; page++) lines.splice(lines.indexOf(String(page)), 1);
  return lines;
}

interface Opened {
  xml: string;
  paragraphs: string[];
}

async function openDocx(docx: Buffer): Promise<Opened> {
  expect(docx.subarray(0, 2).toString()).toBe('PK');
  const xml = await docxPart(docx, 'word/document.xml');
  return { xml, paragraphs: docxParagraphs(xml).map((p) => p.normalize('NFC')) };
}

/** NĐ 30/2020 Phụ lục I: A4 portrait, margins top and bottom 20 mm, left 30 mm, right 15 mm; page numbers from page 2. */
async function expectDecreeLayout(docx: Buffer, { xml, paragraphs }: Opened, draft: boolean) {
  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!;
  const twips = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)![1]);
  expect(twips('top') / 56.7).toBeGreaterThanOrEqual(20 - 0.1);
  expect(twips('top') / 56.7).toBeLessThanOrEqual(25);
  expect(twips('bottom') / 56.7).toBeGreaterThanOrEqual(20 - 0.1);
  expect(twips('left') / 56.7).toBeGreaterThanOrEqual(30 - 0.1);
  expect(twips('left') / 56.7).toBeLessThanOrEqual(35);
  expect(twips('right') / 56.7).toBeGreaterThanOrEqual(15 - 0.1);
  expect(twips('right') / 56.7).toBeLessThanOrEqual(20);
  expect(xml).toContain('<w:titlePg/>');

  for (const line of HEADER_LINES) expect(paragraphs).toContain(line);
  expect(paragraphXml(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="25"\/>/);
  expect(paragraphXml(xml, 'Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:u w:val="single"\/>/);
  expect(paragraphXml(xml, 'UBND TỈNH HÀ TĨNH')).toMatch(/w:ascii="Times New Roman"[\s\S]*<w:sz w:val="26"\/>/);
  // The header is a borderless table.
  expect(xml).toMatch(/<w:tblBorders>(?:<w:\w+ w:val="none"[^>]*\/>)+<\/w:tblBorders>/);

  const pageHeaders = await Promise.all(['word/header1.xml', 'word/header2.xml'].map((part) => docxPart(docx, part)));
  expect(pageHeaders.filter((part) => /PAGE/.test(part))).toHaveLength(1);
  expect(await docxPart(docx, 'word/footer1.xml')).toContain(draft ? DRAFT_COPY_NOTE : WORKING_COPY_NOTE);
  expect(await docxPart(docx, 'word/styles.xml')).toMatch(/<w:lang w:val="vi-VN"\/>/);
}

/** Body text: Times New Roman 14, justified, first line indented 1 cm, 6 pt before. */
function expectBodyParagraph(xml: string, text: string) {
  const paragraph = paragraphXml(xml, text);
  expect(paragraph).toContain('<w:jc w:val="both"/>');
  expect(paragraph).toMatch(/w:firstLine="567"/);
  expect(paragraph).toMatch(/w:before="120"/);
  expect(paragraph).toMatch(/w:ascii="Times New Roman"[\s\S]*<w:sz w:val="28"\/>/);
}

function expectTitle(xml: string, type: string) {
  expect(paragraphXml(xml, type)).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
}

/**
 * Each chart is its own PNG in word/media, as many pixels across as 220 dpi over its printed width
 * (85 % of the text width), placed at that width, and saying 220 dpi itself.
 */
async function expectPrintResolution(docx: Buffer, xml: string, count: number) {
  const relations = await docxPart(docx, 'word/_rels/document.xml.rels');
  const pictures = [...relations.matchAll(/Target="(media\/[^"]+\.png)"/g)].map((match) => match[1]!);
  expect(new Set(pictures).size).toBe(count);
  const printedWidthPt = INNER_WIDTH * 0.85;
  const EMU_PER_INCH = 914_400;
  const placedInches = [...xml.matchAll(/<wp:extent cx="(\d+)"/g)].map((match) => Number(match[1]) / EMU_PER_INCH);
  expect(placedInches).toHaveLength(count);
  for (const inches of placedInches) expect(inches * 72).toBeCloseTo(printedWidthPt, 0);
  for (const [i, picture] of pictures.entries()) {
    const [header, resolution] = pngChunks(await docxPartBytes(docx, `word/${picture}`));
    const widthPx = header!.data.readUInt32BE(0);
    expect(widthPx).toBe(printPixels(printedWidthPt));
    expect(widthPx / placedInches[i]!).toBeGreaterThanOrEqual(220 - 1);
    expect(resolution!.type).toBe('pHYs');
    // 220 dpi is 8 661 pixels a metre.
    expect(resolution!.data.readUInt32BE(0)).toBe(8661);
  }
}

/** The same words in the PDF and in Word, apart from what the PDF alone draws: a table's header again on each page, a chart's labels. */
function expectSameText(pdf: Buffer, paragraphs: string[], drawnOnlyInPdf: string[] = []) {
  const fromPdf = comparable(pdfLines(pdf));
  const fromWord = comparable(paragraphs);
  const remaining = [...fromPdf];
  const missing: string[] = [];
  for (const word of fromWord) {
    const at = remaining.indexOf(word);
    if (at === -1) missing.push(word);
    else remaining.splice(at, 1);
  }
  expect(missing).toEqual([]);
  const pdfOnly = new Set(comparable(drawnOnlyInPdf));
  expect(remaining.filter((word) => !pdfOnly.has(word))).toEqual([]);
}

/** The minutes' tables, whose header the PDF draws again on each page they run over. */
const REPEATED_MINUTES_HEADERS = ['STT', 'Phát hiện số', 'Nội dung yêu cầu khắc phục', 'Thời hạn', 'Mã', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Đánh giá'];

describe('minutes as .docx', () => {
  it('issued, supplementary and draft minutes in the NĐ 30/2020 layout, with the same text as their PDF', { timeout: RENDERING }, async () => {
    backend = await startTestBackend({ now: () => new Date('2026-11-25T03:00:00Z') });
    const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 30, findings: 5, withSecretaryAndMembers: true });

    const draftDocx = bytesOf(await backend.call('minutes.draftDocx', { auditId: audit.auditId }));
    const draft = await openDocx(draftDocx);
    await expectDecreeLayout(draftDocx, draft, true);
    expect(draft.paragraphs).toContain('Số: …/BB-UBND');
    expect(draft.paragraphs).toContain('Bắc Hồng Lĩnh, ngày … tháng … năm 2026');
    expect((await docxPart(draftDocx, 'word/header2.xml')) + (await docxPart(draftDocx, 'word/header1.xml'))).toContain('DỰ THẢO');

    const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
    const file = await backend.call('minutes.openDocx', { minutesId: issued.id });
    expect(file).toMatchObject({ fileName: 'Bien-ban-01-BB-UBND.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const docx = bytesOf(file);
    const opened = await openDocx(docx);
    await expectDecreeLayout(docx, opened, false);
    expect(opened.paragraphs).toContain('Số: 01/BB-UBND');
    expect(paragraphXml(opened.xml, 'Bắc Hồng Lĩnh, ngày 25 tháng 11 năm 2026')).toContain('<w:i/>');
    expectTitle(opened.xml, 'BIÊN BẢN');
    expect(opened.paragraphs).toContain('Kiểm tra công tác cải cách hành chính tại Phòng Văn hóa - Xã hội');
    const text = opened.paragraphs.join('\n');
    for (const finding of audit.findingDescriptions) expect(text).toContain(finding);
    for (const member of audit.team) expect(text).toContain(member);
    for (const heading of ['TRƯỞNG ĐOÀN KIỂM TRA', 'THƯ KÝ ĐOÀN', 'THÀNH VIÊN ĐOÀN']) expect(opened.paragraphs).toContain(heading);
    expect(paragraphXml(opened.xml, 'Nơi nhận:')).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    const opening = opened.paragraphs.find((p) => p.startsWith('Hôm nay,'))!;
    expectBodyParagraph(opened.xml, opening);
    // Signature rows never split across pages.
    expect(opened.xml).toContain('<w:cantSplit/>');

    const pdf = bytesOf(await backend.call('minutes.open', { minutesId: issued.id, version: 0 }));
    expectSameText(pdf, opened.paragraphs, REPEATED_MINUTES_HEADERS);

    const correction = await backend.call('minutes.correct', { minutesId: issued.id, corrections: 'Bổ sung tên thành viên vắng mặt: bà Lê Thị Hoa.' });
    const supplement = await openDocx(bytesOf(await backend.call('minutes.openDocx', { minutesId: correction.id })));
    expectTitle(supplement.xml, 'BIÊN BẢN BỔ SUNG');
    expect(supplement.paragraphs).toContain('Số: 02/BB-UBND');
    expect(supplement.paragraphs.join('\n')).toContain('Bổ sung tên thành viên vắng mặt: bà Lê Thị Hoa.');
    expectSameText(bytesOf(await backend.call('minutes.open', { minutesId: correction.id, version: 0 })), supplement.paragraphs, REPEATED_MINUTES_HEADERS);

    // The Word copy comes only from the content the PDF was made from: altered, or gone for a supplement, it is refused.
    const kept = path.join(backend.dataDir, 'minutes', '2026', '02-BB-UBND.content.json');
    const frozen = fs.readFileSync(kept, 'utf8');
    fs.writeFileSync(kept, frozen.replace('Lê Thị Hoa', 'Lê Thị Hòa'));
    expect(await backend.dispatch('minutes.openDocx', { minutesId: correction.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    fs.rmSync(kept);
    expect(await backend.dispatch('minutes.openDocx', { minutesId: correction.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // First minutes issued before the content was kept are rebuilt from the locked audit, and must hash the same.
    fs.rmSync(path.join(backend.dataDir, 'minutes', '2026', '01-BB-UBND.content.json'));
    expect(docxParagraphs(await docxPart(bytesOf(await backend.call('minutes.openDocx', { minutesId: issued.id })), 'word/document.xml'))).toEqual(opened.paragraphs);
  });
});

describe('plan and report as .docx', () => {
  it('the plan, draft and approved, with every entry', { timeout: RENDERING }, async () => {
    backend = await startTestBackend({ now: () => new Date('2026-01-05T02:00:00Z') });
    await staffTheWard(backend);
    const programme = await backend.call('programme.generate', { year: 2026 });
    await backend.call('programme.update', { id: programme.id, documentNumber: '12' });

    const draftFile = await backend.call('programme.exportDocx', { id: programme.id });
    expect(draftFile.fileName).toBe('ke-hoach-kiem-tra-2026-du-thao.docx');
    await expectDecreeLayout(bytesOf(draftFile), await openDocx(bytesOf(draftFile)), true);

    await backend.call('programme.approve', { id: programme.id });
    const docx = bytesOf(await backend.call('programme.exportDocx', { id: programme.id }));
    const opened = await openDocx(docx);
    await expectDecreeLayout(docx, opened, false);
    expect(opened.paragraphs).toContain('Số: 12/KH-UBND');
    expectTitle(opened.xml, 'KẾ HOẠCH');
    for (const entry of programme.entries) expect(opened.paragraphs).toContain(entry.unitName);
    expect(opened.paragraphs).toContain('TM. ỦY BAN NHÂN DÂN');
    expectSameText(bytesOf(await backend.call('programme.exportPdf', { id: programme.id })), opened.paragraphs, ['STT', 'Đơn vị được kiểm tra', 'Nội dung', 'Thời gian', 'Thành phần đoàn']);
  });

  it('the CCHC report with its tables and its three charts as print-resolution pictures', { timeout: RENDERING }, async () => {
    backend = await startTestBackend({ now: () => new Date('2026-11-20T03:00:00Z') });
    const first = insertReportingYear(backend.store, { year: 2025, today: '2026-11-20', seed: 4 });
    insertReportingYear(backend.store, { year: 2026, today: '2026-11-20', seed: 9, firstMinutesNumber: first + 1 });
    const draft = await backend.call('reports.create', { kind: 'cchc', period: { kind: 'year', year: 2026 } });
    const report: ReportView = await backend.call('reports.issue', { id: draft.id });

    const docx = bytesOf(await backend.call('reports.exportDocx', { id: report.id }));
    const opened = await openDocx(docx);
    await expectDecreeLayout(docx, opened, false);
    expect(opened.paragraphs).toContain(`Số: ${report.documentCode}`);
    expectTitle(opened.xml, 'BÁO CÁO');
    for (const unit of report.figures.byUnit) expect(opened.paragraphs).toContain(unit.unitName);

    if (report.kind !== 'cchc') throw new Error('a CCHC report was made');
    const charts = cchcReportCharts(report.figures).map((spec) => renderChart(spec, 520, 260));
    expect(opened.xml.match(/<pic:pic/g)).toHaveLength(charts.length);
    await expectPrintResolution(docx, opened.xml, charts.length);
    const chartWords = charts.flatMap((chart) => [...chart.svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!));
    expectSameText(bytesOf(await backend.call('reports.exportPdf', { id: report.id })), opened.paragraphs, chartWords);
  });
  it('the report page draws its Word copy\'s charts and pictures as it opens, once for the same figures, and the Word copy takes them', { timeout: RENDERING }, async () => {
    backend = await startTestBackend({ now: () => new Date('2026-11-20T03:00:00Z') });
    insertReportingYear(backend.store, { year: 2026, today: '2026-11-20', seed: 12 });
    const report = await backend.call('reports.create', { kind: 'cchc', period: { kind: 'quarter', year: 2026, quarter: 2 } });
    const tasks = vi.spyOn(backgroundWork, 'run');
    const ran = (name: string) => tasks.mock.calls.filter(([task]) => task === name);

    await backend.call('reports.charts', { id: report.id });
    await backend.call('reports.charts', { id: report.id });
    expect(ran('reports.drawDocxAhead')).toHaveLength(1);
    const drawn = await tasks.mock.results[tasks.mock.calls.findIndex(([task]) => task === 'reports.drawDocxAhead')]!.value;

    const docx = bytesOf(await backend.call('reports.exportDocx', { id: report.id }));
    expect(ran('reports.renderDocx')).toHaveLength(1);
    const { drawnAhead } = ran('reports.renderDocx')[0]![1] as { drawnAhead: { charts: Array<{ chart: { svg: string } }>; pictures: Array<{ png: Uint8Array }> } };
    expect(drawnAhead).toEqual(drawn);
    // The document's own three charts, as ECharts draws them for it.
    const view = await backend.call('reports.get', { id: report.id });
    if (view.kind !== 'cchc') throw new Error('a CCHC report was made');
    expect(drawnAhead.charts.map(({ chart }) => chart.svg).sort()).toEqual(cchcReportCharts(view.figures).map((spec) => renderChart(spec, 520, 260).svg).sort());
    const relations = await docxPart(docx, 'word/_rels/document.xml.rels');
    const embedded = await Promise.all([...relations.matchAll(/Target="(media\/[^"]+\.png)"/g)].map((match) => docxPartBytes(docx, `word/${match[1]!}`)));
    expect(drawnAhead.pictures).toHaveLength(3);
    expect(embedded.map((png) => png.toString('base64')).sort()).toEqual(drawnAhead.pictures.map((picture) => Buffer.from(picture.png).toString('base64')).sort());
    await expectPrintResolution(docx, (await openDocx(docx)).xml, 3);
  });

  it('a report whose Word copy could not be drawn ahead as its page opened gets its Word copy all the same, its charts drawn with it', { timeout: RENDERING }, async () => {
    backend = await startTestBackend({ now: () => new Date('2026-11-20T03:00:00Z') });
    insertReportingYear(backend.store, { year: 2026, today: '2026-11-20', seed: 13 });
    const report = await backend.call('reports.create', { kind: 'cchc', period: { kind: 'quarter', year: 2026, quarter: 1 } });
    const run = backgroundWork.run.bind(backgroundWork);
    const tasks = vi.spyOn(backgroundWork, 'run').mockImplementation((task, payload) => (task === 'reports.drawDocxAhead' ? Promise.reject(new Error('worker gone')) : run(task, payload)));

    await backend.call('reports.charts', { id: report.id });
    const docx = bytesOf(await backend.call('reports.exportDocx', { id: report.id }));

    const payload = tasks.mock.calls.find(([task]) => task === 'reports.renderDocx')![1] as { drawnAhead?: unknown };
    expect(payload.drawnAhead).toBeUndefined();
    await expectPrintResolution(docx, (await openDocx(docx)).xml, 3);
  });
});
