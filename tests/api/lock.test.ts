import { asc, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditParticipants, audits, checklistItems, evidenceLinks, findings, itemResponses } from '../../db/schema';
import { apiContract, methodNames } from '../../electron/shared/contract';
import type { MethodName } from '../../electron/shared/contract';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

/** Methods that write to an audit's data: its record, team, answers, findings and evidence. */
const AUDIT_DATA_PREFIXES = ['audits.', 'responses.', 'participants.', 'findings.', 'evidence.'];
/** Writes under those prefixes that never touch an existing audit. */
const NOT_ABOUT_AN_EXISTING_AUDIT = new Set<MethodName>(['audits.start']);

const mutatingAuditMethods = methodNames.filter(
  (name) => apiContract[name].kind !== 'query' && AUDIT_DATA_PREFIXES.some((prefix) => name.startsWith(prefix)) && !NOT_ABOUT_AN_EXISTING_AUDIT.has(name),
);

/** Everything stored about one audit, to show that a refused write changed nothing. */
function snapshot(b: TestBackend, auditId: string) {
  const db = b.store.db;
  return {
    audit: db.select().from(audits).where(eq(audits.id, auditId)).get(),
    participants: db.select().from(auditParticipants).where(eq(auditParticipants.auditId, auditId)).orderBy(asc(auditParticipants.id)).all(),
    responses: db.select().from(itemResponses).where(eq(itemResponses.auditId, auditId)).orderBy(asc(itemResponses.id)).all(),
    findings: db.select().from(findings).where(eq(findings.auditId, auditId)).orderBy(asc(findings.id)).all(),
    evidence: db.select().from(evidenceLinks).where(eq(evidenceLinks.auditId, auditId)).orderBy(asc(evidenceLinks.id)).all(),
  };
}

describe('an audit whose minutes are issued is locked', () => {
  it('every mutating method on its record, team, answers, findings or evidence refuses with a clear message and changes nothing', async () => {
    backend = await startTestBackend();
    const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', status: 'in_progress', items: 12, findings: 3 });
    const [item] = backend.store.db
      .select({ id: checklistItems.id })
      .from(checklistItems)
      .innerJoin(itemResponses, eq(itemResponses.itemId, checklistItems.id))
      .where(eq(itemResponses.auditId, audit.auditId))
      .orderBy(asc(checklistItems.sortOrder))
      .all();
    const evidence = await backend.call('evidence.upload', {
      auditId: audit.auditId,
      itemId: item!.id,
      findingId: null,
      fileName: 'bien-nhan.txt',
      mimeType: 'text/plain',
      base64: Buffer.from('Biên nhận hồ sơ').toString('base64'),
    });
    await backend.call('audits.close', { id: audit.auditId });
    await backend.call('minutes.issue', { auditId: audit.auditId });
    const finding = backend.store.db.select({ id: findings.id }).from(findings).where(eq(findings.auditId, audit.auditId)).orderBy(asc(findings.number)).get()!;

    // A valid request for each method, as the screens would send it; a new method must be added here.
    const requests: Partial<Record<MethodName, unknown>> = {
      'audits.update': { id: audit.auditId, unitComments: 'Đơn vị bổ sung ý kiến sau khi ký.' },
      'audits.saveResponse': { auditId: audit.auditId, itemId: item!.id, conformity: 'kph_nhe', note: 'Sửa sau khi ban hành' },
      'audits.close': { id: audit.auditId },
      'audits.reopen': { id: audit.auditId },
      'findings.create': { auditId: audit.auditId, findingClass: 'kph_nhe', description: 'Phát hiện thêm sau khi ký', requiresAction: true },
      'findings.update': { id: finding.id, description: 'Mô tả sửa sau khi ký' },
      'findings.recordSuggested': { auditId: audit.auditId },
      'findings.remove': { id: finding.id },
      'evidence.upload': { auditId: audit.auditId, itemId: item!.id, findingId: null, fileName: 'them.txt', mimeType: 'text/plain', base64: Buffer.from('thêm').toString('base64') },
      'evidence.remove': { id: evidence.id },
    };
    expect(mutatingAuditMethods.filter((name) => !(name in requests)), 'methods without a lock check in this test').toEqual([]);
    expect(mutatingAuditMethods.length).toBeGreaterThanOrEqual(9);

    const before = snapshot(backend, audit.auditId);
    expect(before.audit?.status).toBe('locked');
    for (const method of mutatingAuditMethods) {
      const result = await backend.dispatch(method, requests[method]);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      if (!result.ok) expect(result.error.message, method).toMatch(/Biên bản .*đã được ban hành/);
      expect(snapshot(backend, audit.auditId), method).toEqual(before);
    }
  });

  it('corrective actions still move on after the minutes are issued', async () => {
    backend = await startTestBackend();
    const audit = insertMinutesAudit(backend.store, { kind: 'ISO', items: 6, findings: 2 });
    await backend.call('minutes.issue', { auditId: audit.auditId });
    const finding = backend.store.db.select({ id: findings.id }).from(findings).where(eq(findings.auditId, audit.auditId)).orderBy(asc(findings.number)).all()[1]!;
    const created = await backend.dispatch('actions.create', { findingId: finding.id, ownerUnitId: audit.unitId, dueDate: '2027-01-25' });
    expect(created.ok, JSON.stringify(created)).toBe(true);
  });
});
