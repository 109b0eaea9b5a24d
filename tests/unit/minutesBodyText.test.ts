import { describe, expect, it } from 'vitest';
import { minutesBody, minutesTitle } from '../../electron/backend/modules/minutes/minutesBody';
import type { MinutesContent } from '../../electron/backend/modules/minutes/minutesContent';
import type { BodyBlock, Run, TableCell } from '../../electron/backend/documents';
import { headingText } from '../../electron/backend/documents/bodyText';

/**
 * The body of the minutes as lines of text, bold as **…** and italics as _…_, table rows as cells
 * joined by " | ": what a reader sees, without the layout (widths, margins, fonts, no-break spaces).
 */
function lines(blocks: BodyBlock[]): string[] {
  const styled = (text: string, style: { bold?: boolean; italics?: boolean }) => (style.bold ? `**${text}**` : style.italics ? `_${text}_` : text);
  const inline = (runs: Run[]) => runs.map((run) => (typeof run === 'string' ? run : styled(run.text, run))).join('').replace(/\u00a0/g, ' ');
  const cell = (value: TableCell) => (typeof value === 'string' ? value : styled(value.lines.map(inline).join(' '), value));
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'heading':
        return [`**${headingText(block)}**`];
      case 'paragraph':
        return [styled(inline(block.runs), block)];
      case 'table':
        return [block.columns.map((column) => `**${column.header}**`).join(' | '), ...block.rows.map((row) => row.map(cell).join(' | '))];
      case 'chart':
        return [];
    }
  });
}

const base: MinutesContent = {
  format: 2,
  kind: 'CCHC',
  document: { superiorBodyName: 'UBND THỊ XÃ HỒNG LĨNH', bodyName: 'Ủy ban nhân dân phường Bắc Hồng Lĩnh', number: '07/BB-UBND', issuerCode: 'UBND', placeName: 'Bắc Hồng Lĩnh', documentDate: '2026-11-25' },
  revision: { revision: 0, supplements: null, corrections: '' },
  audit: {
    title: 'Kiểm tra công tác CCHC năm 2026',
    startDate: '2026-11-24',
    endDate: '2026-11-25',
    endedTime: '16:30',
    place: 'Trụ sở phòng.',
    decision: { number: '125/QĐ-UBND', date: '2026-11-10' },
    plan: { number: '', date: null },
    objective: '',
    scope: 'Năm 2026',
    criteria: '',
    unitComments: '',
    conclusion: '',
  },
  unitName: 'Phòng Văn hóa - Xã hội',
  legalBasis: ['Căn cứ Kế hoạch CCHC năm 2026.', 'Quyết định số 125/QĐ-UBND ngày 10/11/2026'],
  team: [
    { fullName: 'Nguyễn Văn Đức', position: 'Phó Chủ tịch', role: 'truong_doan' },
    { fullName: 'Đỗ Thị Hoa', position: '', role: 'thanh_vien' },
  ],
  unitRepresentatives: [{ fullName: 'Trần Thị Bích Ngọc', position: 'Trưởng phòng' }],
  areas: [
    { code: 'I', title: 'Chỉ đạo, điều hành', judged: 3, met: 2, achieved: ['Kế hoạch được ban hành: đúng hạn'], shortcomings: ['Báo cáo được gửi đủ: chưa đạt yêu cầu'] },
    { code: 'II', title: 'Không có câu hỏi', judged: 0, met: 0, achieved: [], shortcomings: [] },
    { code: 'III', title: 'Cải cách thể chế', judged: 1, met: 1, achieved: [], shortcomings: [] },
  ],
  indicators: [
    { reference: 'CT 2.1', title: 'Tỷ lệ hồ sơ đúng hạn', target: '≥ 98%', actual: '96,46%', met: false },
    { reference: '2.2', title: 'Số hồ sơ trễ hạn', target: '≤ 2 hồ sơ', actual: '1 hồ sơ', met: true },
    { reference: '2.3', title: 'Số sáng kiến', target: '> 0', actual: '', met: null },
  ],
  findings: [
    { number: '01', findingClass: 'kph_nhe', reference: '1.2', description: 'Báo cáo quý III trễ hạn.', requirement: 'Báo cáo được gửi đủ', evidence: 'Sổ công văn đi' },
    { number: '02', findingClass: 'co_hoi_cai_tien', reference: '', description: 'Nhân rộng sáng kiến', requirement: '', evidence: '' },
  ],
  requests: [{ findingNumber: '01', text: 'Báo cáo quý III trễ hạn.', dueDate: '2026-12-10' }],
  findingCounts: { kph_nang: 0, kph_nhe: 1, diem_luu_y: 0, co_hoi_cai_tien: 1 },
  signers: [],
  copies: 2,
};

