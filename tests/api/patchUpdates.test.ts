import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiContract } from '../../electron/shared/contract';
import type { MethodName } from '../../electron/shared/contract';
import { patchInputs } from '../../electron/shared/contract/patch';
import { programmeDocumentDefaults } from '../../electron/shared/contract/programme';
import { insertAuditWithFindings, insertPerson, unitIdByCode } from '../support/fixtures/actionsAudit';
import { startSampleAudit } from '../support/fixtures/auditsFixture';
import { staffTheWard } from '../support/fixtures/programmeStaff';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

/**
 * Every update-style method of the contract, found through the patch mechanism: an update changes
 * only the fields it names, and an update naming none is refused and changes nothing.
 */

type Values = Record<string, readonly [unknown, unknown]>;

interface PatchTarget {
  /** The keys that pick the record. */
  keys: Record<string, unknown>;
  /** Two non-default values for every field the update can name; any mix of them is valid. */
  values: Values;
  /** Fields this record cannot carry in its state, and so are left out. */
  notCarried?: string[];
  /** The stored record, with each field the update can name under its own name. */
  read(): Promise<object>;
}

type PatchCase = (b: TestBackend) => Promise<PatchTarget>;

const pick = (record: object, names: string[]) => Object.fromEntries(names.map((name) => [name, (record as Record<string, unknown>)[name]]));
const found = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('record not found');
  return value;
};

const wording = (variant: string) => ({
  ...programmeDocumentDefaults,
  purposes: [`Mục đích ${variant}`],
  cchcContent: `Nội dung CCHC ${variant}`,
  recipients: [`Nơi nhận ${variant}`, 'Lưu: VT'],
});

