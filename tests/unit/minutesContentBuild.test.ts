import { describe, expect, it } from 'vitest';
import { buildMinutesContent } from '../../electron/backend/modules/minutes/buildMinutesContent';
import type { MinutesInputs } from '../../electron/backend/modules/minutes/buildMinutesContent';
import type { MinutesSource } from '../../electron/backend/modules/minutes/loadMinutesSource';
import { sha256Hex } from '../../electron/backend/modules/minutes/minutesContent';

/**
 * What the minutes say, built from the audit's rows: the data the PDF prints and whose hash is kept
 * when they are issued. Rows carry only the columns the minutes read.
 */
type Rows<K extends keyof MinutesSource> = MinutesSource[K] extends (infer Row)[] ? Partial<Row>[] : never;
const rows = <K extends keyof MinutesSource>(list: Rows<K>) => list as unknown as MinutesSource[K];

const audit = {
  kind: 'CCHC',
  title: 'Kiểm tra công tác CCHC năm 2026',
  startDate: '2026-11-24',
  endDate: '2026-11-25',
  endedTime: '16:30',
  place: 'Trụ sở phòng, ngày 24/11/2026 đến 2026-11-25',
  decisionNumber: '125/QĐ-UBND',
  decisionDate: '2026-11-10',
  planNumber: '18/KH-UBND',
  planDate: null,
  objective: 'Đánh giá việc thực hiện kế hoạch CCHC.',
  scope: 'Năm 2026',
  criteria: 'Kế hoạch CCHC năm 2026',
  unitComments: 'Thống nhất; hoàn thành trước 2026-12-31.',
  conclusion: 'Cơ bản đạt yêu cầu.',
} as unknown as MinutesSource['audit'];

const participants = rows<'participants'>([
  { id: 'p-member', side: 'team', role: 'thanh_vien', fullName: 'Phạm Quốc Khánh', position: 'Công chức', personId: 'person-khanh', sortOrder: 1 },
  { id: 'p-secretary', side: 'team', role: 'thu_ky', fullName: 'Võ Thị Thu Hương', position: 'Chuyên viên', personId: null, sortOrder: 3 },
  { id: 'p-unit-head', side: 'unit', role: 'dai_dien', fullName: 'Trần Thị Bích Ngọc', position: 'Trưởng phòng', personId: 'person-ngoc', sortOrder: 0 },
  { id: 'p-leader', side: 'team', role: 'truong_doan', fullName: 'Nguyễn Văn Đức', position: 'Phó Chủ tịch', personId: 'person-duc', sortOrder: 0 },
  { id: 'p-deputy', side: 'team', role: 'pho_doan', fullName: 'Lê Văn Cường', position: 'Trưởng phòng Nội vụ', personId: null, sortOrder: 4 },
  { id: 'p-member-2', side: 'team', role: 'thanh_vien', fullName: 'Đỗ Thị Hoa', position: '', personId: null, sortOrder: 0 },
  { id: 'p-unit-deputy', side: 'unit', role: 'dai_dien', fullName: 'Hoàng Minh Tuấn', position: 'Phó Trưởng phòng', personId: null, sortOrder: 1 },
]);