describe('the body of CCHC minutes', () => {
  it('reads, section by section, as the inspection happened', () => {
    expect(lines(minutesBody(base))).toEqual([
      'Căn cứ Kế hoạch CCHC năm 2026;',
      'Căn cứ Quyết định số 125/QĐ-UBND ngày 10/11/2026;',
      'Hôm nay, từ ngày 24/11/2026 đến ngày 25/11/2026, tại Trụ sở phòng, Đoàn kiểm tra tiến hành kiểm tra công tác cải cách hành chính tại Phòng Văn hóa - Xã hội.',
      '**I. THÀNH PHẦN**',
      '1. Đoàn kiểm tra:',
      '- Nguyễn Văn Đức, Phó Chủ tịch - Trưởng đoàn;',
      '- Đỗ Thị Hoa - Thành viên.',
      '2. Đại diện Phòng Văn hóa - Xã hội:',
      '- Trần Thị Bích Ngọc, Trưởng phòng.',
      '**II. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA**',
      '**1. Chỉ đạo, điều hành**',
      '_a) Kết quả đạt được: _2/3 nội dung kiểm tra đạt yêu cầu.',
      '- Kế hoạch được ban hành: đúng hạn.',
      '_b) Tồn tại, hạn chế: _',
      '- Báo cáo được gửi đủ: chưa đạt yêu cầu.',
      '**2. Cải cách thể chế**',
      '_a) Kết quả đạt được: _1/1 nội dung kiểm tra đạt yêu cầu.',
      '_b) Tồn tại, hạn chế: _Không có.',
      '**3. Kết quả thực hiện các chỉ tiêu**',
      '**STT** | **Mã** | **Chỉ tiêu** | **Kế hoạch** | **Thực hiện** | **Đánh giá**',
      '1 | CT 2.1 | Tỷ lệ hồ sơ đúng hạn | ≥ 98% | 96,46% | **Không đạt**',
      '2 | 2.2 | Số hồ sơ trễ hạn | ≤ 2 hồ sơ | 1 hồ sơ | Đạt',
      '3 | 2.3 | Số sáng kiến | > 0 | — | Chưa đánh giá',
      '**III. CÁC PHÁT HIỆN**',
      'Tổng số 02 phát hiện, gồm: 01 không phù hợp nhẹ, 01 cơ hội cải tiến.',
      '**01. **_(Không phù hợp nhẹ, 1.2) _Báo cáo quý III trễ hạn. Căn cứ: Báo cáo được gửi đủ. Bằng chứng: Sổ công văn đi.',
      '**02. **_(Cơ hội cải tiến) _Nhân rộng sáng kiến.',
      '**IV. NHẬN XÉT, ĐÁNH GIÁ CHUNG**',
      'Phòng Văn hóa - Xã hội đạt yêu cầu ở 3/4 nội dung được kiểm tra; còn 01 nội dung phải khắc phục nêu tại mục V.',
      '**V. KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC**',
      'Đoàn kiểm tra đề nghị Phòng Văn hóa - Xã hội xác định nguyên nhân, thực hiện hành động khắc phục các nội dung sau và báo cáo kết quả trước thời hạn nêu tại bảng dưới đây:',
      '**STT** | **Phát hiện số** | **Nội dung yêu cầu khắc phục** | **Thời hạn**',
      '1 | 01 | Báo cáo quý III trễ hạn. | 10/12/2026',
      '**VI. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA**',
      'Không có ý kiến khác.',
      'Biên bản kết thúc vào lúc 16 giờ 30 phút, ngày 25 tháng 11 năm 2026, đã được đọc lại cho các thành viên tham dự cùng nghe, thống nhất nội dung và ký tên dưới đây. Biên bản được lập thành 02 (hai) bản có giá trị như nhau, Đoàn kiểm tra giữ 01 bản, Phòng Văn hóa - Xã hội giữ 01 bản./.',
    ]);
  });

  it('prints the team’s own conclusion and comments, says when nothing is to be fixed or found, and dots a time not recorded', () => {
    const text = lines(
      minutesBody({
        ...base,
        audit: { ...base.audit, place: '', endedTime: null, conclusion: 'Đơn vị làm tốt.\n\nCần duy trì.', unitComments: 'Thống nhất.' },
        unitRepresentatives: [],
        indicators: [],
        findings: [],
        requests: [],
        findingCounts: { kph_nang: 0, kph_nhe: 0, diem_luu_y: 0, co_hoi_cai_tien: 0 },
      }),
    );
    expect(text).toContain('Hôm nay, từ ngày 24/11/2026 đến ngày 25/11/2026, Đoàn kiểm tra tiến hành kiểm tra công tác cải cách hành chính tại Phòng Văn hóa - Xã hội.');
    expect(text.slice(text.indexOf('2. Đại diện Phòng Văn hóa - Xã hội:'), text.indexOf('**II. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA**'))).toEqual(['2. Đại diện Phòng Văn hóa - Xã hội:', 'Không có.']);
    expect(text.some((line) => line.includes('chỉ tiêu**'))).toBe(false);
    expect(text.slice(text.indexOf('**III. CÁC PHÁT HIỆN**'))).toEqual([
      '**III. CÁC PHÁT HIỆN**',
      'Không có phát hiện nào.',
      '**IV. NHẬN XÉT, ĐÁNH GIÁ CHUNG**',
      'Đơn vị làm tốt.',
      'Cần duy trì.',
      '**V. KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC**',
      'Không có nội dung yêu cầu Phòng Văn hóa - Xã hội phải khắc phục.',
      '**VI. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA**',
      'Thống nhất.',
      expect.stringMatching(/^Biên bản kết thúc vào lúc … giờ … phút, ngày 25 tháng 11 năm 2026, /),
    ]);
    // The closing paragraph never breaks across a page: it stays whole above the signatures.
    expect(minutesBody(base).at(-1)).toMatchObject({ kind: 'paragraph', keepWhole: true });
    // "Căn cứ" is taken off the front of a basis once, whatever the spaces after it, and nowhere else.
    const bases = lines(
      minutesBody({
        ...base,
        legalBasis: ['Căn cứ   Luật Tổ chức chính quyền địa phương', 'Quy chế làm việc ban hành căn cứ Luật Tổ chức chính quyền địa phương'],
        unitRepresentatives: [{ fullName: 'Hoàng Minh Tuấn', position: '' }],
      }),
    );
    expect(bases.slice(0, 2)).toEqual(['Căn cứ Luật Tổ chức chính quyền địa phương;', 'Căn cứ Quy chế làm việc ban hành căn cứ Luật Tổ chức chính quyền địa phương;']);
    expect(bases).toContain('- Hoàng Minh Tuấn.');
    const noFix = lines(minutesBody({ ...base, requests: [] }));
    expect(noFix).toContain('Phòng Văn hóa - Xã hội đạt yêu cầu ở 3/4 nội dung được kiểm tra.');
  });
});

