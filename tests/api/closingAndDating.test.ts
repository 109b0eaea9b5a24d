import { afterEach, describe, expect, it } from 'vitest';
import { localize } from '../../electron/shared/i18n/catalog';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import { pdfText } from '../support/fixtures/minutesPdfText';
import { poppler } from '../support/fixtures/minutesPdfTools';
import { answerSampleAudit, sampleSectionsWithEvidence, startSampleAudit } from '../support/fixtures/auditsFixture';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

let clock = new Date('2026-11-30T03:00:00Z');
/** A back end whose clock the test moves; 30/11/2026 10:00 in Hà Nội unless told. */
async function start(at = '2026-11-30T03:00:00Z') {
  clock = new Date(at);
  backend = await startTestBackend({ now: () => clock });
}
const flat = (text: string) => text.replace(/\s+/g, ' ');
const statusOf = async (id: string) => (await backend.call('audits.get', { id })).status;

describe('minutes dated as inspected', () => {
  it('bear the day and place the inspection ended, state the time it ended, and keep the later issue date apart', async () => {
    await start();
    const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 20, findings: 2 });
    await backend.call('audits.update', { id: audit.auditId, endedTime: '16:30' });

    const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
    expect(issued).toMatchObject({ documentDate: '2026-11-25', issuedAt: '2026-11-30T03:00:00.000Z' });
    const text = flat(pdfText(Buffer.from((await backend.call('minutes.open', { minutesId: issued.id })).pdfBase64, 'base64')));
    expect(text).toContain('Bắc Hồng Lĩnh, ngày 25 tháng 11 năm 2026');
    expect(text).not.toContain('ngày 30 tháng 11 năm 2026');
    expect(text).toContain('Biên bản kết thúc vào lúc 16 giờ 30 phút, ngày 25 tháng 11 năm 2026');
    // Finding 01 has a corrective action due 20/12/2026; finding 02 (no action yet) is due 15 days after the inspection ended.
    expect(text).toMatch(/01 Phát hiện 01.*20\/12\/2026/);
    expect(text).toMatch(/02 Phát hiện 02.*10\/12\/2026/);
    expect(text).not.toContain('15/12/2026');
    expect((await backend.call('minutes.overview', { auditId: audit.auditId })).issued[0]).toMatchObject({ documentDate: '2026-11-25' });
  });

  it('a biên bản bổ sung is dated the day it is made and cites the first minutes by their own date', async () => {
    await start();
    const audit = insertMinutesAudit(backend.store, { kind: 'ISO', items: 8, findings: 1 });
    const first = await backend.call('minutes.issue', { auditId: audit.auditId });
    clock = new Date('2026-12-02T03:00:00Z');
    const supplement = await backend.call('minutes.correct', { minutesId: first.id, corrections: 'Bổ sung tên người vắng mặt.' });
    expect(supplement.documentDate).toBe('2026-12-02');
    const text = flat(pdfText(Buffer.from((await backend.call('minutes.open', { minutesId: supplement.id })).pdfBase64, 'base64')));
    expect(text).toContain(`Căn cứ Biên bản số ${first.documentCode} ngày 25 tháng 11 năm 2026`);
    expect(text).toContain('Biên bản được lập xong ngày 02 tháng 12 năm 2026');
  });
});

describe('what an official sees on the minutes', () => {
  it('prints questions as statements, dates as dd/MM/yyyy, and breaks block titles at a chosen place', async () => {
    await start();
    const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 30, findings: 3 });
    const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
    const pdf = Buffer.from((await backend.call('minutes.open', { minutesId: issued.id })).pdfBase64, 'base64');
    const text = pdfText(pdf);
    // The fixture asks "Đơn vị có được ban hành … không?" and notes "sổ theo dõi đến 2026-11-20".
    expect(text).toContain('Đơn vị được ban hành và thực hiện đúng quy định về cải cách thể chế (nội dung 16)');
    expect(text).not.toMatch(/\?|không\./);
    expect(text).toContain('sổ theo dõi đến 20/11/2026');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const lines = poppler('pdftotext', pdf, ['-layout', '-enc', 'UTF-8']).split('\n').map((line) => line.trim());
    const titleLine = lines.findIndex((line) => line.startsWith('ĐẠI DIỆN'));
    expect(lines[titleLine]).toMatch(/^ĐẠI DIỆN\s+TRƯỞNG ĐOÀN KIỂM TRA$/);
    expect(lines[titleLine + 1]).toBe('ĐƠN VỊ ĐƯỢC KIỂM TRA');
  });
});

