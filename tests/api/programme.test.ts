import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { auditParticipants, audits } from '../../db/schema';
import type { ProgrammeView } from '../../electron/shared/contract/programme';
import { insertAuditWithFindings, unitIdByCode } from '../support/fixtures/actionsAudit';
import { makePng } from '../support/fixtures/minutesImages';
import { poppler } from '../support/fixtures/minutesPdfTools';
import { staffTheWard as staffWard } from '../support/fixtures/programmeStaff';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

const NOW = () => new Date('2026-01-05T02:00:00Z');

const staffTheWard = () => staffWard(backend);

const entryOf = (programme: ProgrammeView, kind: 'CCHC' | 'ISO', unitCode: string) => {
  const unitId = unitIdByCode(backend.store, unitCode);
  const entry = programme.entries.find((e) => e.kind === kind && e.unitId === unitId);
  if (!entry) throw new Error(`no ${kind} entry for ${unitCode}`);
  return entry;
};

const teamInput = (entry: ProgrammeView['entries'][number]) => entry.team.map(({ personId, role }) => ({ personId, role }));

describe('programme generation', () => {
  it('plans every in-scope unit for CCHC and every never-evaluated ISO unit, more than the 25% minimum, on working days, ready for approval', async () => {
    backend = await startTestBackend({ now: NOW });
    await staffTheWard();
    expect(await backend.call('programme.get', { year: 2026 })).toBeNull();
    const programme = await backend.call('programme.generate', { year: 2026 });
    expect(programme).toMatchObject({ year: 2026, status: 'draft', title: 'Kế hoạch kiểm tra công tác cải cách hành chính năm 2026', documentCode: '…/KH-UBND' });
    expect(programme.coverage.cchc).toMatchObject({ planned: 4, total: 4, required: 4, missingUnitIds: [] });
    expect(programme.coverage.iso).toMatchObject({ planned: 5, total: 5, required: 2 });
    expect(programme.violations.filter((v) => v.severity === 'hard')).toEqual([]);
    expect(programme.canApprove).toBe(true);
    const holidays = new Set((await backend.call('holidays.list', { year: 2026 })).map((h) => h.date));
    for (const entry of programme.entries) {
      expect(holidays.has(entry.date)).toBe(false);
      expect([0, 6]).not.toContain(new Date(`${entry.date}T00:00:00Z`).getUTCDay());
      expect(entry.team.filter((m) => m.role === 'truong_doan')).toHaveLength(1);
      expect(entry.team.every((m) => m.unitId !== entry.unitId)).toBe(true);
    }
    expect(programme.workload.reduce((sum, row) => sum + row.total, 0)).toBe(programme.entries.length * 3);
    expect(await backend.call('programme.get', { year: 2026 })).toEqual(programme);
    const log = await backend.call('changeLog.list', { entity: 'programme' });
    expect(log[0]).toMatchObject({ method: 'programme.generate', action: 'create', changes: { year: 2026, cchc: 4, iso: 5 } });
  });

  it('reads the audit history: a unit due by rotation and a unit with an open major nonconformity come first, and last year’s leader is not repeated', async () => {
    backend = await startTestBackend({ now: NOW });
    const staff = await staffTheWard();
    insertAuditWithFindings(backend.store, { kind: 'ISO', unitCode: 'VHXH', startDate: '2021-10-12', endDate: '2021-10-12', findings: [] });
    for (const code of ['VP', 'KTHTDT', 'DVTH']) insertAuditWithFindings(backend.store, { kind: 'ISO', unitCode: code, startDate: '2025-06-03', endDate: '2025-06-03', findings: [] });
    const withMajor = insertAuditWithFindings(backend.store, {
      kind: 'ISO',
      unitCode: 'PVHCC',
      startDate: '2025-04-14',
      endDate: '2025-04-14',
      findings: [{ findingClass: 'kph_nang', description: 'Không kiểm soát hồ sơ trễ hạn' }],
    });
    const lastYear = insertAuditWithFindings(backend.store, { kind: 'CCHC', unitCode: 'KTHTDT', startDate: '2025-05-06', endDate: '2025-05-06', findings: [] });
    backend.store.db
      .insert(auditParticipants)
      .values({ auditId: lastYear.auditId, side: 'team', role: 'truong_doan', personId: staff['Hoàng Văn Em']!, fullName: 'Hoàng Văn Em' })
      .run();
    expect(withMajor.findingIds).toHaveLength(1);

    const programme = await backend.call('programme.generate', { year: 2026 });
    const iso = programme.entries.filter((e) => e.kind === 'ISO');
    expect(iso.map((e) => [e.unitName, e.selection?.reason])).toEqual(
      expect.arrayContaining([
        ['Phòng Văn hóa - Xã hội', 'rotationDue'],
        ['Trung tâm Phục vụ hành chính công', 'risk'],
      ]),
    );
    expect(entryOf(programme, 'ISO', 'PVHCC').selection).toMatchObject({ lastYear: 2025, openMajorNonconformities: 1 });
    expect(programme.coverage.iso.rotationDueUnitIds).toEqual([unitIdByCode(backend.store, 'VHXH')]);
    expect(entryOf(programme, 'CCHC', 'KTHTDT').team.find((m) => m.role === 'truong_doan')?.personId).not.toBe(staff['Hoàng Văn Em']);
  });

  it('shows the same warnings on each entry as the stored programme does when read back', async () => {
    backend = await startTestBackend({ now: NOW });
    const staff = await staffTheWard();
    const leaders = ['Nguyễn Văn An', 'Lê Văn Cường', 'Hoàng Văn Em', 'Đặng Văn Hải'];
    // Every leader led every unit last year: no choice avoids a repeat, so every entry carries a warning.
    for (const unit of await backend.call('units.list', {})) {
      for (const [index, name] of leaders.entries()) {
        const date = `2025-06-0${index + 2}`;
        const { auditId } = insertAuditWithFindings(backend.store, { kind: 'CCHC', unitCode: unit.code, startDate: date, endDate: date, findings: [] });
        backend.store.db.insert(auditParticipants).values({ auditId, side: 'team', role: 'truong_doan', personId: staff[name]!, fullName: name }).run();
      }
    }

    const programme = await backend.call('programme.generate', { year: 2026 });
    const repeats = programme.violations.filter((v) => v.code === 'leaderRepeat');
    expect(new Set(repeats.flatMap((v) => v.entryIds))).toEqual(new Set(programme.entries.map((e) => e.id)));
    expect(await backend.call('programme.get', { year: 2026 })).toEqual(programme);
  });

  it('is the same programme when generated again from the same data', async () => {
    backend = await startTestBackend({ now: NOW });
    await staffTheWard();
    const first = await backend.call('programme.generate', { year: 2026 });
    const second = await backend.call('programme.generate', { year: 2026, replaceDraft: true });
    const shape = (p: ProgrammeView) => p.entries.map((e) => [e.kind, e.unitId, e.date, e.team.map((m) => `${m.role}:${m.personId}`)]);
    expect(second.id).not.toBe(first.id);
    expect(shape(second)).toEqual(shape(first));
  });

  it('refuses to replace a draft unless asked, and explains an impossible programme without storing one', async () => {
    backend = await startTestBackend({ now: NOW });
    const impossible = await backend.dispatch('programme.generate', { year: 2026 });
    expect(impossible).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!impossible.ok) {
      expect(impossible.error.message).toMatch(/^Không thể lập kế hoạch kiểm tra năm 2026: /);
      expect(impossible.error.issues?.map((i) => i.message)).toEqual([
        'Chưa có cán bộ đang hoạt động nào được phép làm Trưởng đoàn. Hãy đánh dấu "Được làm Trưởng đoàn" cho ít nhất một cán bộ trong danh bạ.',
        'Mỗi đoàn cần 3 người nhưng danh bạ chỉ có 0 cán bộ đang hoạt động.',
      ]);
    }
    expect(await backend.call('programme.get', { year: 2026 })).toBeNull();
    expect(await backend.call('changeLog.list', { entity: 'programme' })).toEqual([]);

    await staffTheWard();
    const draft = await backend.call('programme.generate', { year: 2026 });
    const again = await backend.dispatch('programme.generate', { year: 2026 });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/Đã có dự thảo kế hoạch kiểm tra năm 2026 với 9 cuộc kiểm tra/) } });
    expect(await backend.call('programme.get', { year: 2026 })).toEqual(draft);
  });
});