const cases: Record<string, PatchCase> = {
  'settings.update': async (b) => ({
    keys: {},
    values: {
      cchcCoveragePercent: [90, 80],
      isoSharePercent: [30, 40],
      isoRotationYears: [3, 5],
      correctiveActionDueDaysCchc: [20, 30],
      correctiveActionDueMonthsIso: [3, 4],
      dueSoonDays: [5, 10],
      evidenceMaxMegabytes: [30, 40],
      schedulingMonths: [[3, 4, 5], [6, 7]],
      inspectionTeamSize: [4, 5],
      isoTeamRequiresTrainedAuditors: [false, true],
      isoRiskPullForwardYears: [2, 3],
      programmeDocument: [wording('A'), wording('B')],
      includePublicServiceUnits: [true, false],
      reportingBasis: ['calendar', 'cutoff'],
      reportingCutoffDay: [20, 15],
      monthlyReports: [false, true],
      timestampServerUrl: ['http://tsa.ca.gov.vn', 'https://tsa.example.vn/tsr'],
      isoFirstEvaluationWithinYears: [2, 3],
    },
    read: async () => b.call('settings.get', {}),
  }),
  'organization.update': async (b) => ({
    keys: {},
    values: {
      superiorBodyName: ['UBND TỈNH HÀ TĨNH', 'UBND TỈNH NGHỆ AN'],
      bodyName: ['UBND PHƯỜNG A', 'UBND PHƯỜNG B'],
      bodyShortCode: ['UBND-A', 'UBND-B'],
      placeName: ['Hồng Lĩnh', 'Vinh'],
      chairName: ['Nguyễn Văn A', 'Trần Thị B'],
      chairTitle: ['CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    },
    read: async () => b.call('organization.get', {}),
  }),
  'units.update': async (b) => {
    const unit = await b.call('units.create', { code: 'TYT', name: 'Trạm Y tế', category: 'don_vi_su_nghiep' });
    const heads = [insertPerson(b.store, 'Người đứng đầu A'), insertPerson(b.store, 'Người đứng đầu B')] as const;
    return {
      keys: { id: unit.id },
      values: {
        code: ['TYT-A', 'TYT-B'],
        name: ['Trạm Y tế A', 'Trạm Y tế B'],
        shortName: ['TYT A', 'TYT B'],
        category: ['to_chuc_hanh_chinh', 'co_quan_chuyen_mon'],
        inCchcScope: [false, true],
        isoApplying: [false, true],
        headPersonId: heads,
      },
      read: async () => b.call('units.get', { id: unit.id }),
    };
  },
  'people.update': async (b) => {
    const person = await b.call('people.create', { fullName: 'Nguyễn Văn Đức' });
    return {
      keys: { id: person.id },
      values: {
        fullName: ['Nguyễn Văn A', 'Nguyễn Văn B'],
        unitId: [unitIdByCode(b.store, 'VP'), unitIdByCode(b.store, 'VHXH')],
        position: ['Chuyên viên', 'Trưởng phòng'],
        phone: ['0912 345 678', '0987 654 321'],
        email: ['a@hatinh.gov.vn', 'b@hatinh.gov.vn'],
        // A certificate needs a trained auditor, so training stays on.
        auditorTrained: [true, true],
        auditorCertNumber: ['CC-01', 'CC-02'],
        auditorCertDate: ['2025-01-10', '2024-06-01'],
        auditorCertIssuer: ['Trung tâm A', 'Trung tâm B'],
        mayLead: [true, false],
      },
      read: async () => b.call('people.get', { id: person.id }),
    };
  },
  'profiles.update': async (b) => {
    const profile = found((await b.call('profiles.list', {}))[0]);
    return {
      keys: { id: profile.id },
      values: {
        fullName: ['Người dùng A', 'Người dùng B'],
        position: ['Chuyên viên', 'Trưởng phòng'],
        unitId: [unitIdByCode(b.store, 'VP'), unitIdByCode(b.store, 'VHXH')],
      },
      read: async () => found((await b.call('profiles.list', {})).find((p) => p.id === profile.id)),
    };
  },
  'holidays.update': async (b) => {
    const holiday = await b.call('holidays.create', { date: '2026-12-01', name: 'Ngày nghỉ thử' });
    return {
      keys: { id: holiday.id },
      values: { date: ['2026-12-02', '2026-12-03'], name: ['Nghỉ A', 'Nghỉ B'] },
      read: async () => found((await b.call('holidays.list', { year: 2026 })).find((h) => h.id === holiday.id)),
    };
  },
  'reports.update': async (b) => {
    const report = await b.call('reports.create', { kind: 'cchc', period: { kind: 'quarter', year: 2026, quarter: 1 } });
    const texts = (variant: string) => ({ assessment: `Đánh giá ${variant}`, causes: `Nguyên nhân ${variant}`, nextTasks: `Nhiệm vụ ${variant}`, recommendations: `Kiến nghị ${variant}`, recipients: [`Nơi nhận ${variant}`] });
    return {
      keys: { id: report.id },
      values: { period: [{ kind: 'year', year: 2026 }, { kind: 'sixMonths', year: 2025 }], texts: [texts('A'), texts('B')] },
      read: async () => b.call('reports.get', { id: report.id }),
    };
  },
  'legalBases.update': async (b) => {
    const basis = await b.call('legalBases.create', { text: 'Quyết định số 01/QĐ-UBND năm {năm}', documentKinds: ['plan'] });
    return {
      keys: { id: basis.id },
      values: { text: ['Quyết định số 02/QĐ-UBND', 'Quyết định số 03/QĐ-UBND'], documentKinds: [['cchc_minutes'], ['iso_minutes', 'report']] },
      read: async () => found((await b.call('legalBases.list', {})).find((row) => row.id === basis.id)),
    };
  },
  'programme.update': async (b) => {
    await staffTheWard(b);
    const programme = await b.call('programme.generate', { year: 2026 });
    return {
      keys: { id: programme.id },
      values: { title: ['Kế hoạch A', 'Kế hoạch B'], documentNumber: ['05', '07'] },
      read: async () => found((await b.call('programme.get', { year: 2026 })) ?? undefined),
    };
  },
  'programme.updateEntry': async (b) => {
    const staff = await staffTheWard(b);
    const programme = await b.call('programme.generate', { year: 2026 });
    const entry = found(programme.entries[0]);
    const team = (leader: string, member: string) => [
      { personId: staff[leader]!, role: 'truong_doan' },
      { personId: staff[member]!, role: 'thanh_vien' },
    ];
    return {
      keys: { id: entry.id },
      values: {
        kind: ['ISO', 'CCHC'],
        unitId: [unitIdByCode(b.store, 'PVHCC'), unitIdByCode(b.store, 'DVTH')],
        date: ['2026-10-06', '2026-10-07'],
        content: ['Nội dung A', 'Nội dung B'],
        team: [team('Nguyễn Văn An', 'Trần Thị Bình'), team('Lê Văn Cường', 'Phạm Thị Dung')],
      },
      read: async () => {
        const current = found(found((await b.call('programme.get', { year: 2026 })) ?? undefined).entries.find((e) => e.id === entry.id));
        return { ...current, team: current.team.map((m) => ({ personId: m.personId, role: m.role })) };
      },
    };
  },
  'actions.update': async (b) => {
    const unitId = unitIdByCode(b.store, 'VHXH');
    const audit = insertAuditWithFindings(b.store, { kind: 'CCHC', unitCode: 'VHXH', startDate: '2026-03-02', endDate: '2026-03-03', findings: [{ description: 'Phát hiện' }] });
    const action = await b.call('actions.create', { findingId: found(audit.findingIds[0]), ownerUnitId: unitId });
    return {
      keys: { id: action.id },
      values: {
        ownerUnitId: [unitIdByCode(b.store, 'VP'), unitId],
        ownerPersonId: [insertPerson(b.store, 'Chủ trì A'), insertPerson(b.store, 'Chủ trì B')],
        correction: ['Khắc phục A', 'Khắc phục B'],
        rootCause: ['Nguyên nhân A', 'Nguyên nhân B'],
        fiveWhys: [['Vì A'], ['Vì B', 'Vì C']],
        actionPlan: ['Kế hoạch A', 'Kế hoạch B'],
        dueDate: ['2026-04-01', '2026-04-15'],
      },
      // Completion evidence is written once implementation starts, and the due date is then fixed.
      notCarried: ['completionEvidence'],
      read: async () => b.call('actions.get', { id: action.id }),
    };
  },
  'audits.update': async (b) => {
    const { auditId, team } = await startSampleAudit(b);
    const teamOf = (first: string, second: string) => [
      { personId: team.leaderId, role: 'truong_doan' },
      { personId: first, role: 'thanh_vien' },
      { personId: second, role: 'thu_ky' },
    ];
    return {
      keys: { id: auditId },
      values: {
        title: ['Cuộc kiểm tra A', 'Cuộc kiểm tra B'],
        startDate: ['2026-11-23', '2026-11-20'],
        endDate: ['2026-11-26', '2026-11-27'],
        place: ['Địa điểm A', 'Địa điểm B'],
        decisionNumber: ['01/QĐ-UBND', '02/QĐ-UBND'],
        decisionDate: ['2026-11-09', '2026-11-05'],
        planNumber: ['01/KH-UBND', '02/KH-UBND'],
        planDate: ['2026-01-16', '2026-01-20'],
        objective: ['Mục tiêu A', 'Mục tiêu B'],
        scope: ['Phạm vi A', 'Phạm vi B'],
        criteria: ['Chuẩn mực A', 'Chuẩn mực B'],
        unitComments: ['Ý kiến A', 'Ý kiến B'],
        conclusion: ['Kết luận A', 'Kết luận B'],
        team: [teamOf(team.memberId, team.secretaryId), teamOf(team.secretaryId, team.memberId)],
        representatives: [[{ fullName: 'Đại diện A', position: 'Trưởng phòng', personId: null }], [{ fullName: 'Đại diện B', position: 'Phó phòng', personId: null }]],
      },
      // The time an inspection ended is recorded once it has ended (tests/api/closingAndDating.test.ts).
      notCarried: ['endedTime'],
      read: async () => {
        const audit = await b.call('audits.get', { id: auditId });
        return {
          ...audit,
          team: audit.team.map((m) => ({ personId: m.personId, role: m.role })),
          representatives: audit.representatives.map((r) => ({ fullName: r.fullName, position: r.position, personId: r.personId })),
        };
      },
    };
  },
  'audits.saveResponse': async (b) => {
    const { auditId, version } = await startSampleAudit(b);
    const itemId = found(version.items['A.1']);
    return {
      keys: { auditId, itemId },
      values: {
        conformity: ['kph_nhe', 'phu_hop'],
        note: ['Ghi chú A', 'Ghi chú B'],
        notApplicableReason: ['Lý do A', 'Lý do B'],
      },
      // A conformity item takes no number, yes/no or text answer.
      notCarried: ['numericValue', 'yesNo', 'textValue'],
      read: async () => {
        const checklist = await b.call('audits.checklist', { auditId });
        const item = found(checklist.sections.flatMap((s) => s.items).find((i) => i.id === itemId));
        return { ...item.response };
      },
    };
  },
  'findings.update': async (b) => {
    const audit = insertAuditWithFindings(b.store, { kind: 'ISO', unitCode: 'VHXH', startDate: '2026-03-02', endDate: '2026-03-03', findings: [{ description: 'Phát hiện' }] });
    const findingId = found(audit.findingIds[0]);
    return {
      keys: { id: findingId },
      values: {
        findingClass: ['kph_nang', 'kph_nhe'],
        reference: ['8.5.1', '7.5'],
        description: ['Mô tả A', 'Mô tả B'],
        requirement: ['Yêu cầu A', 'Yêu cầu B'],
        evidenceText: ['Bằng chứng A', 'Bằng chứng B'],
        requiresAction: [false, true],
      },
      read: async () => found((await b.call('findings.list', { auditId: audit.auditId })).find((f) => f.id === findingId)),
    };
  },
  'checklists.updateTemplate': async (b) => {
    const template = await b.call('checklists.createTemplate', { code: 'DM-THU', name: 'Danh mục thử', purpose: 'CCHC' });
    return {
      keys: { id: template.id },
      values: { code: ['DM-A', 'DM-B'], name: ['Danh mục A', 'Danh mục B'], description: ['Mô tả A', 'Mô tả B'] },
      read: async () => b.call('checklists.getTemplate', { id: template.id }),
    };
  },
  'checklists.updateDraft': async (b) => {
    const template = await b.call('checklists.createTemplate', { code: 'DM-THU', name: 'Danh mục thử', purpose: 'CCHC' });
    const versionId = found(template.versions[0]).id;
    return {
      keys: { id: versionId },
      values: { year: [2027, 2028] },
      read: async () => (await b.call('checklists.getVersion', { id: versionId })).version,
    };
  },
  'checklists.updateSection': async (b) => {
    const template = await b.call('checklists.createTemplate', { code: 'DM-THU', name: 'Danh mục thử', purpose: 'CCHC' });
    const versionId = found(template.versions[0]).id;
    const section = await b.call('checklists.addSection', { versionId, code: 'I', title: 'Phần I' });
    return {
      keys: { id: section.id },
      values: { code: ['A', 'B'], title: ['Phần A', 'Phần B'] },
      read: async () => found((await b.call('checklists.getVersion', { id: versionId })).sections.find((s) => s.id === section.id)),
    };
  },
  'checklists.updateItem': async (b) => {
    const template = await b.call('checklists.createTemplate', { code: 'DM-THU', name: 'Danh mục thử', purpose: 'CCHC' });
    const versionId = found(template.versions[0]).id;
    const section = await b.call('checklists.addSection', { versionId, code: 'I', title: 'Phần I' });
    const item = await b.call('checklists.addItem', { sectionId: section.id, code: '1', question: 'Câu hỏi', answerType: 'conformity' });
    return {
      keys: { id: item.id },
      values: {
        code: ['1.A', '1.B'],
        reference: ['1.1', '1.2'],
        referenceTitle: ['Chỉ tiêu A', 'Chỉ tiêu B'],
        question: ['Câu hỏi A', 'Câu hỏi B'],
        guidance: ['Hướng dẫn A', 'Hướng dẫn B'],
        evidenceHint: ['Bằng chứng A', 'Bằng chứng B'],
        // A numeric indicator needs its comparator and threshold, so the item stays numeric.
        answerType: ['numeric', 'numeric'],
        numericUnit: ['%', 'lần'],
        comparator: ['>=', '<'],
        threshold: [95, 60],
        points: [2, 3],
        evidenceRequired: [true, false],
        usuallyNotApplicable: [true, false],
        notApplicableHint: ['Lý do A', 'Lý do B'],
      },
      read: async () => found((await b.call('checklists.getVersion', { id: versionId })).sections.flatMap((s) => s.items).find((i) => i.id === item.id)),
    };
  },
};

const updateMethods = (Object.keys(apiContract) as MethodName[]).filter((method) => patchInputs.has(apiContract[method].input));

describe('every update changes only the fields it names', () => {
  it('finds every update-style method through the patch mechanism, and has a case for each', () => {
    const namedUpdates = (Object.keys(apiContract) as MethodName[]).filter((method) => /\.update/.test(method) || method === 'audits.saveResponse');
    expect(updateMethods).toEqual(expect.arrayContaining(namedUpdates));
    expect(Object.keys(cases).sort()).toEqual([...updateMethods].sort());
  });

  it("saving the plan's wording keeps the ISO share and the other settings changed since", async () => {
    const backend = await startTestBackend();
    try {
      await backend.call('settings.update', { isoSharePercent: 40, includePublicServiceUnits: true });
      const before = await backend.call('settings.get', {});
      const after = await backend.call('settings.update', { programmeDocument: wording('mới') });
      expect(after).toEqual({ ...before, programmeDocument: wording('mới') });
      expect(after.isoSharePercent).toBe(40);
      expect(after.includePublicServiceUnits).toBe(true);
    } finally {
      backend.close();
    }
  });

  describe.each(updateMethods)('%s', (method) => {
    let backend: TestBackend;
    let target: PatchTarget;
    const fieldsOf = () => Object.keys(target.values);
    beforeAll(async () => {
      backend = await startTestBackend({ now: () => new Date('2026-03-10T02:00:00Z') });
      target = await found(cases[method])(backend);
    });
    afterAll(() => backend?.close());

    it('names every field the update accepts', () => {
      const schema = apiContract[method].input as unknown as { shape: Record<string, unknown> };
      const keys = found(patchInputs.get(apiContract[method].input)).keys;
      expect([...fieldsOf(), ...(target.notCarried ?? [])].sort()).toEqual(Object.keys(schema.shape).filter((name) => !keys.includes(name)).sort());
    });

    it('after every field is set, an update of one field leaves all the others as they were', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...fieldsOf()), fc.constantFrom(0, 1), async (field, variant) => {
          const everything = Object.fromEntries(fieldsOf().map((name) => [name, found(target.values[name])[variant]]));
          const full = await backend.dispatch(method, { ...target.keys, ...everything });
          expect(full, JSON.stringify(full)).toMatchObject({ ok: true });
          const before = pick(await target.read(), fieldsOf());
          for (const name of fieldsOf()) expect(before[name], name).toEqual(everything[name]);

          const value = found(target.values[field])[1 - variant];
          const one = await backend.dispatch(method, { ...target.keys, [field]: value });
          expect(one, JSON.stringify(one)).toMatchObject({ ok: true });
          const after = pick(await target.read(), fieldsOf());
          expect(after).toEqual({ ...before, [field]: value });
        }),
        { numRuns: 12 },
      );
    });

    it('refuses an update that names no field with VALIDATION, and changes nothing', async () => {
      const before = await target.read();
      for (const input of [target.keys, { ...target.keys, [found(fieldsOf()[0])]: undefined }]) {
        const result = await backend.dispatch(method, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('Không có thay đổi nào để lưu') } });
      }
      expect(await target.read()).toEqual(before);
    });
  });
});
