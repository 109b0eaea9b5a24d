import fs from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { evidencePath } from '../../electron/backend/modules/evidence/evidenceFiles';
import type { ActionDetail } from '../../electron/shared/contract/actions';
import { loadLanguage } from '../../electron/shared/i18n/catalog';
import { localizeError } from '../../electron/shared/i18n/localizeError';
import { findingStatus, insertAuditWithFindings, insertPerson, unitIdByCode } from '../support/fixtures/actionsAudit';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

/** 10/03/2026 09:00 in Hà Nội. */
let clock = new Date('2026-03-10T02:00:00Z');

async function start() {
  clock = new Date('2026-03-10T02:00:00Z');
  backend = await startTestBackend({ now: () => clock });
  const unitId = unitIdByCode(backend.store, 'VHXH');
  const owner = insertPerson(backend.store, 'Trần Thị Bích Ngọc', unitId, 'Trưởng phòng');
  const verifier = insertPerson(backend.store, 'Nguyễn Văn Đức', null, 'Phó Chủ tịch UBND phường');
  const iso = insertAuditWithFindings(backend.store, {
    kind: 'ISO',
    unitCode: 'VHXH',
    startDate: '2026-02-24',
    endDate: '2026-02-25',
    findings: [
      { findingClass: 'kph_nhe', description: 'Hồ sơ TTHC chưa được lưu theo quy định' },
      { findingClass: 'kph_nang', description: 'Chưa thực hiện đánh giá nội bộ năm 2025' },
    ],
  });
  const cchc = insertAuditWithFindings(backend.store, {
    kind: 'CCHC',
    unitCode: 'VHXH',
    startDate: '2026-03-02',
    endDate: '2026-03-03',
    findings: [{ description: 'Chưa công khai kết quả giải quyết TTHC' }],
  });
  return { unitId, owner, verifier, iso, cchc };
}

/** Creates an action and takes it to the status named, with what each gate needs. */
async function actionAt(fixture: Awaited<ReturnType<typeof start>>, findingId: string, status: 'moi' | 'dang_thuc_hien' | 'cho_xac_minh'): Promise<ActionDetail> {
  let action = await backend.call('actions.create', {
    findingId,
    ownerUnitId: fixture.unitId,
    ownerPersonId: fixture.owner,
    correction: 'Đã sắp xếp lại hồ sơ tháng 02/2026',
    rootCause: 'Chưa phân công người lưu hồ sơ',
    actionPlan: 'Phân công công chức lưu hồ sơ và kiểm tra hằng tuần',
  });
  if (status === 'moi') return action;
  action = await backend.call('actions.move', { id: action.id, to: 'da_phan_tich' });
  action = await backend.call('actions.move', { id: action.id, to: 'dang_thuc_hien' });
  if (status === 'dang_thuc_hien') return action;
  await backend.call('actions.update', { id: action.id, completionEvidence: 'Sổ lưu hồ sơ có chữ ký của người được phân công' });
  return backend.call('actions.move', { id: action.id, to: 'cho_xac_minh', comment: 'Đã hoàn thành' });
}