describe('programme editing and approval', () => {
  it('shows live coverage and rule violations while entries are moved, removed, re-staffed and added back', async () => {
    backend = await startTestBackend({ now: NOW });
    const staff = await staffTheWard();
    const programme = await backend.call('programme.generate', { year: 2026 });
    const vp = entryOf(programme, 'CCHC', 'VP');

    const onHoliday = await backend.call('programme.updateEntry', { id: vp.id, date: '2026-09-02' });
    expect(onHoliday.violations.map((v) => [v.code, v.severity, v.message])).toContainEqual([
      'holiday',
      'hard',
      'Văn phòng HĐND và UBND (CCHC): ngày 02/09/2026 là ngày nghỉ Quốc khánh.',
    ]);
    expect(onHoliday.canApprove).toBe(false);
    const refused = await backend.dispatch('programme.approve', { id: programme.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/^Chưa thể phê duyệt: kế hoạch còn 1 lỗi phải sửa/) } });

    const onSaturday = await backend.call('programme.updateEntry', { id: vp.id, date: '2026-09-05' });
    expect(onSaturday.violations.map((v) => v.code)).toContain('weekend');
    const moved = await backend.call('programme.updateEntry', { id: vp.id, date: '2026-09-08' });
    expect(moved.entries.find((e) => e.id === vp.id)?.date).toBe('2026-09-08');
    expect(moved.canApprove).toBe(true);

    const removed = await backend.call('programme.removeEntry', { id: vp.id });
    expect(removed.coverage.cchc).toMatchObject({ planned: 3, total: 4, missingUnitIds: [unitIdByCode(backend.store, 'VP')] });
    expect(removed.violations.find((v) => v.code === 'cchcCoverageShort')?.message).toBe(
      'Mới có 3/4 đơn vị được kiểm tra CCHC; chỉ tiêu 100% cần ít nhất 4 đơn vị.',
    );
    expect(removed.canApprove).toBe(false);

    const ownUnitTeam = [
      { personId: staff['Nguyễn Văn An']!, role: 'truong_doan' as const },
      { personId: staff['Trần Thị Bình']!, role: 'thanh_vien' as const },
      { personId: staff['Võ Thị Giang']!, role: 'thanh_vien' as const },
    ];
    const added = await backend.call('programme.addEntry', {
      programmeId: programme.id,
      kind: 'CCHC',
      unitId: unitIdByCode(backend.store, 'VP'),
      date: '2026-09-08',
      team: ownUnitTeam,
    });
    expect(added.coverage.cchc.planned).toBe(4);
    const own = added.violations.filter((v) => v.code === 'ownUnit');
    expect(own.map((v) => v.message)).toEqual([
      'Văn phòng HĐND và UBND (CCHC, 08/09/2026): Nguyễn Văn An là cán bộ của chính đơn vị được kiểm tra.',
      'Văn phòng HĐND và UBND (CCHC, 08/09/2026): Trần Thị Bình là cán bộ của chính đơn vị được kiểm tra.',
    ]);
    const newEntry = added.entries.find((e) => e.unitId === unitIdByCode(backend.store, 'VP') && e.kind === 'CCHC')!;
    expect(newEntry.content).toMatch(/^Kiểm tra công tác chỉ đạo, điều hành CCHC/);

    const other = added.entries.find((e) => e.id !== newEntry.id)!;
    const doubled = await backend.call('programme.updateEntry', {
      id: newEntry.id,
      date: other.date,
      team: [{ personId: other.team[0]!.personId, role: 'truong_doan' }, ...teamInput(other).slice(1, 2).map((m) => ({ ...m, role: 'thanh_vien' as const }))],
    });
    expect(doubled.violations.filter((v) => v.code === 'doubleBooked').map((v) => v.entryIds.sort())).toContainEqual([newEntry.id, other.id].sort());
    expect(doubled.violations.find((v) => v.code === 'teamSmall')?.severity).toBe('warning');

    const log = await backend.call('changeLog.list', { entity: 'plannedInspection' });
    expect(log.map((entry) => entry.method)).toEqual([
      'programme.updateEntry',
      'programme.addEntry',
      'programme.removeEntry',
      'programme.updateEntry',
      'programme.updateEntry',
      'programme.updateEntry',
    ]);
  });

  it('approves a clean programme: entries become ready to start with the plan number and checklist, and edits are locked until reopened', async () => {
    backend = await startTestBackend({ now: NOW });
    await staffTheWard();
    const programme = await backend.call('programme.generate', { year: 2026 });
    const approved = await backend.call('programme.approve', { id: programme.id, documentNumber: '7' });
    expect(approved).toMatchObject({ status: 'approved', documentNumber: '7', documentCode: '07/KH-UBND', approvedBy: 'Nguyễn Thị Kiểm Tra', canApprove: false });

    const ready = await backend.call('programme.readyToStart', { year: 2026 });
    expect(ready).toHaveLength(9);
    expect(ready.map((r) => r.date)).toEqual([...ready.map((r) => r.date)].sort());
    expect(ready[0]).toMatchObject({ programmeId: programme.id, year: 2026, planNumber: '07/KH-UBND', planDate: '2026-01-05' });
    expect(ready.every((r) => r.templateVersionId !== null && r.team.length === 3)).toBe(true);
    expect(await backend.call('programme.readyToStart', { kind: 'ISO' })).toHaveLength(5);
    expect(await backend.call('programme.readyToStart', { unitId: unitIdByCode(backend.store, 'VP') })).toHaveLength(ready.filter((r) => r.unitName === 'Văn phòng HĐND và UBND').length);

    const entry = approved.entries[0]!;
    expect(await backend.dispatch('programme.updateEntry', { id: entry.id, date: '2026-10-06' })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', message: 'Kế hoạch kiểm tra năm 2026 đã được phê duyệt. Hãy chuyển về dự thảo trước khi sửa.' },
    });
    expect(await backend.dispatch('programme.generate', { year: 2026, replaceDraft: true })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await backend.dispatch('programme.discard', { id: programme.id })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    // The audits capability starts an audit from the first planned inspection.
    const started = insertAuditWithFindings(backend.store, { kind: entry.kind, unitCode: 'VP', startDate: entry.date, endDate: entry.date, findings: [] });
    backend.store.db.update(audits).set({ plannedInspectionId: entry.id, unitId: entry.unitId }).where(eq(audits.id, started.auditId)).run();
    expect((await backend.call('programme.readyToStart', { year: 2026 })).map((r) => r.plannedInspectionId)).not.toContain(entry.id);

    const reopened = await backend.call('programme.reopen', { id: programme.id });
    expect(reopened).toMatchObject({ status: 'draft', approvedAt: null });
    expect(reopened.entries[0]!.auditStarted).toBe(true);
    expect(await backend.call('programme.readyToStart', { year: 2026 })).toEqual([]);
    expect(await backend.dispatch('programme.removeEntry', { id: entry.id })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', message: expect.stringMatching(/đã được bắt đầu nên không sửa hay bỏ được/) },
    });
    expect(await backend.dispatch('programme.discard', { id: programme.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await backend.dispatch('programme.generate', { year: 2026, replaceDraft: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const other = reopened.entries[1]!;
    const edited = await backend.call('programme.updateEntry', { id: other.id, content: 'Kiểm tra chuyên đề thủ tục hành chính' });
    expect(edited.entries.find((e) => e.id === other.id)?.content).toBe('Kiểm tra chuyên đề thủ tục hành chính');
    const redated = await backend.call('programme.updateEntry', { id: other.id, date: '2026-10-06' });
    expect(redated.entries.find((e) => e.id === other.id)).toMatchObject({ date: '2026-10-06', content: 'Kiểm tra chuyên đề thủ tục hành chính' });
  });

  it('refuses malformed entries and changes nothing', async () => {
    backend = await startTestBackend({ now: NOW });
    const staff = await staffTheWard();
    const programme = await backend.call('programme.generate', { year: 2026 });
    const entry = programme.entries[0]!;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const cases: [string, unknown, string, RegExp][] = [
      ['programme.updateEntry', { id: entry.id, date: '2027-03-03' }, 'date', /Ngày kiểm tra phải thuộc năm 2026/],
      ['programme.updateEntry', { id: entry.id, date: '03/03/2026' }, 'date', /năm-tháng-ngày/],
      ['programme.updateEntry', { id: entry.id, team: [{ personId: staff['Nguyễn Văn An'], role: 'thanh_vien' }] }, 'team', /Đoàn cần một Trưởng đoàn/],
      [
        'programme.updateEntry',
        { id: entry.id, team: [{ personId: staff['Nguyễn Văn An'], role: 'truong_doan' }, { personId: staff['Lê Văn Cường'], role: 'truong_doan' }] },
        'team',
        /Đoàn chỉ có một Trưởng đoàn/,
      ],
      [
        'programme.updateEntry',
        { id: entry.id, team: [{ personId: staff['Nguyễn Văn An'], role: 'truong_doan' }, { personId: staff['Nguyễn Văn An'], role: 'thanh_vien' }] },
        'team',
        /chỉ xuất hiện một lần/,
      ],
      ['programme.updateEntry', { id: entry.id, team: [{ personId: unknown, role: 'truong_doan' }] }, 'team', /Không tìm thấy cán bộ/],
      ['programme.updateEntry', { id: entry.id, unitId: unknown }, 'unitId', /Không tìm thấy đơn vị/],
      ['programme.updateEntry', { id: entry.id, kind: 'KHAC' }, 'kind', /Loại kiểm tra không hợp lệ/],
      ['programme.approve', { id: programme.id, documentNumber: 'số 5' }, 'documentNumber', /chỉ gồm chữ số/],
    ];
    for (const [method, input, field, message] of cases) {
      const result = await backend.dispatch(method, input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.issues?.find((issue) => issue.path.startsWith(field))?.message, JSON.stringify(input)).toMatch(message);
    }
    expect(await backend.dispatch('programme.removeEntry', { id: unknown })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy cuộc kiểm tra trong kế hoạch.' } });
    expect(await backend.call('programme.get', { year: 2026 })).toEqual(programme);
  });

  it('discards a draft and records it', async () => {
    backend = await startTestBackend({ now: NOW });
    await staffTheWard();
    const programme = await backend.call('programme.generate', { year: 2026 });
    expect(await backend.call('programme.discard', { id: programme.id })).toEqual({ year: 2026 });
    expect(await backend.call('programme.get', { year: 2026 })).toBeNull();
    expect((await backend.call('changeLog.list', { entity: 'programme' }))[0]).toMatchObject({ method: 'programme.discard', action: 'delete' });
  });
});

/** pdfimages' picture rows (page, num, type, width, height…), without the soft masks of transparent PNGs. */
const imageRows = (pdf: Buffer) =>
  poppler('pdfimages', pdf, ['-list'])
    .trim()
    .split('\n')
    .slice(2)
    .map((row) => row.trim().split(/\s+/))
    .filter((columns) => columns[2] === 'image');

describe('programme documents', () => {
  it('names and numbers the plan, and prints a draft with a watermark and an approved plan with its number and date', async () => {
    backend = await startTestBackend({ now: NOW });
    await staffTheWard();
    const programme = await backend.call('programme.generate', { year: 2026 });
    const renamed = await backend.call('programme.update', { id: programme.id, title: 'Kế hoạch kiểm tra công tác cải cách hành chính và ISO năm 2026', documentNumber: '12' });
    expect(renamed).toMatchObject({ title: 'Kế hoạch kiểm tra công tác cải cách hành chính và ISO năm 2026', documentCode: '12/KH-UBND' });

    const draft = await backend.call('programme.exportPdf', { id: programme.id });
    expect(draft).toMatchObject({ fileName: 'ke-hoach-kiem-tra-2026-du-thao.pdf', mimeType: 'application/pdf' });
    const draftText = poppler('pdftotext', Buffer.from(draft.base64, 'base64')).normalize('NFC');
    // The rotated watermark comes out of pdftotext in pieces, one on each page.
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', Buffer.from(draft.base64, 'base64')))?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(draftText.match(/DỰ/g)).toHaveLength(pages);
    expect(draftText).toContain('Bắc Hồng Lĩnh, ngày … tháng … năm 2026');

    // The ward's seal goes on the approved plan's TM. signature only, never on the draft.
    const seal = await backend.call('signatures.sealSave', { bodyKey: 'organization', pngBase64: makePng(240, 240, [0xd0, 0x10, 0x1b, 0xff]).toString('base64'), diameterMm: 36 });
    expect(seal).toMatchObject({ bodyKey: 'organization', width: 240, height: 240, diameterMm: 36 });
    expect(imageRows(Buffer.from((await backend.call('programme.exportPdf', { id: programme.id })).base64, 'base64'))).toEqual([]);

    await backend.call('programme.approve', { id: programme.id });
    const approved = Buffer.from((await backend.call('programme.exportPdf', { id: programme.id })).base64, 'base64');
    expect(imageRows(approved).map((row) => [row[3], row[4]])).toEqual([['240', '240']]);
    const text = poppler('pdftotext', approved).replace(/\s+/g, ' ');
    expect(text).toContain('Số: 12/KH-UBND');
    expect(text).toContain('Bắc Hồng Lĩnh, ngày 05 tháng 01 năm 2026');
    expect(text).toContain('Kiểm tra công tác cải cách hành chính và ISO năm 2026');
    expect(text).toContain('Căn cứ Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân phường Bắc Hồng Lĩnh;');
    expect(text).toContain('Ủy ban nhân dân phường Bắc Hồng Lĩnh ban hành kế hoạch kiểm tra');
    expect(text).toContain('gồm: Văn phòng HĐND và UBND; Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội; Trung tâm Phục vụ hành chính công;');
    expect(text).not.toMatch(/DỰ|THẢ/);
    expect(await backend.dispatch('programme.update', { id: programme.id, title: 'Khác' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('exports the schedule, the workload and the rule check to Excel', async () => {
    backend = await startTestBackend({ now: NOW });
    await staffTheWard();
    const programme = await backend.call('programme.generate', { year: 2026 });
    const file = await backend.call('programme.exportXlsx', { id: programme.id });
    expect(file.fileName).toBe('ke-hoach-kiem-tra-2026.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Lịch kiểm tra', 'Phân công cán bộ', 'Kiểm tra quy tắc']);
    const schedule = workbook.getWorksheet('Lịch kiểm tra')!;
    expect(schedule.getCell(1, 1).value).toBe('KẾ HOẠCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026');
    expect(schedule.getRow(4).values).toEqual([undefined, 'STT', 'Ngày', 'Thứ', 'Loại', 'Đơn vị được kiểm tra', 'Nội dung', 'Trưởng đoàn', 'Thành viên', 'Lý do chọn', 'Tình trạng']);
    const first = programme.entries[0]!;
    expect(schedule.getCell(5, 2).value).toEqual(new Date(`${first.date}T00:00:00Z`));
    expect(schedule.getCell(5, 5).value).toBe(first.unitName);
    expect(schedule.getCell(5, 7).value).toBe(first.team[0]!.fullName);
    expect(schedule.rowCount).toBe(4 + programme.entries.length);
    const workload = workbook.getWorksheet('Phân công cán bộ')!;
    let total = 0;
    workload.eachRow((row, index) => {
      if (index > 4) total += Number(row.getCell(3).value);
    });
    expect(total).toBe(programme.entries.length * 3);
    expect(workbook.getWorksheet('Kiểm tra quy tắc')!.getCell(5, 2).value).toBe('Kế hoạch đáp ứng mọi quy tắc.');
  });
});
