import { afterEach, describe, expect, it } from 'vitest';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import { poppler } from '../support/fixtures/minutesPdfTools';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

const nfd = (text: string) => text.normalize('NFD');
/** pdftotext's own output, not folded to NFC, so text printed decomposed would show. */
const rawPdfText = (pdf: Buffer) => poppler('pdftotext', pdf, ['-raw', '-enc', 'UTF-8']).replace(/[\s\u00a0]+/g, ' ');

describe('optional text typed decomposed (NFD) is stored and printed composed (NFC)', () => {
  it('ISO minutes: conclusion, unit opinion, objective, scope, criteria, place, a finding’s requirement and evidence', async () => {
    backend = await startTestBackend({ now: () => new Date('2026-11-25T03:00:00Z') });
    const audit = insertMinutesAudit(backend.store, { kind: 'ISO', status: 'in_progress', items: 6, findings: 1 });
    const texts = {
      conclusion: 'Kết luận: hệ thống được duy trì, còn điểm cần cải tiến ở khâu lưu trữ hồ sơ',
      unitComments: 'Ý kiến đơn vị: đồng ý với kết quả và sẽ khắc phục trong tháng mười hai',
      objective: 'Mục tiêu: xác định mức độ phù hợp của quy trình cấp giấy phép',
      scope: 'Phạm vi: lĩnh vực văn hóa, thể thao và du lịch ở phường',
      criteria: 'Chuẩn mực: sổ tay chất lượng và quy trình nội bộ đã ban hành',
      place: 'Hội trường tầng hai, trụ sở Ủy ban nhân dân phường',
    };
    await backend.call('audits.update', { id: audit.auditId, ...Object.fromEntries(Object.entries(texts).map(([key, value]) => [key, nfd(value)])) });
    const finding = { requirement: 'Yêu cầu: điều khoản về kiểm soát thông tin dạng văn bản', evidenceText: 'Bằng chứng: sổ đăng ký hồ sơ tháng mười một thiếu chữ ký' };
    const created = await backend.call('findings.create', {
      auditId: audit.auditId,
      findingClass: 'kph_nhe',
      reference: '7.5.3',
      description: 'Hồ sơ lưu trữ chưa được kiểm soát đầy đủ',
      requirement: nfd(finding.requirement),
      evidenceText: nfd(finding.evidenceText),
      requiresAction: false,
    });
    expect({ requirement: created.requirement, evidenceText: created.evidenceText }).toEqual(finding);

    const stored = backend.store.sqlite.prepare('select conclusion, unit_comments as unitComments, objective, scope, criteria, place from audits where id = ?').get(audit.auditId);
    expect(stored).toEqual(texts);

    await backend.call('audits.close', { id: audit.auditId });
    const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
    const printed = rawPdfText(Buffer.from((await backend.call('minutes.open', { minutesId: issued.id })).pdfBase64, 'base64'));
    for (const text of [texts.conclusion, texts.unitComments, texts.objective.slice(11), texts.scope.slice(10), texts.criteria.slice(12), finding.evidenceText]) {
      expect(printed).toContain(text);
    }
    expect(printed).toBe(printed.normalize('NFC'));
  });

  it('corrective actions: correction, root cause and plan', async () => {
    backend = await startTestBackend({ now: () => new Date('2026-11-25T03:00:00Z') });
    const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 6, findings: 2 });
    const { findingId, unitId } = backend.store.sqlite
      .prepare('select f.id as findingId, a.unit_id as unitId from findings f join audits a on a.id = f.audit_id where a.id = ? and f.requires_action = 1')
      .get(audit.auditId) as { findingId: string; unitId: string };
    const texts = {
      correction: 'Bổ sung ngay phiếu kiểm soát còn thiếu',
      rootCause: 'Nguyên nhân gốc rễ: cán bộ một cửa chưa được hướng dẫn quy trình mới',
      actionPlan: 'Tổ chức tập huấn và rà soát toàn bộ hồ sơ tồn đọng',
    };
    const action = await backend.call('actions.create', { findingId, ownerUnitId: unitId, dueDate: '2026-12-10', ...Object.fromEntries(Object.entries(texts).map(([key, value]) => [key, nfd(value)])) });
    expect(action).toMatchObject(texts);
    expect(backend.store.sqlite.prepare('select correction, root_cause as rootCause, action_plan as actionPlan from corrective_actions where id = ?').get(action.id)).toEqual(texts);
  });
});
