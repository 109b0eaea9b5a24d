import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { audits, plannedInspections, plannedTeamMembers, programmes } from '../../db/schema';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';
import { addPerson, addTeam, insertChecklistVersion, startInput, startSampleAudit, unitIdOf } from '../support/fixtures/auditsFixture';

let backend: TestBackend;
afterEach(() => backend?.close());

const tableCounts = (b: TestBackend) =>
  Object.fromEntries(
    ['audits', 'audit_participants', 'item_responses', 'findings', 'evidence_links', 'change_log'].map((table) => [
      table,
      (b.store.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n,
    ]),
  );

describe('starting an audit', () => {
  it('starts an ad-hoc audit with its legal basis, team and representatives, and logs it', async () => {
    backend = await startTestBackend();
    const { auditId, team } = await startSampleAudit(backend);
    const audit = await backend.call('audits.get', { id: auditId });
    expect(audit).toMatchObject({
      kind: 'CCHC',
      unitName: 'Phòng Văn hóa - Xã hội',
      status: 'in_progress',
      year: 2026,
      decisionNumber: '125/QĐ-UBND',
      decisionDate: '2026-11-10',
      planNumber: '18/KH-UBND',
      leaderName: 'Nguyễn Văn Đức',
      itemCount: 7,
      answeredCount: 0,
      findingCount: 0,
      baseline: null,
    });
    expect(audit.team.map((m) => [m.personId, m.role, m.fullName])).toEqual([
      [team.leaderId, 'truong_doan', 'Nguyễn Văn Đức'],
      [team.memberId, 'thanh_vien', 'Lê Thị Hồng Nhung'],
      [team.secretaryId, 'thu_ky', 'Võ Thị Thu Hương'],
    ]);
    expect(audit.representatives).toMatchObject([{ fullName: 'Trần Thị Bích Ngọc', position: 'Trưởng phòng Văn hóa - Xã hội', role: 'dai_dien' }]);
    const log = await backend.call('changeLog.list', { entity: 'audit', entityId: auditId });
    expect(log.map((entry) => [entry.method, entry.action])).toEqual([['audits.start', 'create']]);
  });

  it('offers published versions, active units, people and approved programme entries not yet started', async () => {
    backend = await startTestBackend();
    const published = insertChecklistVersion(backend.store, { name: 'Danh mục đã công bố' });
    const draft = insertChecklistVersion(backend.store, { name: 'Danh mục nháp', status: 'draft' });
    const team = addTeam(backend.store);
    const unitId = unitIdOf(backend.store, 'VHXH');
    const programmeId = randomUUID();
    const [approved, draftProgramme] = [randomUUID(), randomUUID()];
    backend.store.db.insert(programmes).values({ id: programmeId, year: 2026, title: 'Kế hoạch kiểm tra năm 2026', status: 'approved', documentNumber: '18/KH-UBND' }).run();
    backend.store.db.insert(programmes).values({ id: draftProgramme, year: 2026, title: 'Bản nháp', status: 'draft' }).run();
    backend.store.db.insert(plannedInspections).values({ id: approved, programmeId, kind: 'CCHC', unitId, date: '2026-11-24', templateVersionId: published.versionId }).run();
    backend.store.db.insert(plannedInspections).values({ programmeId: draftProgramme, kind: 'CCHC', unitId, date: '2026-12-01' }).run();
    backend.store.db.insert(plannedTeamMembers).values({ plannedInspectionId: approved, personId: team.leaderId, role: 'truong_doan' }).run();

    const options = await backend.call('audits.startOptions', {});
    const versionIds = options.templateVersions.map((v) => v.id);
    expect(versionIds).toContain(published.versionId);
    expect(versionIds).not.toContain(draft.versionId);
    expect(options.templateVersions.find((v) => v.id === published.versionId)?.itemCount).toBe(7);
    expect(options.units.map((u) => u.code)).toEqual(['VP', 'KTHTDT', 'VHXH', 'PVHCC', 'DVTH']);
    // By given name: Đức, Hương, Nhung.
    expect(options.people.map((p) => p.fullName)).toEqual(['Nguyễn Văn Đức', 'Võ Thị Thu Hương', 'Lê Thị Hồng Nhung']);
    expect(options.plannedInspections).toMatchObject([
      { plannedInspectionId: approved, year: 2026, unitName: 'Phòng Văn hóa - Xã hội', templateVersionId: published.versionId, team: [{ personId: team.leaderId, role: 'truong_doan' }] },
    ]);

    const fromPlan = startInput(backend.store, published, team, { plannedInspectionId: approved });
    const outsideProgrammeYear = await backend.dispatch('audits.start', { ...fromPlan, startDate: '2027-01-05', endDate: '2027-01-06', decisionDate: '2026-12-20', planDate: '2026-12-01' });
    expect(outsideProgrammeYear.ok).toBe(false);
    if (!outsideProgrammeYear.ok) expect(outsideProgrammeYear.error.issues).toContainEqual({ path: 'startDate', message: 'Ngày bắt đầu phải thuộc năm 2026 của cuộc kiểm tra' });

    const started = await backend.call('audits.start', fromPlan);
    expect(started.plannedInspectionId).toBe(approved);
    expect((await backend.call('audits.startOptions', {})).plannedInspections).toEqual([]);
    const again = await backend.dispatch('audits.start', fromPlan);
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Mục kế hoạch này đã có cuộc kiểm tra được bắt đầu.' } });
  });

  it('refuses a team member from the inspected unit, a team without one leader, bad dates and a draft checklist, changing nothing', async () => {
    backend = await startTestBackend();
    const version = insertChecklistVersion(backend.store);
    const draft = insertChecklistVersion(backend.store, { status: 'draft' });
    const iso = insertChecklistVersion(backend.store, { purpose: 'ISO' });
    const team = addTeam(backend.store);
    const insider = addPerson(backend.store, 'Trần Văn Nội', { unitId: unitIdOf(backend.store, 'VHXH') });
    const before = tableCounts(backend);
    const base = startInput(backend.store, version, team);
    const cases: [unknown, string, RegExp][] = [
      [{ ...base, team: [...base.team, { personId: insider, role: 'thanh_vien' }] }, 'team.3.personId', /Trần Văn Nội thuộc đơn vị được kiểm tra/],
      [{ ...base, team: base.team.filter((m) => m.role !== 'truong_doan') }, 'team', /đúng một trưởng đoàn/],
      [{ ...base, team: [...base.team, { personId: team.leaderId, role: 'thanh_vien' }] }, 'team.3.personId', /chỉ giữ một vai trò/],
      [{ ...base, endDate: '2027-01-02' }, 'endDate', /phải thuộc năm 2026/],
      [{ ...base, endDate: '2026-11-20' }, 'endDate', /không được trước ngày bắt đầu/],
      [{ ...base, decisionDate: '2026-12-01' }, 'decisionDate', /không được sau ngày bắt đầu/],
      [{ ...base, decisionNumber: '' }, 'decisionNumber', /Nhập số của quyết định/],
      [{ ...base, startDate: '2026-02-30' }, 'startDate', /không phải là ngày có thật/],
      [{ ...base, templateVersionId: draft.versionId }, 'templateVersionId', /không phải bản đang công bố/],
      [{ ...base, templateVersionId: iso.versionId }, 'templateVersionId', /dành cho ISO/],
      [{ ...base, representatives: [] }, 'representatives', /ít nhất một người đại diện/],
      [{ ...base, team: [{ personId: randomUUID(), role: 'truong_doan' }] }, 'team.0.personId', /Không tìm thấy cán bộ/],
    ];
    for (const [input, path, message] of cases) {
      const result = await backend.dispatch('audits.start', input);
      expect(result.ok, JSON.stringify(input).slice(0, 200)).toBe(false);
      if (!result.ok) expect(result.error.issues?.find((issue) => issue.path === path)?.message ?? `no issue at ${path}: ${JSON.stringify(result.error.issues)}`).toMatch(message);
    }
    expect(tableCounts(backend)).toEqual(before);
  });

  it('starts from the unit’s previous audit: its team and setting, no answers, its open findings listed', async () => {
    backend = await startTestBackend();
    const first = await startSampleAudit(backend, { overrides: { startDate: '2025-10-06', endDate: '2025-10-07', decisionDate: '2025-10-01', planDate: '2025-01-10' } });
    await backend.call('audits.saveResponse', { auditId: first.auditId, itemId: first.version.items['A.1']!, conformity: 'kph_nhe' });
    const open = await backend.call('findings.create', { auditId: first.auditId, findingClass: 'kph_nhe', description: 'Chưa lập phiếu xin lỗi cho hồ sơ trễ hạn', requiresAction: true });
    const closed = await backend.call('findings.create', { auditId: first.auditId, findingClass: 'diem_luu_y', description: 'Đã khắc phục', requiresAction: false });
    backend.store.sqlite.prepare(`update findings set status = 'closed' where id = ?`).run(closed.id);

    const baseline = await backend.call('audits.baseline', { unitId: unitIdOf(backend.store, 'VHXH'), kind: 'CCHC' });
    expect(baseline).toMatchObject({
      auditId: first.auditId,
      place: 'Trụ sở Phòng Văn hóa - Xã hội',
      suggestedTemplateVersionId: first.version.versionId,
      team: [
        { personId: first.team.leaderId, role: 'truong_doan' },
        { personId: first.team.memberId, role: 'thanh_vien' },
        { personId: first.team.secretaryId, role: 'thu_ky' },
      ],
      representatives: [{ fullName: 'Trần Thị Bích Ngọc', position: 'Trưởng phòng Văn hóa - Xã hội' }],
    });
    expect(baseline?.openFindings.map((f) => f.id)).toEqual([open.id]);
    expect(await backend.call('audits.baseline', { unitId: unitIdOf(backend.store, 'VHXH'), kind: 'ISO' })).toBeNull();

    const second = await backend.call('audits.start', {
      ...startInput(backend.store, first.version, first.team),
      team: baseline!.team,
      representatives: baseline!.representatives,
      baselineAuditId: first.auditId,
    });
    expect(second.baseline).toMatchObject({ id: first.auditId, openFindings: [{ id: open.id, number: 1, description: 'Chưa lập phiếu xin lỗi cho hồ sơ trễ hạn' }] });
    expect(second.answeredCount).toBe(0);
    const checklist = await backend.call('audits.checklist', { auditId: second.id });
    expect(checklist.sections.flatMap((s) => s.items).every((item) => item.response === null)).toBe(true);

    const otherUnit = await backend.dispatch('audits.start', {
      ...startInput(backend.store, first.version, first.team, { unitId: unitIdOf(backend.store, 'PVHCC') }),
      baselineAuditId: first.auditId,
    });
    expect(otherUnit).toMatchObject({ ok: false, error: { issues: [{ path: 'baselineAuditId' }] } });
  });
});

describe('the audits list and the audit header', () => {
  it('filters by year, kind, unit and status', async () => {
    backend = await startTestBackend();
    const a = await startSampleAudit(backend);
    const version = insertChecklistVersion(backend.store, { purpose: 'ISO' });
    const team = addTeam(backend.store);
    const iso = await backend.call('audits.start', {
      ...startInput(backend.store, version, team, { kind: 'ISO', unitId: unitIdOf(backend.store, 'PVHCC') }),
      title: 'Đánh giá nội bộ ISO 2025',
      startDate: '2025-05-05',
      endDate: '2025-05-06',
      decisionDate: '2025-04-20',
      planDate: '2025-01-10',
    });
    backend.store.db.update(audits).set({ status: 'closed' }).where(eq(audits.id, iso.id)).run();
    const ids = async (input: Parameters<TestBackend['call']>[1]) => (await backend.call('audits.list', input as never)).map((row) => row.id);
    expect(await ids({})).toEqual([a.auditId, iso.id]);
    expect(await ids({ year: 2026 })).toEqual([a.auditId]);
    expect(await ids({ kind: 'ISO' })).toEqual([iso.id]);
    expect(await ids({ unitId: unitIdOf(backend.store, 'VHXH') })).toEqual([a.auditId]);
    expect(await ids({ status: 'closed' })).toEqual([iso.id]);
    expect(await ids({ year: 2025, kind: 'CCHC' })).toEqual([]);
  });

  it('edits the header and team of an audit in progress, within its year', async () => {
    backend = await startTestBackend();
    const { auditId, team } = await startSampleAudit(backend);
    const deputy = addPerson(backend.store, 'Phạm Quốc Khánh', { unitId: unitIdOf(backend.store, 'KTHTDT'), position: 'Phó Trưởng phòng' });
    const updated = await backend.call('audits.update', {
      id: auditId,
      place: 'Hội trường UBND phường',
      unitComments: 'Đơn vị thống nhất với kết quả kiểm tra.',
      team: [
        { personId: team.leaderId, role: 'truong_doan' },
        { personId: deputy, role: 'pho_doan' },
        { personId: team.secretaryId, role: 'thu_ky' },
      ],
    });
    expect(updated).toMatchObject({ place: 'Hội trường UBND phường', unitComments: 'Đơn vị thống nhất với kết quả kiểm tra.', decisionNumber: '125/QĐ-UBND' });
    expect(updated.team.map((m) => m.role)).toEqual(['truong_doan', 'pho_doan', 'thu_ky']);
    const wrongYear = await backend.dispatch('audits.update', { id: auditId, endDate: '2027-01-03' });
    expect(wrongYear).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'endDate', message: 'Ngày kết thúc phải thuộc năm 2026 của cuộc kiểm tra' }] } });
    expect((await backend.call('audits.get', { id: auditId })).endDate).toBe('2026-11-25');
  });
});