const conformity = { answerType: 'conformity' as const, comparator: null, threshold: null, numericUnit: null, reference: '' };
const items = rows<'items'>([
  { ...conformity, id: 'i1', sectionId: 's1', code: '1.1', question: 'Kế hoạch CCHC có được ban hành đúng hạn không?' },
  { ...conformity, id: 'i2', sectionId: 's1', code: '1.2', question: 'Báo cáo CCHC có được gửi đủ không?' },
  { ...conformity, id: 'i3', sectionId: 's1', code: '1.3', question: 'Có sáng kiến CCHC không?' },
  { ...conformity, id: 'i4', sectionId: 's1', code: '1.4', question: 'Có kiểm tra nội bộ không?' },
  { ...conformity, id: 'i5', sectionId: 's1', code: '1.5', question: 'Có tuyên truyền CCHC không?' },
  { ...conformity, id: 'i6', sectionId: 's1', code: '1.6', question: 'Có khảo sát sự hài lòng không?' },
  { id: 'i7', sectionId: 's2', code: '2.1', answerType: 'numeric', comparator: '>=', threshold: 98, numericUnit: '%', reference: 'CT 2.1', question: 'Tỷ lệ hồ sơ đúng hạn' },
  { id: 'i8', sectionId: 's2', code: '2.2', answerType: 'numeric', comparator: '<=', threshold: 2, numericUnit: 'hồ sơ', reference: '', question: 'Số hồ sơ trễ hạn' },
  { id: 'i9', sectionId: 's2', code: '2.3', answerType: 'numeric', comparator: '>', threshold: 0, numericUnit: null, reference: '', question: 'Số sáng kiến' },
  { id: 'i10', sectionId: 's2', code: '2.4', answerType: 'numeric', comparator: null, threshold: null, numericUnit: 'người', reference: '', question: 'Số công chức' },
  { id: 'i11', sectionId: 's2', code: '2.5', answerType: 'yes_no', comparator: null, threshold: null, numericUnit: null, reference: '', question: 'Có niêm yết TTHC không?' },
  { id: 'i12', sectionId: 's2', code: '2.6', answerType: 'yes_no', comparator: null, threshold: null, numericUnit: null, reference: '', question: 'Có sổ theo dõi không?' },
  { id: 'i13', sectionId: 's2', code: '2.7', answerType: 'text', comparator: null, threshold: null, numericUnit: null, reference: '', question: 'Ý kiến người dân' },
  { id: 'i14', sectionId: 's2', code: '2.8', answerType: 'text', comparator: null, threshold: null, numericUnit: null, reference: '', question: 'Ghi nhận khác' },
  { id: 'i15', sectionId: 's2', code: '2.9', answerType: 'numeric', comparator: '>=', threshold: 50, numericUnit: '%', reference: '', question: 'Tỷ lệ trực tuyến' },
  { id: 'i16', sectionId: 's2', code: '2.10', answerType: 'yes_no', comparator: null, threshold: null, numericUnit: null, reference: '', question: 'Có hộp thư góp ý không?' },
]);

const blank = { conformity: null, numericValue: null, indicatorMet: null, yesNo: null, textValue: null, note: '', notApplicableReason: '' };
const responses = rows<'responses'>([
  { ...blank, itemId: 'i1', conformity: 'phu_hop', note: ' Ban hành ngày 2026-01-05 ' },
  { ...blank, itemId: 'i2', conformity: 'kph_nhe' },
  { ...blank, itemId: 'i3', conformity: 'co_hoi_cai_tien', note: 'Nên nhân rộng' },
  { ...blank, itemId: 'i4', conformity: 'khong_ap_dung', notApplicableReason: 'Chưa đến kỳ' },
  { ...blank, itemId: 'i5', conformity: 'phu_hop' },
  { ...blank, itemId: 'i7', numericValue: 96.456, indicatorMet: false, note: 'Trễ 3 hồ sơ' },
  { ...blank, itemId: 'i8', numericValue: 1, indicatorMet: null },
  { ...blank, itemId: 'i9', numericValue: null, indicatorMet: null, notApplicableReason: 'Không giao chỉ tiêu' },
  { ...blank, itemId: 'i10', numericValue: 12 },
  { ...blank, itemId: 'i11', yesNo: true },
  { ...blank, itemId: 'i12', yesNo: false, note: 'Chưa mở sổ' },
  { ...blank, itemId: 'i13', textValue: 'Hài lòng' },
  { ...blank, itemId: 'i14', textValue: '' },
  { ...blank, itemId: 'i15', numericValue: 60, indicatorMet: true, notApplicableReason: '' },
  // Rows with a note but no answer yet: still unanswered, so neither judged nor a shortcoming.
  { ...blank, itemId: 'i6', note: 'Chờ bổ sung phiếu khảo sát' },
  { ...blank, itemId: 'i16', note: 'Chưa xem được' },
]);

