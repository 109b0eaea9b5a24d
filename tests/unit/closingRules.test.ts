import { describe, expect, it } from 'vitest';
import { localize } from '../../electron/shared/i18n/catalog';
import { pendingAtClose } from '../../electron/backend/modules/audits/pendingAtClose';
import { minutesDocumentDate } from '../../electron/backend/modules/minutes/issuedMinutesViews';
import type { IssuedMinutesRow } from '../../electron/backend/modules/minutes/issuedMinutesViews';
import { endedTimeIssue, proposedEndedTime } from '../../electron/shared/rules/auditClosing';
import type { AuditItemView, AuditSectionView } from '../../electron/shared/contract/audits';
import { withCalendarDatesFormatted } from '../../electron/shared/dates';
import { questionAsStatement } from '../../electron/shared/text';
import { auditItem, auditResponse } from '../support/fixtures/auditItems';

const response = auditResponse;
const item = auditItem;
const sections = (items: AuditItemView[]): AuditSectionView[] => [{ id: 's', code: 'A', title: 'Phần A', items }];

describe('what is pending at closing', () => {
  it('suggests a finding for each result that calls for one and has none, in the checklist’s order', () => {
    const pending = pendingAtClose(
      sections([
        item('1', { response: response({ conformity: 'phu_hop' }) }),
        item('2', { response: response({ conformity: 'kph_nang' }) }),
        item('3', { response: response({ conformity: 'kph_nhe' }), findingNumbers: [1] }),
        item('4', { answerType: 'yes_no', response: response({ yesNo: false }) }),
        item('5', { answerType: 'numeric', comparator: '>=', threshold: 98, response: response({ numericValue: 90, indicatorMet: false }) }),
        item('6', { response: response({ conformity: 'co_hoi_cai_tien' }) }),
        item('7', { response: response({ conformity: 'khong_ap_dung', notApplicableReason: 'Không phát sinh' }) }),
        item('8'),
      ]),
      { unitComments: 'Thống nhất.', conclusion: ' ' },
    );
    expect(pending.suggestedFindings.map((s) => [s.code, s.findingClass])).toEqual([
      ['2', 'kph_nang'],
      ['4', 'kph_nhe'],
      ['5', 'kph_nhe'],
      ['6', 'co_hoi_cai_tien'],
    ]);
    expect(pending).toMatchObject({ unitCommentsMissing: false, conclusionMissing: true, evidenceMissing: [] });
  });

  it('asks for evidence only on answered items that require it and have none', () => {
    const pending = pendingAtClose(
      sections([
        item('1', { evidenceRequired: true, response: response({ conformity: 'phu_hop' }) }),
        item('2', { evidenceRequired: true, evidenceCount: 1, response: response({ conformity: 'phu_hop' }) }),
        item('3', { evidenceRequired: true, response: response({ conformity: 'khong_ap_dung', notApplicableReason: 'Không có' }) }),
        item('4', { evidenceRequired: false, response: response({ conformity: 'phu_hop' }) }),
      ]),
      { unitComments: '', conclusion: '' },
    );
    expect(pending.evidenceMissing.map((i) => i.code)).toEqual(['1']);
    expect(pending).toMatchObject({ unitCommentsMissing: true, conclusionMissing: true, suggestedFindings: [] });
    expect(pendingAtClose([], { unitComments: ' \n ', conclusion: '\t' })).toMatchObject({ unitCommentsMissing: true, conclusionMissing: true });
    expect(pendingAtClose([], { unitComments: 'Thống nhất.', conclusion: 'Đạt.' })).toMatchObject({ unitCommentsMissing: false, conclusionMissing: false });
  });
});

describe('the time an inspection ended', () => {
  // 25/11/2026 23:30 in Hà Nội is still 25/11 there, whatever zone the machine runs in.
  const lateEvening = new Date('2026-11-25T16:30:00Z');
  it('is now in Asia/Ho_Chi_Minh on the last day, else the end of office hours', () => {
    expect(proposedEndedTime('2026-11-25', lateEvening)).toBe('23:30');
    expect(proposedEndedTime('2026-11-24', lateEvening)).toBe('17:00');
  });
  it('is never in the future', () => {
    expect(localize(endedTimeIssue('2026-11-26', null, lateEvening)!)).toMatch(/^Cuộc kiểm tra kết thúc ngày 26\/11\/2026, sau hôm nay \(25\/11\/2026\)/);
    expect(localize(endedTimeIssue('2026-11-25', '23:45', lateEvening)!)).toBe('Giờ kết thúc 23:45 còn sau giờ hiện tại (23:30).');
    expect(endedTimeIssue('2026-11-25', '23:30', lateEvening)).toBeNull();
    expect(endedTimeIssue('2026-11-24', '23:59', lateEvening)).toBeNull();
  });
});

describe('the date minutes bear', () => {
  it('is the recorded document date, or for minutes issued before it was kept apart, their issue day in Hà Nội', () => {
    const row = { documentDate: '2026-03-26', issuedAt: '2026-11-30T18:00:00.000Z' } as IssuedMinutesRow;
    expect(minutesDocumentDate(row)).toBe('2026-03-26');
    expect(minutesDocumentDate({ ...row, documentDate: null })).toBe('2026-12-01');
  });
});

describe('document wording', () => {
  it('prints a checklist question as the requirement it checks', () => {
    expect(questionAsStatement('Hồ sơ tiếp nhận có được kiểm tra tính đầy đủ, hợp lệ không?')).toBe('Hồ sơ tiếp nhận được kiểm tra tính đầy đủ, hợp lệ');
    expect(questionAsStatement('Các bên quan tâm đã được xác định và lập danh sách chưa?')).toBe('Các bên quan tâm đã được xác định và lập danh sách');
    expect(questionAsStatement('Có rà soát TTHC nội bộ không liên quan đến người dân, doanh nghiệp không?')).toBe('Có rà soát TTHC nội bộ không liên quan đến người dân, doanh nghiệp');
    expect(questionAsStatement('Quy trình được cập nhật hay không?')).toBe('Quy trình được cập nhật');
    expect(questionAsStatement('Phiếu kiểm soát được lập đủ?')).toBe('Phiếu kiểm soát được lập đủ');
    expect(questionAsStatement('Tỷ lệ hồ sơ giải quyết đúng hạn')).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn');
  });
  it('writes dates in free text as dd/MM/yyyy', () => {
    expect(withCalendarDatesFormatted('Sổ theo dõi từ 2026-01-05 đến 2026-11-20; mã 12-2026-03 giữ nguyên')).toBe('Sổ theo dõi từ 05/01/2026 đến 20/11/2026; mã 12-2026-03 giữ nguyên');
  });
});