describe('the body of ISO minutes', () => {
  const iso: MinutesContent = { ...base, kind: 'ISO', findingCounts: { kph_nang: 0, kph_nhe: 1, diem_luu_y: 0, co_hoi_cai_tien: 1 } };

  it('states objective, scope and criteria (a default where none was written) and tables the findings', () => {
    const text = lines(minutesBody(iso));
    expect(text.slice(0, 3)).toEqual([
      'Căn cứ Kế hoạch CCHC năm 2026;',
      'Căn cứ Quyết định số 125/QĐ-UBND ngày 10/11/2026;',
      'Hôm nay, từ ngày 24/11/2026 đến ngày 25/11/2026, tại Trụ sở phòng, Đoàn đánh giá tiến hành đánh giá nội bộ hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Phòng Văn hóa - Xã hội.',
    ]);
    const unscoped = lines(minutesBody({ ...iso, audit: { ...iso.audit, scope: '' } }));
    expect(unscoped).toContain('**2. Phạm vi: **Các hoạt động thuộc phạm vi áp dụng hệ thống quản lý chất lượng tại Phòng Văn hóa - Xã hội.');
    expect(text.slice(text.indexOf('**I. MỤC TIÊU, PHẠM VI VÀ CHUẨN MỰC ĐÁNH GIÁ**'), text.indexOf('**II. THÀNH PHẦN**'))).toEqual([
      '**I. MỤC TIÊU, PHẠM VI VÀ CHUẨN MỰC ĐÁNH GIÁ**',
      '**1. Mục tiêu: **Xác định mức độ phù hợp và hiệu lực của hệ thống quản lý chất lượng.',
      '**2. Phạm vi: **Năm 2026',
      '**3. Chuẩn mực đánh giá: **TCVN ISO 9001:2015 và các tài liệu của hệ thống quản lý chất lượng.',
    ]);
    expect(text.slice(text.indexOf('**III. KẾT QUẢ ĐÁNH GIÁ**'), text.indexOf('**IV. KẾT LUẬN**'))).toEqual([
      '**III. KẾT QUẢ ĐÁNH GIÁ**',
      'Tổng số 02 phát hiện, gồm: 01 không phù hợp nhẹ, 01 cơ hội cải tiến.',
      '**STT** | **Điều khoản** | **Phát hiện** | **Bằng chứng** | **Phân loại**',
      '01 | 1.2 | Báo cáo quý III trễ hạn. | Sổ công văn đi | Không phù hợp nhẹ',
      '02 | — | Nhân rộng sáng kiến | — | Cơ hội cải tiến',
    ]);
    expect(text[text.indexOf('**IV. KẾT LUẬN**') + 1]).toBe(
      'Hệ thống quản lý chất lượng tại Phòng Văn hóa - Xã hội cơ bản phù hợp với TCVN ISO 9001:2015 và được duy trì; đơn vị cần khắc phục các điểm không phù hợp nêu trên.',
    );
    expect(text).toContain('**V. YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC**');
    expect(text).toContain('**VI. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC ĐÁNH GIÁ**');
  });

  it('concludes from the findings when the team wrote nothing', () => {
    const conclusion = (counts: MinutesContent['findingCounts']) => {
      const text = lines(minutesBody({ ...iso, findingCounts: counts }));
      return text[text.indexOf('**IV. KẾT LUẬN**') + 1];
    };
    expect(conclusion({ kph_nang: 1, kph_nhe: 1, diem_luu_y: 0, co_hoi_cai_tien: 0 })).toBe(
      'Hệ thống quản lý chất lượng tại Phòng Văn hóa - Xã hội còn điểm không phù hợp nặng; đơn vị cần khắc phục để bảo đảm sự phù hợp và hiệu lực của hệ thống.',
    );
    expect(conclusion({ kph_nang: 0, kph_nhe: 0, diem_luu_y: 2, co_hoi_cai_tien: 0 })).toBe(
      'Hệ thống quản lý chất lượng tại Phòng Văn hóa - Xã hội phù hợp với TCVN ISO 9001:2015 và được duy trì có hiệu lực.',
    );
    const noFindings = lines(minutesBody({ ...iso, findings: [] }));
    expect(noFindings[noFindings.indexOf('**III. KẾT QUẢ ĐÁNH GIÁ**') + 2]).toBe('**IV. KẾT LUẬN**');
  });
});