const findings = rows<'findings'>([
  { id: 'f1', number: 1, findingClass: 'kph_nhe', reference: '1.2', description: 'Báo cáo quý III gửi ngày 2026-10-20, trễ hạn', requirement: 'Báo cáo có được gửi đủ không?', evidenceText: 'Sổ công văn đi', requiresAction: true, createdAt: '2026-11-25T08:00:00.000Z' },
  { id: 'f2', number: 2, findingClass: 'co_hoi_cai_tien', reference: '1.3', description: 'Nhân rộng sáng kiến', requirement: 'Có sáng kiến', evidenceText: '', requiresAction: false, createdAt: '2026-11-25T08:00:00.000Z' },
  { id: 'f3', number: 3, findingClass: 'kph_nhe', reference: 'CT 2.1', description: 'Tỷ lệ đúng hạn chưa đạt', requirement: 'Tỷ lệ hồ sơ đúng hạn', evidenceText: '', requiresAction: true, createdAt: '2026-11-30T17:30:00.000Z' },
  { id: 'f4', number: 12, findingClass: 'diem_luu_y', reference: '2.6', description: 'Sổ theo dõi', requirement: 'Có sổ', evidenceText: '', requiresAction: true, createdAt: '2026-11-20T01:00:00.000Z' },
]);

const source: MinutesSource = {
  audit,
  unitName: 'Phòng Văn hóa - Xã hội',
  participants,
  sections: rows<'sections'>([
    { id: 's1', code: 'I', title: 'Chỉ đạo, điều hành' },
    { id: 's2', code: 'II', title: 'Cải cách thủ tục hành chính' },
    { id: 's3', code: 'III', title: 'Không có câu hỏi' },
  ]),
  items,
  responses,
  findings,
  actionDueDates: new Map([['f1', '2026-12-15']]),
};

const inputs = (overrides: Partial<MinutesInputs> = {}): MinutesInputs => ({
  source,
  organization: { superiorBodyName: 'UBND THỊ XÃ HỒNG LĨNH', bodyName: 'Ủy ban nhân dân phường Bắc Hồng Lĩnh', bodyShortCode: 'UBND', placeName: 'Bắc Hồng Lĩnh', chairName: 'Nguyễn Văn A', chairTitle: 'Chủ tịch' },
  settings: { correctiveActionDueDaysCchc: 15, correctiveActionDueMonthsIso: 2 } as MinutesInputs['settings'],
  legalBases: ['Căn cứ Kế hoạch CCHC năm 2026'],
  numbering: { number: '07/BB-UBND', documentDate: '2026-11-25', revision: 0, supplements: null, corrections: 'Sửa ngày 2026-11-26' },
  signatureImages: new Map([['person-duc', Buffer.from('chữ ký')]]),
  ...overrides,
});

