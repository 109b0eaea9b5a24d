/**
 * Look at the Word copies beside their PDFs, page by page (issue 15). Not part of CI: it needs
 * LibreOffice (`apt-get install -y libreoffice-writer`) and poppler-utils, and a person to look.
 *
 *   npm run look:docx [output folder]
 *
 * Writes, for the issued minutes (150 items), the supplementary minutes, the approved plan and the
 * yearly CCHC report: <name>.pdf (the app's), <name>.docx, <name>.docx.pdf (LibreOffice's rendering
 * of the .docx) and PNGs of every page of both (pdftoppm -r 60): <name>-app-N.png and <name>-word-N.png.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import { staffTheWard } from '../support/fixtures/programmeStaff';
import { insertReportingYear } from '../support/fixtures/reportingYear';
import { startTestBackend } from '../support/tempBackend';

const out = path.resolve(process.argv[2] ?? path.join(os.tmpdir(), 'word-copies-look'));
fs.mkdirSync(out, { recursive: true });

function writePair(name: string, pdfBase64: string, docxBase64: string) {
  const pdf = path.join(out, `${name}.pdf`);
  const docx = path.join(out, `${name}.docx`);
  fs.writeFileSync(pdf, Buffer.from(pdfBase64, 'base64'));
  fs.writeFileSync(docx, Buffer.from(docxBase64, 'base64'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', path.join(out, 'lo'), docx], { stdio: 'ignore' });
  fs.renameSync(path.join(out, 'lo', `${name}.pdf`), path.join(out, `${name}.docx.pdf`));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(out, `${name}-app`)]);
  execFileSync('pdftoppm', ['-png', '-r', '60', path.join(out, `${name}.docx.pdf`), path.join(out, `${name}-word`)]);
  const pages = (file: string) => /^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1];
  console.log(`${name}: app PDF ${pages(pdf)} pages, Word copy in LibreOffice ${pages(path.join(out, `${name}.docx.pdf`))} pages`);
}

const minutesBackend = await startTestBackend({ now: () => new Date('2026-11-25T03:00:00Z') });
const audit = insertMinutesAudit(minutesBackend.store, { kind: 'CCHC', items: 150, findings: 20, withSecretaryAndMembers: true });
const issued = await minutesBackend.call('minutes.issue', { auditId: audit.auditId });
writePair('bien-ban', (await minutesBackend.call('minutes.open', { minutesId: issued.id })).pdfBase64, (await minutesBackend.call('minutes.openDocx', { minutesId: issued.id })).base64);
const supplement = await minutesBackend.call('minutes.correct', { minutesId: issued.id, corrections: 'Bổ sung tên thành viên vắng mặt: bà Lê Thị Hoa.' });
writePair('bien-ban-bo-sung', (await minutesBackend.call('minutes.open', { minutesId: supplement.id })).pdfBase64, (await minutesBackend.call('minutes.openDocx', { minutesId: supplement.id })).base64);
minutesBackend.close();

const planBackend = await startTestBackend({ now: () => new Date('2026-01-05T02:00:00Z') });
await staffTheWard(planBackend);
const programme = await planBackend.call('programme.generate', { year: 2026 });
await planBackend.call('programme.approve', { id: programme.id, documentNumber: '12' });
writePair('ke-hoach', (await planBackend.call('programme.exportPdf', { id: programme.id })).base64, (await planBackend.call('programme.exportDocx', { id: programme.id })).base64);
planBackend.close();

const reportBackend = await startTestBackend({ now: () => new Date('2026-11-20T03:00:00Z') });
const first = insertReportingYear(reportBackend.store, { year: 2025, today: '2026-11-20', seed: 4 });
insertReportingYear(reportBackend.store, { year: 2026, today: '2026-11-20', seed: 9, firstMinutesNumber: first + 1 });
const report = await reportBackend.call('reports.issue', { id: (await reportBackend.call('reports.create', { kind: 'cchc', period: { kind: 'year', year: 2026 } })).id });
writePair('bao-cao-nam', (await reportBackend.call('reports.exportPdf', { id: report.id })).base64, (await reportBackend.call('reports.exportDocx', { id: report.id })).base64);
reportBackend.close();

console.log(`Compare ${out}/*-app-N.png with *-word-N.png page by page.`);
