import fs from 'node:fs';
import { insertReportingYear } from './tests/support/fixtures/reportingYear';
import { startTestBackend } from './tests/support/tempBackend';

const backend = await startTestBackend({ now: () => new Date('2026-12-20T03:00:00Z') });
const first = insertReportingYear(backend.store, { year: 2025, today: '2026-12-20', seed: 4, maxFindings: 8 });
const second = insertReportingYear(backend.store, { year: 2026, today: '2026-12-20', seed: 9, maxFindings: 8, firstMinutesNumber: first + 1 });
insertReportingYear(backend.store, { year: 2026, today: '2026-12-20', seed: 23, maxFindings: 8, firstMinutesNumber: first + second + 1 });
const draft = await backend.call('reports.create', { kind: 'iso', period: { kind: 'year', year: 2026 } });
const issued = await backend.call('reports.issue', { id: draft.id });
const pdf = await backend.call('reports.exportPdf', { id: issued.id });
fs.writeFileSync('/tmp/h14/iso.pdf', Buffer.from(pdf.base64, 'base64'));
const unit = issued.kind === 'iso' ? issued.figures.byUnit.find((u) => u.audits.value > 0)! : null;
const card = await backend.call('reports.unitCardPdf', { unitId: unit!.unitId });
fs.writeFileSync('/tmp/h14/card.pdf', Buffer.from(card.base64, 'base64'));
const cchc = await backend.call('reports.create', { kind: 'cchc', period: { kind: 'year', year: 2026 } });
console.log(JSON.stringify((await backend.call('reports.charts', { id: cchc.id })).map((c) => c.title)));
backend.close();
process.exit(0);