describe('the content of the minutes', () => {
  // Built inside each test, not once for the block: StrykerJS switches a mutant on only while tests run, so
  // content built while the file is collected would never see one.

  it('carries the document, the audit and its texts with typed dates written dd/MM/yyyy', () => {
    const content = buildMinutesContent(inputs());
    expect(content.format).toBe(2);
    expect(content.kind).toBe('CCHC');
    expect(content.document).toEqual({
      superiorBodyName: 'UBND THỊ XÃ HỒNG LĨNH',
      bodyName: 'Ủy ban nhân dân phường Bắc Hồng Lĩnh',
      number: '07/BB-UBND',
      issuerCode: 'UBND',
      placeName: 'Bắc Hồng Lĩnh',
      documentDate: '2026-11-25',
    });
    expect(content.revision).toEqual({ revision: 0, supplements: null, corrections: 'Sửa ngày 26/11/2026' });
    expect(content.audit).toEqual({
      title: 'Kiểm tra công tác CCHC năm 2026',
      startDate: '2026-11-24',
      endDate: '2026-11-25',
      endedTime: '16:30',
      place: 'Trụ sở phòng, ngày 24/11/2026 đến 25/11/2026',
      decision: { number: '125/QĐ-UBND', date: '2026-11-10' },
      plan: { number: '18/KH-UBND', date: null },
      objective: 'Đánh giá việc thực hiện kế hoạch CCHC.',
      scope: 'Năm 2026',
      criteria: 'Kế hoạch CCHC năm 2026',
      unitComments: 'Thống nhất; hoàn thành trước 31/12/2026.',
      conclusion: 'Cơ bản đạt yêu cầu.',
    });
    expect(content.unitName).toBe('Phòng Văn hóa - Xã hội');
    expect(content.copies).toBe(2);
  });

  it('bases itself on the settings’ legal bases, then the plan and the decision, dated when they have a date', () => {
    const content = buildMinutesContent(inputs());
    expect(content.legalBasis).toEqual([
      'Căn cứ Kế hoạch CCHC năm 2026',
      'Kế hoạch số 18/KH-UBND của Ủy ban nhân dân phường Bắc Hồng Lĩnh về kiểm tra công tác cải cách hành chính',
      'Quyết định số 125/QĐ-UBND ngày 10/11/2026 của Ủy ban nhân dân phường Bắc Hồng Lĩnh về việc thành lập Đoàn kiểm tra',
    ]);
    const iso = buildMinutesContent(inputs({ source: { ...source, audit: { ...audit, kind: 'ISO', planNumber: '', planDate: '2026-01-15' } } }));
    expect(iso.legalBasis.slice(1)).toEqual(['Quyết định số 125/QĐ-UBND ngày 10/11/2026 của Ủy ban nhân dân phường Bắc Hồng Lĩnh về việc thành lập Đoàn đánh giá']);
    const isoPlan = buildMinutesContent(inputs({ source: { ...source, audit: { ...audit, kind: 'ISO', decisionNumber: '', planDate: '2026-01-15' } } }));
    expect(isoPlan.legalBasis.slice(1)).toEqual([
      'Kế hoạch số 18/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân phường Bắc Hồng Lĩnh về đánh giá nội bộ hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
    ]);
  });

  it('lists the team by role (leader, deputy, members, secretary), each role in the team’s order, and the unit’s representatives', () => {
    const content = buildMinutesContent(inputs());
    expect(content.team).toEqual([
      { fullName: 'Nguyễn Văn Đức', position: 'Phó Chủ tịch', role: 'truong_doan' },
      { fullName: 'Lê Văn Cường', position: 'Trưởng phòng Nội vụ', role: 'pho_doan' },
      { fullName: 'Đỗ Thị Hoa', position: '', role: 'thanh_vien' },
      { fullName: 'Phạm Quốc Khánh', position: 'Công chức', role: 'thanh_vien' },
      { fullName: 'Võ Thị Thu Hương', position: 'Chuyên viên', role: 'thu_ky' },
    ]);
    expect(content.unitRepresentatives).toEqual([
      { fullName: 'Trần Thị Bích Ngọc', position: 'Trưởng phòng' },
      { fullName: 'Hoàng Minh Tuấn', position: 'Phó Trưởng phòng' },
    ]);
  });

  it('signs in block order: the unit’s first representative, the leader, the secretary, the deputy, the members; images by hash', () => {
    const content = buildMinutesContent(inputs());
    expect(content.signers.map((s) => [s.key, s.side, s.role])).toEqual([
      ['p-unit-head', 'unit', 'dai_dien'],
      ['p-leader', 'team', 'truong_doan'],
      ['p-secretary', 'team', 'thu_ky'],
      ['p-deputy', 'team', 'pho_doan'],
      ['p-member-2', 'team', 'thanh_vien'],
      ['p-member', 'team', 'thanh_vien'],
    ]);
    expect(content.signers[1]).toEqual({ key: 'p-leader', side: 'team', role: 'truong_doan', fullName: 'Nguyễn Văn Đức', personId: 'person-duc', imageSha256: sha256Hex(Buffer.from('chữ ký')) });
    expect(content.signers[0]?.imageSha256).toBeNull();
    expect(content.signers[2]?.imageSha256).toBeNull();
    const teamOnly = buildMinutesContent(inputs({ source: { ...source, participants: participants.filter((p) => p.side === 'team') } }));
    expect(teamOnly.signers[0]?.role).toBe('truong_doan');
  });

  it('reports each area: what was judged and met (an opportunity for improvement is no shortcoming), achievements with notes or measures, every shortcoming', () => {
    const content = buildMinutesContent(inputs());
    expect(content.areas).toEqual([
      {
        code: 'I',
        title: 'Chỉ đạo, điều hành',
        judged: 4,
        met: 3,
        achieved: ['Kế hoạch CCHC được ban hành đúng hạn: Ban hành ngày 05/01/2026', 'Có sáng kiến CCHC: Nên nhân rộng'],
        shortcomings: ['Báo cáo CCHC được gửi đủ: chưa đạt yêu cầu'],
      },
      {
        code: 'II',
        title: 'Cải cách thủ tục hành chính',
        judged: 7,
        met: 5,
        achieved: ['Số hồ sơ trễ hạn (đạt 1 hồ sơ, chỉ tiêu ≤ 2 hồ sơ)', 'Tỷ lệ trực tuyến (đạt 60%, chỉ tiêu ≥ 50%)'],
        shortcomings: ['Tỷ lệ hồ sơ đúng hạn (đạt 96,46%, chỉ tiêu ≥ 98%): Trễ 3 hồ sơ', 'Có sổ theo dõi: Chưa mở sổ'],
      },
      { code: 'III', title: 'Không có câu hỏi', judged: 0, met: 0, achieved: [], shortcomings: [] },
    ]);
  });

  it('tables each indicator with its target, the value and whether it was met', () => {
    const content = buildMinutesContent(inputs());
    expect(content.indicators).toEqual([
      { reference: 'CT 2.1', title: 'Tỷ lệ hồ sơ đúng hạn', target: '≥ 98%', actual: '96,46%', met: false },
      { reference: '2.2', title: 'Số hồ sơ trễ hạn', target: '≤ 2 hồ sơ', actual: '1 hồ sơ', met: true },
      { reference: '2.3', title: 'Số sáng kiến', target: '> 0', actual: '', met: null },
      { reference: '2.9', title: 'Tỷ lệ trực tuyến', target: '≥ 50%', actual: '60%', met: true },
    ]);
  });

  it('numbers every finding, counts them by class, and asks action of those that need it by their own due date or the default one', () => {
    const content = buildMinutesContent(inputs());
    expect(content.findings).toEqual([
      { number: '01', findingClass: 'kph_nhe', reference: '1.2', description: 'Báo cáo quý III gửi ngày 20/10/2026, trễ hạn', requirement: 'Báo cáo được gửi đủ', evidence: 'Sổ công văn đi' },
      { number: '02', findingClass: 'co_hoi_cai_tien', reference: '1.3', description: 'Nhân rộng sáng kiến', requirement: 'Có sáng kiến', evidence: '' },
      { number: '03', findingClass: 'kph_nhe', reference: 'CT 2.1', description: 'Tỷ lệ đúng hạn chưa đạt', requirement: 'Tỷ lệ hồ sơ đúng hạn', evidence: '' },
      { number: '12', findingClass: 'diem_luu_y', reference: '2.6', description: 'Sổ theo dõi', requirement: 'Có sổ', evidence: '' },
    ]);
    expect(content.findingCounts).toEqual({ kph_nang: 0, kph_nhe: 2, diem_luu_y: 1, co_hoi_cai_tien: 1 });
    // f3 was recorded on 01/12/2026 in Viet Nam (17:30 UTC on 30/11), after the audit ended: its default counts from then.
    expect(content.requests).toEqual([
      { findingNumber: '01', text: 'Báo cáo quý III gửi ngày 20/10/2026, trễ hạn', dueDate: '2026-12-15' },
      { findingNumber: '03', text: 'Tỷ lệ đúng hạn chưa đạt', dueDate: '2026-12-16' },
      { findingNumber: '12', text: 'Sổ theo dõi', dueDate: '2026-12-10' },
    ]);
    const iso = buildMinutesContent(inputs({ source: { ...source, audit: { ...audit, kind: 'ISO' } } }));
    expect(iso.requests.map((r) => r.dueDate)).toEqual(['2026-12-15', '2027-02-01', '2027-01-25']);
  });
});
