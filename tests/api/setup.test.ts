import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import { pdfText } from '../support/fixtures/minutesPdfText';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';
import { localize } from '../../electron/shared/i18n/catalog';

let backend: TestBackend;
afterEach(() => backend?.close());

const NOW = new Date('2026-11-25T03:00:00Z');

/** A second ward, with nothing in common with the sample: other province, name, chair and units. */
const HOA_PHONG = {
  superiorBodyName: 'UBND TỈNH QUẢNG TRỊ',
  bodyName: 'ỦY BAN NHÂN DÂN PHƯỜNG HÒA PHONG',
  bodyShortCode: 'UBND-HP',
  placeName: 'Hòa Phong',
  chairName: 'Lê Minh Khang',
  chairTitle: 'CHỦ TỊCH',
};
const HOA_PHONG_UNITS = [
  { code: 'VPHP', name: 'Văn phòng HĐND và UBND phường Hòa Phong', category: 'co_quan_chuyen_mon' },
  { code: 'KTHP', name: 'Phòng Kinh tế, Hạ tầng và Đô thị phường Hòa Phong', category: 'co_quan_chuyen_mon' },
  { code: 'VXHP', name: 'Phòng Văn hóa - Xã hội phường Hòa Phong', category: 'co_quan_chuyen_mon' },
  { code: 'PVHP', name: 'Trung tâm Phục vụ hành chính công phường Hòa Phong', category: 'to_chuc_hanh_chinh' },
  { code: 'DVHP', name: 'Trung tâm Dịch vụ tổng hợp phường Hòa Phong', category: 'don_vi_su_nghiep' },
  { code: 'TYTHP', name: 'Trạm Y tế phường Hòa Phong', category: 'don_vi_su_nghiep' },
  { code: 'MNHP', name: 'Trường Mầm non Hoa Sen', category: 'don_vi_su_nghiep' },
  { code: 'THHP', name: 'Trường Tiểu học Hòa Phong', category: 'don_vi_su_nghiep' },
  { code: 'BQLHP', name: 'Ban Quản lý dự án đầu tư xây dựng phường Hòa Phong', category: 'don_vi_su_nghiep' },
  { code: 'HCCB', name: 'Hội Cựu chiến binh phường Hòa Phong', category: 'khac' },
] as const;
const STAFF: [string, string, boolean][] = [
  ['Phan Thị Thu', 'VPHP', true],
  ['Đỗ Văn Quý', 'KTHP', true],
  ['Ngô Thị Hạnh', 'VXHP', true],
  ['Trịnh Văn Lộc', 'PVHP', true],
  ['Mai Thị Yến', 'DVHP', false],
  ['Huỳnh Văn Tài', 'VPHP', false],
  ['Lý Thị Ngân', 'KTHP', false],
  ['Tô Văn Phúc', 'VXHP', false],
];

async function loadHoaPhong(): Promise<Record<string, string>> {
  const created = await backend.call('units.createMany', { units: HOA_PHONG_UNITS.map((unit) => ({ ...unit })) });
  const unitIds = Object.fromEntries(created.map((unit) => [unit.code, unit.id]));
  for (const [fullName, unitCode, mayLead] of STAFF) {
    await backend.call('people.create', { fullName, unitId: unitIds[unitCode]!, position: mayLead ? 'Trưởng phòng' : 'Chuyên viên', mayLead, auditorTrained: true });
  }
  return unitIds;
}

function keepArtifact(name: string, pdf: Buffer): void {
  fs.mkdirSync('tests/.artifacts', { recursive: true });
  fs.writeFileSync(`tests/.artifacts/${name}.pdf`, pdf);
}