describe('closing records when the inspection ended', () => {
  it('takes the time now when the inspection ends today, and refuses a time still ahead', async () => {
    await start('2026-11-25T09:15:00Z'); // 25/11/2026 16:15 in Hà Nội, the audit's last day
    const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', status: 'in_progress', items: 6, findings: 1 });
    expect((await backend.call('audits.closingCheck', { auditId: audit.auditId })).endedTime).toBe('16:15');
    const ahead = await backend.dispatch('audits.close', { id: audit.auditId, endedTime: '17:00' });
    expect(ahead).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Chưa thể kết thúc cuộc kiểm tra: giờ kết thúc 17:00 còn sau giờ hiện tại (16:15).',
        issues: [
          {
            path: 'endedTime',
            message: 'Giờ kết thúc 17:00 còn sau giờ hiện tại (16:15).',
            text: { key: 'auditClosing.endTimeAhead', params: { endedTime: '17:00', now: '16:15' } },
          },
        ],
        text: { key: 'errors.close.tooEarly', params: { reason: { key: 'auditClosing.endTimeAheadReason', params: { endedTime: '17:00', now: '16:15' } } } },
      },
    });
    expect(await statusOf(audit.auditId)).toBe('in_progress');
    expect(await backend.call('audits.close', { id: audit.auditId })).toMatchObject({ status: 'closed', endedTime: '16:15' });
  });

  it('proposes 17:00 for an inspection that ended on an earlier day, keeps the time given, and lets it be corrected until issue', async () => {
    await start();
    const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', status: 'in_progress', items: 6, findings: 1 });
    expect((await backend.call('audits.closingCheck', { auditId: audit.auditId })).endedTime).toBe('17:00');
    expect(await backend.call('audits.close', { id: audit.auditId, endedTime: '15:45' })).toMatchObject({ status: 'closed', endedTime: '15:45' });
    expect((await backend.call('audits.closingCheck', { auditId: audit.auditId })).endedTime).toBe('15:45');

    // The closed audit still takes the minutes' closing fields, and nothing else.
    const corrected = await backend.call('audits.update', { id: audit.auditId, endedTime: '16:05', unitComments: 'Đơn vị thống nhất.', conclusion: 'Cơ bản đạt yêu cầu.' });
    expect(corrected).toMatchObject({ status: 'closed', endedTime: '16:05', unitComments: 'Đơn vị thống nhất.', conclusion: 'Cơ bản đạt yêu cầu.' });
    expect(await backend.dispatch('audits.update', { id: audit.auditId, endedTime: '25:00' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await backend.dispatch('audits.update', { id: audit.auditId, place: 'Nơi khác' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    await backend.call('minutes.issue', { auditId: audit.auditId });
    expect(await backend.dispatch('audits.update', { id: audit.auditId, endedTime: '16:10' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect((await backend.call('audits.get', { id: audit.auditId })).endedTime).toBe('16:05');
  });

  it('refuses to close an audit whose end date is still ahead, in Vietnamese, and changes nothing', async () => {
    await start('2026-11-20T03:00:00Z');
    const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', status: 'in_progress', items: 6, findings: 1 });
    const check = await backend.call('audits.closingCheck', { auditId: audit.auditId });
    expect(check.dateRefusal && localize(check.dateRefusal)).toContain('Cuộc kiểm tra kết thúc ngày 25/11/2026, sau hôm nay (20/11/2026)');
    const refused = await backend.dispatch('audits.close', { id: audit.auditId, endedTime: '09:00' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/^Chưa thể kết thúc cuộc kiểm tra: cuộc kiểm tra kết thúc ngày 25\/11\/2026/) } });
    expect(await backend.call('audits.get', { id: audit.auditId })).toMatchObject({ status: 'in_progress', endedTime: null, closedAt: null });
  });
});



describe('closing tells what is pending', () => {
  it('lists suggested findings, missing evidence, the unit’s comments and the conclusion; records every suggested finding in one step', async () => {
    await start();
    const audit = await startSampleAudit(backend, { sections: sampleSectionsWithEvidence });
    await answerSampleAudit(backend, audit);
    await backend.call('findings.create', { auditId: audit.auditId, itemId: audit.version.items['B.1']!, findingClass: 'kph_nhe', description: 'Có 3 hồ sơ trễ hạn', requiresAction: true });

    const check = await backend.call('audits.closingCheck', { auditId: audit.auditId });
    expect(check.suggestedFindings.map((s) => [s.code, s.findingClass])).toEqual([
      ['B.3', 'kph_nhe'],
      ['B.4', 'kph_nang'],
    ]);
    expect(check.evidenceMissing.map((item) => item.code)).toEqual(['A.1', 'B.4']);
    expect(check).toMatchObject({ unitCommentsMissing: true, conclusionMissing: true, closeBlockers: [], dateRefusal: null });

    const recorded = await backend.call('findings.recordSuggested', { auditId: audit.auditId });
    expect(recorded.map((f) => [f.number, f.itemCode, f.findingClass, f.requiresAction])).toEqual([
      [2, 'B.3', 'kph_nhe', true],
      [3, 'B.4', 'kph_nang', true],
    ]);
    expect(recorded[0]).toMatchObject({
      requirement: 'Niêm yết công khai TTHC tại Trung tâm Phục vụ hành chính công',
      description: 'Chưa đáp ứng đầy đủ yêu cầu: niêm yết công khai TTHC tại Trung tâm Phục vụ hành chính công.',
    });
    const log = await backend.call('changeLog.list', { entity: 'finding' });
    expect(log.filter((entry) => entry.method === 'findings.recordSuggested')).toHaveLength(2);

    const after = await backend.call('audits.closingCheck', { auditId: audit.auditId });
    expect(after.suggestedFindings).toEqual([]);
    expect(await backend.call('findings.recordSuggested', { auditId: audit.auditId })).toEqual([]);
    expect(await backend.call('findings.list', { auditId: audit.auditId })).toHaveLength(3);

    await backend.call('audits.update', { id: audit.auditId, unitComments: 'Đơn vị thống nhất.', conclusion: 'Đạt yêu cầu.' });
    expect(await backend.call('audits.closingCheck', { auditId: audit.auditId })).toMatchObject({ unitCommentsMissing: false, conclusionMissing: false });
  });
});