describe('corrective actions', () => {
  it('defaults the due date from the audit kind through the settings: 2 months for ISO, 15 days for CCHC', async () => {
    const fixture = await start();
    const iso = await backend.call('actions.defaults', { findingId: fixture.iso.findingIds[0]! });
    expect(iso).toMatchObject({ kind: 'ISO', basisDate: '2026-02-25', dueDate: '2026-04-25', ownerUnitId: fixture.unitId });
    const cchc = await backend.call('actions.defaults', { findingId: fixture.cchc.findingIds[0]! });
    expect(cchc).toMatchObject({ kind: 'CCHC', basisDate: '2026-03-03', dueDate: '2026-03-18' });

    await backend.call('settings.update', { correctiveActionDueDaysCchc: 30, correctiveActionDueMonthsIso: 1 });
    const created = await backend.call('actions.create', { findingId: fixture.cchc.findingIds[0]!, ownerUnitId: fixture.unitId });
    expect(created.dueDate).toBe('2026-04-02');
    expect((await backend.call('actions.defaults', { findingId: fixture.iso.findingIds[0]! })).dueDate).toBe('2026-03-25');
  });

  it('counts from the finding when it was recorded after the audit ended', async () => {
    const fixture = await start();
    const late = insertAuditWithFindings(backend.store, {
      kind: 'CCHC',
      unitCode: 'VHXH',
      startDate: '2026-03-02',
      endDate: '2026-03-03',
      findings: [{ description: 'Ghi nhận bổ sung sau buổi kiểm tra', recordedAt: '2026-03-05T18:30:00Z' }],
    });
    // 18:30 UTC on 05/03 is 01:30 on 06/03 in Hà Nội.
    expect(await backend.call('actions.defaults', { findingId: late.findingIds[0]! })).toMatchObject({ findingDate: '2026-03-06', basisDate: '2026-03-06', dueDate: '2026-03-21' });
    expect(fixture.unitId).toBeTruthy();
  });

  it('moves through every status to closed, recording who, when and why, and closes the finding', async () => {
    const fixture = await start();
    const findingId = fixture.iso.findingIds[0]!;
    let action = await backend.call('actions.create', {
      findingId,
      ownerUnitId: fixture.unitId,
      ownerPersonId: fixture.owner,
      correction: 'Đã sắp xếp lại hồ sơ',
      fiveWhys: ['Hồ sơ bị thất lạc', 'Không có nơi lưu chung', 'Chưa có quy định lưu', 'Chưa phân công người lưu'],
      rootCause: 'Chưa phân công người lưu hồ sơ',
    });
    expect(action).toMatchObject({ status: 'moi', dueDate: '2026-04-25', dueState: 'on_track', ownerPersonName: 'Trần Thị Bích Ngọc' });
    expect(action.fiveWhys).toHaveLength(4);

    action = await backend.call('actions.move', { id: action.id, to: 'da_phan_tich', comment: 'Đã họp phòng phân tích' });
    action = await backend.call('actions.update', { id: action.id, actionPlan: 'Phân công công chức lưu hồ sơ, kiểm tra hằng tuần' });
    clock = new Date('2026-03-12T03:00:00Z');
    action = await backend.call('actions.move', { id: action.id, to: 'dang_thuc_hien' });
    action = await backend.call('actions.update', { id: action.id, completionEvidence: 'Quyết định phân công số 12/QĐ-UBND' });
    action = await backend.call('actions.move', { id: action.id, to: 'cho_xac_minh' });
    expect(action.dueState).toBe('awaiting_verification');
    expect(findingStatus(backend.store, findingId)).toBe('open');
    action = await backend.call('actions.move', {
      id: action.id,
      to: 'da_xac_minh_hieu_qua',
      verifierPersonId: fixture.verifier,
      verificationDate: '2026-03-12',
      comment: 'Đã kiểm tra sổ lưu: đạt',
    });
    expect(action).toMatchObject({ status: 'da_xac_minh_hieu_qua', dueState: 'closed', verifierName: 'Nguyễn Văn Đức', verificationResult: 'hieu_qua', closedOn: '2026-03-12', ageDays: 2 });
    expect(findingStatus(backend.store, findingId)).toBe('closed');

    expect(action.history.map((e) => [e.fromStatus, e.toStatus, e.actorName])).toEqual([
      [null, 'moi', 'Nguyễn Thị Kiểm Tra'],
      ['moi', 'da_phan_tich', 'Nguyễn Thị Kiểm Tra'],
      ['da_phan_tich', 'dang_thuc_hien', 'Nguyễn Thị Kiểm Tra'],
      ['dang_thuc_hien', 'cho_xac_minh', 'Nguyễn Thị Kiểm Tra'],
      ['cho_xac_minh', 'da_xac_minh_hieu_qua', 'Nguyễn Thị Kiểm Tra'],
    ]);
    expect(action.history[1]).toMatchObject({ comment: 'Đã họp phòng phân tích', at: '2026-03-10T02:00:00.000Z' });
    expect(action.history[4]).toMatchObject({ at: '2026-03-12T03:00:00.000Z', details: { verifierName: 'Nguyễn Văn Đức', verificationDate: '2026-03-12' } });

    const log = await backend.call('changeLog.list', { entity: 'corrective_action', entityId: action.id });
    expect(log.map((entry) => entry.method)).toEqual([
      'actions.move',
      'actions.move',
      'actions.update',
      'actions.move',
      'actions.update',
      'actions.move',
      'actions.create',
    ]);
    // Each move logs only what it changed: the verification its verifier, date, result and closing; a plain move its status.
    expect(log[0]?.changes).toEqual({
      verifierPersonId: [null, fixture.verifier],
      verificationDate: [null, '2026-03-12'],
      verificationResult: [null, 'hieu_qua'],
      closedAt: [null, '2026-03-12T03:00:00.000Z'],
      status: ['cho_xac_minh', 'da_xac_minh_hieu_qua'],
      comment: 'Đã kiểm tra sổ lưu: đạt',
    });
    expect(log[1]?.changes).toEqual({ status: ['dang_thuc_hien', 'cho_xac_minh'], comment: '' });
    expect(log[5]?.changes).toEqual({ status: ['moi', 'da_phan_tich'], comment: 'Đã họp phòng phân tích' });
    const findingLog = await backend.call('changeLog.list', { entity: 'finding', entityId: findingId });
    expect(findingLog[0]?.changes).toEqual({ status: ['open', 'closed'] });
  });

  it('sends an ineffective action back to implementation with a new due date, in two recorded moves', async () => {
    const fixture = await start();
    const waiting = await actionAt(fixture, fixture.iso.findingIds[0]!, 'cho_xac_minh');
    const reopened = await backend.call('actions.move', {
      id: waiting.id,
      to: 'khong_hieu_qua',
      verifierPersonId: fixture.verifier,
      verificationDate: '2026-03-10',
      newDueDate: '2026-04-30',
      comment: 'Sổ lưu vẫn thiếu hồ sơ tháng 3',
    });
    expect(reopened).toMatchObject({ status: 'dang_thuc_hien', dueDate: '2026-04-30', verificationResult: 'khong_hieu_qua', closedOn: null });
    expect(reopened.history.slice(-2)).toEqual([
      expect.objectContaining({ fromStatus: 'cho_xac_minh', toStatus: 'khong_hieu_qua', comment: 'Sổ lưu vẫn thiếu hồ sơ tháng 3', details: { verifierName: 'Nguyễn Văn Đức', verificationDate: '2026-03-10' } }),
      expect.objectContaining({ fromStatus: 'khong_hieu_qua', toStatus: 'dang_thuc_hien', details: { dueDate: '2026-04-30', previousDueDate: '2026-04-25' } }),
    ]);
    expect(reopened.history.at(-1)?.comment).toBe('');
    const [logged] = await backend.call('changeLog.list', { entity: 'corrective_action', entityId: waiting.id });
    expect(logged?.changes).toEqual({
      verifierPersonId: [null, fixture.verifier],
      verificationDate: [null, '2026-03-10'],
      verificationResult: [null, 'khong_hieu_qua'],
      dueDate: ['2026-04-25', '2026-04-30'],
      status: ['cho_xac_minh', 'dang_thuc_hien'],
      comment: 'Sổ lưu vẫn thiếu hồ sơ tháng 3',
    });
    expect(findingStatus(backend.store, fixture.iso.findingIds[0]!)).toBe('open');
  });

  it('closes a finding only when all its actions are verified effective, and reopens it for a new action', async () => {
    const fixture = await start();
    const findingId = fixture.iso.findingIds[1]!;
    const first = await actionAt(fixture, findingId, 'cho_xac_minh');
    const second = await actionAt(fixture, findingId, 'cho_xac_minh');
    const verify = { to: 'da_xac_minh_hieu_qua' as const, verifierPersonId: fixture.verifier, verificationDate: '2026-03-10' };
    await backend.call('actions.move', { id: first.id, ...verify });
    expect(findingStatus(backend.store, findingId)).toBe('open');
    await backend.call('actions.move', { id: second.id, ...verify });
    expect(findingStatus(backend.store, findingId)).toBe('closed');

    const third = await backend.call('actions.create', { findingId, ownerUnitId: fixture.unitId });
    expect(findingStatus(backend.store, findingId)).toBe('open');
    await backend.call('actions.delete', { id: third.id });
    expect(findingStatus(backend.store, findingId)).toBe('closed');

    const audit = await backend.call('actions.byAudit', { auditId: fixture.iso.auditId });
    expect(audit).toMatchObject({ kind: 'ISO', unitName: 'Phòng Văn hóa - Xã hội', openActions: 0, closedActions: 2 });
    expect(audit.findings.map((f) => [f.number, f.status, f.actions.length])).toEqual([
      [1, 'open', 0],
      [2, 'closed', 2],
    ]);
  });

  it('refuses a forbidden move, a verifier who is the owner and a due date before the finding, changing nothing', async () => {
    const fixture = await start();
    const fresh = await actionAt(fixture, fixture.iso.findingIds[0]!, 'moi');
    const waiting = await actionAt(fixture, fixture.iso.findingIds[1]!, 'cho_xac_minh');
    const snapshot = async () => ({
      fresh: await backend.call('actions.get', { id: fresh.id }),
      waiting: await backend.call('actions.get', { id: waiting.id }),
      log: await backend.call('changeLog.list', { limit: 1000 }),
      findings: fixture.iso.findingIds.map((id) => findingStatus(backend.store, id)),
    });
    const before = await snapshot();

    const forbidden = await backend.dispatch('actions.move', { id: fresh.id, to: 'cho_xac_minh' });
    expect(forbidden).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Không thể chuyển hành động khắc phục từ "Mới" sang "Chờ xác minh".',
        issues: [{ path: 'to', message: 'Không thể chuyển hành động khắc phục từ "Mới" sang "Chờ xác minh".' }],
      },
    });

    const ownVerification = await backend.dispatch('actions.move', { id: waiting.id, to: 'da_xac_minh_hieu_qua', verifierPersonId: fixture.owner, verificationDate: '2026-03-10' });
    expect(ownVerification).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'verifierPersonId', message: 'Người xác minh phải khác người chịu trách nhiệm thực hiện hành động.' }] },
    });

    const unknownVerifier = await backend.dispatch('actions.move', { id: waiting.id, to: 'da_xac_minh_hieu_qua', verifierPersonId: randomUUID(), verificationDate: '2026-03-10' });
    expect(unknownVerifier).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'verifierPersonId' }] } });

    const ownAndUndated = await backend.dispatch('actions.move', { id: waiting.id, to: 'da_xac_minh_hieu_qua', verifierPersonId: fixture.owner });
    expect(ownAndUndated).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Người xác minh phải khác người chịu trách nhiệm thực hiện hành động. Cần ghi ngày xác minh.' },
    });
    const unknownUnit = await backend.dispatch('actions.create', { findingId: fixture.iso.findingIds[0]!, ownerUnitId: randomUUID(), dueDate: '2026-04-25' });
    expect(unknownUnit).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'ownerUnitId' }] } });

    const noDate = await backend.dispatch('actions.move', { id: waiting.id, to: 'da_xac_minh_hieu_qua', verifierPersonId: fixture.verifier });
    expect(noDate).toMatchObject({ ok: false, error: { issues: [{ path: 'verificationDate', message: 'Cần ghi ngày xác minh.' }] } });

    const early = await backend.dispatch('actions.update', { id: fresh.id, dueDate: '2026-02-24' });
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Hạn hoàn thành không được trước ngày ghi nhận phát hiện.', issues: [{ path: 'dueDate' }] } });
    const earlyCreate = await backend.dispatch('actions.create', { findingId: fixture.iso.findingIds[0]!, ownerUnitId: fixture.unitId, dueDate: '2026-01-01' });
    expect(earlyCreate).toMatchObject({ ok: false, error: { issues: [{ path: 'dueDate', message: 'Hạn hoàn thành không được trước ngày ghi nhận phát hiện.' }] } });

    const notADate = await backend.dispatch('actions.create', { findingId: fixture.iso.findingIds[0]!, ownerUnitId: fixture.unitId, dueDate: '2026-02-30' });
    expect(notADate).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'dueDate', message: 'Hạn hoàn thành không phải là ngày có thật' }] } });
    const noPlan = await backend.dispatch('actions.move', { id: (await actionAt(fixture, fixture.cchc.findingIds[0]!, 'moi')).id, to: 'da_phan_tich' });
    expect(noPlan.ok).toBe(true);

    const lockedEdit = await backend.dispatch('actions.update', { id: waiting.id, completionEvidence: 'Sửa sau khi đã gửi' });
    expect(lockedEdit).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Không sửa được "Bằng chứng hoàn thành" khi hành động đang ở trạng thái "Chờ xác minh".' } });
    // A locked field and a form problem in one edit: the lock makes it a conflict, and both are said.
    const lockedAndEarly = await backend.dispatch('actions.update', { id: waiting.id, dueDate: '2026-02-24' });
    expect(lockedAndEarly).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Không sửa được "Hạn hoàn thành" khi hành động đang ở trạng thái "Chờ xác minh". Hạn hoàn thành không được trước ngày ghi nhận phát hiện.',
        issues: [
          { path: 'dueDate', message: 'Không sửa được "Hạn hoàn thành" khi hành động đang ở trạng thái "Chờ xác minh".' },
          { path: 'dueDate', message: 'Hạn hoàn thành không được trước ngày ghi nhận phát hiện.' },
        ],
      },
    });
    const started = await backend.dispatch('actions.delete', { id: waiting.id });
    expect(started).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Chỉ xóa được hành động khắc phục ở trạng thái "Mới"; hành động này đang "Chờ xác minh".' },
    });
    await loadLanguage('en');
    if (started.ok) throw new Error('expected a refusal');
    expect(localizeError(started.error, 'en').message).toBe('Only corrective actions in the status "New" can be deleted; this one is "Awaiting verification".');

    const after = await snapshot();
    expect(after.fresh).toEqual(before.fresh);
    expect(after.waiting).toEqual(before.waiting);
    expect(after.findings).toEqual(before.findings);
    // Only the one allowed move above was logged, with its action's creation.
    expect(after.log.length - before.log.length).toBe(2);
  });

  it('refuses an owner or verifier who is not in the people directory', async () => {
    const fixture = await start();
    const missing = '00000000-0000-4000-8000-000000000000';
    const result = await backend.dispatch('actions.create', { findingId: fixture.iso.findingIds[0]!, ownerUnitId: fixture.unitId, ownerPersonId: missing });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'ownerPersonId' }] } });
    // A verifier named on a move that is not a verification is still checked, and the refused move changes nothing.
    const analysed = await actionAt(fixture, fixture.iso.findingIds[1]!, 'moi');
    const staleVerifier = await backend.dispatch('actions.move', { id: analysed.id, to: 'da_phan_tich', verifierPersonId: missing });
    expect(staleVerifier).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'verifierPersonId' }] } });
    expect((await backend.call('actions.get', { id: analysed.id })).status).toBe('moi');
    const noFinding = await backend.dispatch('actions.create', { findingId: missing, ownerUnitId: fixture.unitId });
    expect(noFinding).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy phát hiện.' } });
    expect((await backend.call('actions.board', { status: 'all' })).rows.map((row) => row.id)).toEqual([analysed.id]);
  });

  it('lists a unit’s own actions, and the audits that have findings', async () => {
    const fixture = await start();
    await actionAt(fixture, fixture.iso.findingIds[0]!, 'moi');
    const otherUnit = unitIdByCode(backend.store, 'VP');
    await backend.call('actions.create', { findingId: fixture.cchc.findingIds[0]!, ownerUnitId: otherUnit });
    expect((await backend.call('actions.byUnit', { unitId: fixture.unitId })).map((a) => a.findingDescription)).toEqual(['Hồ sơ TTHC chưa được lưu theo quy định']);
    expect((await backend.call('actions.byUnit', { unitId: otherUnit })).map((a) => a.auditKind)).toEqual(['CCHC']);
    const audits = await backend.call('actions.audits', { year: 2026 });
    expect(audits.map((a) => [a.kind, a.findingCount, a.openActions, a.closedActions])).toEqual([
      ['CCHC', 1, 1, 0],
      ['ISO', 2, 1, 0],
    ]);
    expect(await backend.call('actions.audits', { year: 2025 })).toEqual([]);
  });
  it('advances in one step: writes the fields the next status needs and moves there, or on a refusal writes nothing', async () => {
    const fixture = await start();
    const fresh = await backend.call('actions.create', { findingId: fixture.iso.findingIds[0]!, ownerUnitId: fixture.unitId });

    const analysed = await backend.call('actions.advance', { id: fresh.id, to: 'da_phan_tich', changes: { rootCause: 'Chưa phân công người lưu hồ sơ' } });
    expect(analysed).toMatchObject({ status: 'da_phan_tich', rootCause: 'Chưa phân công người lưu hồ sơ' });

    const logBefore = await backend.call('changeLog.list', { limit: 1000 });
    // The plan is written but the owner is missing: the move is refused, and the plan is not kept either.
    const refused = await backend.dispatch('actions.advance', { id: fresh.id, to: 'dang_thuc_hien', changes: { actionPlan: 'Phân công công chức lưu hồ sơ' } });
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ path: 'ownerPersonId', message: 'Cần chỉ định người chịu trách nhiệm thực hiện.' }] } });
    expect(await backend.call('actions.get', { id: fresh.id })).toMatchObject({ status: 'da_phan_tich', actionPlan: '' });
    expect(await backend.call('changeLog.list', { limit: 1000 })).toEqual(logBefore);

    const started = await backend.call('actions.advance', {
      id: fresh.id,
      to: 'dang_thuc_hien',
      changes: { actionPlan: 'Phân công công chức lưu hồ sơ', ownerPersonId: fixture.owner, dueDate: '2026-04-20' },
    });
    expect(started).toMatchObject({ status: 'dang_thuc_hien', actionPlan: 'Phân công công chức lưu hồ sơ', ownerPersonId: fixture.owner, dueDate: '2026-04-20' });
    const done = await backend.call('actions.advance', { id: fresh.id, to: 'cho_xac_minh', changes: { completionEvidence: 'Sổ lưu hồ sơ có chữ ký' } });
    expect(done).toMatchObject({ status: 'cho_xac_minh', completionEvidence: 'Sổ lưu hồ sơ có chữ ký' });
    const verified = await backend.call('actions.advance', { id: fresh.id, to: 'da_xac_minh_hieu_qua', verifierPersonId: fixture.verifier, verificationDate: '2026-03-10' });
    expect(verified).toMatchObject({ status: 'da_xac_minh_hieu_qua', verificationResult: 'hieu_qua', verifierPersonId: fixture.verifier });
    expect(verified.history.map((event) => event.toStatus)).toEqual(['moi', 'da_phan_tich', 'dang_thuc_hien', 'cho_xac_minh', 'da_xac_minh_hieu_qua']);
  });
  it('takes completion evidence as files, stored and hashed like audit evidence, while the action is being implemented', async () => {
    const fixture = await start();
    const action = await actionAt(fixture, fixture.iso.findingIds[0]!, 'dang_thuc_hien');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const upload = { auditId: action.auditId, correctiveActionId: action.id, fileName: 'Quyết định 25-QĐ-UBND.pdf', base64: pdf.toString('base64') };

    // Another audit's id with this action is refused.
    const wrongAudit = await backend.dispatch('evidence.upload', { ...upload, auditId: fixture.cchc.auditId });
    expect(wrongAudit).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Hành động khắc phục không thuộc cuộc kiểm tra này.' } });

    const file = await backend.call('evidence.upload', upload);
    expect(file).toMatchObject({ correctiveActionId: action.id, itemId: null, findingId: null, sha256, mimeType: 'application/pdf', previewKind: 'pdf' });
    expect(fs.readFileSync(evidencePath(backend.dataDir, sha256))).toEqual(pdf);
    expect((await backend.call('actions.get', { id: action.id })).evidenceFiles.map((view) => view.fileName)).toEqual(['Quyết định 25-QĐ-UBND.pdf']);
    expect(await backend.call('evidence.content', { id: file.id })).toMatchObject({ fileName: 'Quyết định 25-QĐ-UBND.pdf', base64: pdf.toString('base64') });
    // It is the action's, not among the audit's own evidence.
    expect(await backend.call('evidence.list', { auditId: action.auditId })).toEqual([]);

    // While implementing, a file attached by mistake comes off again.
    const mistake = await backend.call('evidence.upload', { ...upload, fileName: 'nhầm.png', base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==' });
    expect(await backend.call('evidence.remove', { id: mistake.id })).toEqual({ fileDeleted: true });
    expect((await backend.call('actions.get', { id: action.id })).evidenceFiles.map((view) => view.id)).toEqual([file.id]);

    // A file is evidence enough to ask for verification, without any text.
    const waiting = await backend.call('actions.move', { id: action.id, to: 'cho_xac_minh' });
    expect(waiting).toMatchObject({ status: 'cho_xac_minh', completionEvidence: '' });

    // Once handed over for verification, the files stay as they were.
    const late = await backend.dispatch('evidence.upload', { ...upload, fileName: 'bổ sung.pdf' });
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Chỉ thêm hoặc gỡ tệp bằng chứng hoàn thành khi hành động đang ở trạng thái "Đang thực hiện" (hiện là "Chờ xác minh").' } });
    expect(await backend.dispatch('evidence.remove', { id: file.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await backend.call('actions.get', { id: action.id })).evidenceFiles).toHaveLength(1);
  });
});