describe('first-run setup', () => {
  it('starts a new store not set up, with the sample organisation only as a suggestion, no units, and the typical ward list offered', async () => {
    backend = await startTestBackend({ setUp: false });
    const status = await backend.call('setup.status', {});
    expect(status).toMatchObject({ completed: false, completedAt: null, activeUnitCount: 0, activePeopleCount: 0 });
    expect(await backend.call('units.list', {})).toEqual([]);
    expect(status.unitTemplate.map((row) => [row.name, row.category, row.preselected])).toEqual([
      ['Văn phòng HĐND và UBND', 'co_quan_chuyen_mon', true],
      ['Phòng Kinh tế, Hạ tầng và Đô thị', 'co_quan_chuyen_mon', true],
      ['Phòng Văn hóa - Xã hội', 'co_quan_chuyen_mon', true],
      ['Trung tâm Phục vụ hành chính công', 'to_chuc_hanh_chinh', true],
      ['Trung tâm Dịch vụ tổng hợp', 'don_vi_su_nghiep', true],
      ['Ban Quản lý dự án đầu tư xây dựng', 'don_vi_su_nghiep', false],
      ['Trạm Y tế', 'don_vi_su_nghiep', false],
    ]);
  });

  it('refuses to complete without a unit, and refuses bad organisation values, changing nothing', async () => {
    backend = await startTestBackend({ setUp: false });
    const noUnits = await backend.dispatch('setup.complete', { organization: HOA_PHONG });
    expect(noUnits).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/ít nhất một đơn vị/) } });
    await backend.call('units.createMany', { units: [{ code: 'VP', name: 'Văn phòng', category: 'co_quan_chuyen_mon' }] });
    const badCode = await backend.dispatch('setup.complete', { organization: { ...HOA_PHONG, bodyShortCode: 'ubnd hp' } });
    expect(badCode).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(badCode)).toMatch(/Chữ viết tắt chỉ gồm chữ in hoa/);
    expect((await backend.call('setup.status', {})).completed).toBe(false);
    expect((await backend.call('organization.get', {})).placeName).toBe('Bắc Hồng Lĩnh');
  });

  it('creates the chosen units all or nothing, naming the row that was refused', async () => {
    backend = await startTestBackend({ setUp: false });
    const refused = await backend.dispatch('units.createMany', {
      units: [
        { code: 'VP', name: 'Văn phòng', category: 'co_quan_chuyen_mon' },
        { code: 'KT', name: 'Phòng Kinh tế', category: 'co_quan_chuyen_mon' },
        { code: 'vp', name: 'Văn phòng thứ hai', category: 'co_quan_chuyen_mon' },
      ],
    });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Đơn vị thứ 3 \(vp\): Mã đơn vị "vp" đã được dùng/) } });
    expect(JSON.stringify(refused)).toContain('units.2.code');
    expect(await backend.call('units.list', {})).toEqual([]);
  });

  it('lets a second ward replace every sample value; until then no minutes or plan are issued, afterwards they carry only its own names', async () => {
    backend = await startTestBackend({ setUp: false, now: () => NOW });
    await loadHoaPhong();
    const programme = await backend.call('programme.generate', { year: 2026 });
    const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', place: 'Trụ sở Phòng Văn hóa - Xã hội, phường Hòa Phong' });

    for (const refused of [
      await backend.dispatch('programme.exportPdf', { id: programme.id }),
      await backend.dispatch('minutes.issue', { auditId: audit.auditId }),
    ]) {
      expect(refused).toMatchObject({ ok: false, error: { code: 'SETUP_REQUIRED', message: expect.stringContaining('Thiết lập ban đầu') } });
    }
    const overview = await backend.call('minutes.overview', { auditId: audit.auditId });
    expect(overview.issued).toEqual([]);
    expect(localize(overview.issueBlockers[0]!)).toMatch(/Chưa hoàn tất thiết lập ban đầu/);

    const done = await backend.call('setup.complete', { organization: HOA_PHONG });
    // The inserted audit brought its own unit and people besides the ward's 10 units and 8 staff.
    expect(done).toMatchObject({ completed: true, organization: HOA_PHONG, activeUnitCount: 11 });
    expect((await backend.call('changeLog.list', { entity: 'organization' }))[0]).toMatchObject({ method: 'setup.complete' });
    expect(await backend.dispatch('setup.complete', { organization: HOA_PHONG })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    expect((await backend.call('minutes.overview', { auditId: audit.auditId })).issueBlockers).toEqual([]);
    const plan = Buffer.from((await backend.call('programme.exportPdf', { id: programme.id })).base64, 'base64');
    const minutes = await backend.call('minutes.issue', { auditId: audit.auditId });
    const minutesPdf = Buffer.from((await backend.call('minutes.open', { minutesId: minutes.id })).pdfBase64, 'base64');
    keepArtifact('second-ward-plan', plan);
    keepArtifact('second-ward-minutes', minutesPdf);
    const planText = pdfText(plan);
    const minutesText = pdfText(minutesPdf);
    for (const text of [planText, minutesText]) {
      expect(text).not.toMatch(/Bắc Hồng Lĩnh|BẮC HỒNG LĨNH|Hà Tĩnh|HÀ TĨNH|Trần Xuân Đức/);
      expect(text).toContain('UBND TỈNH QUẢNG TRỊ');
      expect(text).toContain('Căn cứ Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân phường Hòa Phong;');
    }
    expect(planText).toContain('Lê Minh Khang');
    expect(planText).toContain('Căn cứ Quyết định số 19/2014/QĐ-TTg');
    expect(minutesText).toContain('Số: 01/BB-UBND-HP');
    expect(minutesText).not.toContain('19/2014/QĐ-TTg');
  });
});