describe('a biên bản bổ sung', () => {
  it('cites the first minutes, lists the corrections and is dated the day it is made', () => {
    const supplement: MinutesContent = {
      ...base,
      document: { ...base.document, number: '09/BB-UBND', documentDate: '2026-12-02' },
      revision: { revision: 1, supplements: { number: '07/BB-UBND', documentDate: '2026-11-25' }, corrections: 'Sửa tên người ký.\nBổ sung phát hiện 03.' },
    };
    expect(lines(minutesBody(supplement))).toEqual([
      'Căn cứ Biên bản số 07/BB-UBND ngày 25 tháng 11 năm 2026 về việc kiểm tra công tác cải cách hành chính tại Phòng Văn hóa - Xã hội;',
      'Hôm nay, ngày 02 tháng 12 năm 2026, Đoàn kiểm tra và đại diện Phòng Văn hóa - Xã hội thống nhất bổ sung, đính chính Biên bản số 07/BB-UBND như sau:',
      'Sửa tên người ký.',
      'Bổ sung phát hiện 03.',
      'Các nội dung khác của Biên bản số 07/BB-UBND giữ nguyên giá trị.',
      'Biên bản được lập xong ngày 02 tháng 12 năm 2026, đã được đọc lại cho các thành viên tham dự cùng nghe, thống nhất nội dung và ký tên dưới đây. Biên bản được lập thành 02 (hai) bản có giá trị như nhau, Đoàn kiểm tra giữ 01 bản, Phòng Văn hóa - Xã hội giữ 01 bản./.',
    ]);
    expect(minutesTitle(supplement)).toEqual({ type: 'BIÊN BẢN BỔ SUNG', summary: 'Bổ sung, đính chính Biên bản số 07/BB-UBND' });
  });

  it('titles ordinary minutes by what was done where', () => {
    expect(minutesTitle(base)).toEqual({ type: 'BIÊN BẢN', summary: 'Kiểm tra công tác cải cách hành chính tại Phòng Văn hóa - Xã hội' });
    expect(minutesTitle({ ...base, kind: 'ISO' })).toEqual({
      type: 'BIÊN BẢN',
      summary: 'Đánh giá nội bộ hệ thống quản lý chất lượng theo TCVN\u00a0ISO\u00a09001:2015 tại Phòng Văn hóa - Xã hội',
    });
  });
});
