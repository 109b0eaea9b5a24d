import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { audits, checklistItems, checklistVersions, units } from '../../db/schema';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

/** An audit row as the audits capability will write it: it points at the exact version it used. */
function insertAudit(versionId: string, title: string): string {
  const unit = backend.store.db.select({ id: units.id }).from(units).where(eq(units.code, 'VHXH')).get();
  const id = randomUUID();
  backend.store.db
    .insert(audits)
    .values({ id, kind: 'CCHC', unitId: unit!.id, templateVersionId: versionId, title, startDate: '2026-03-10', endDate: '2026-03-10' })
    .run();
  return id;
}

async function cchcTemplate() {
  const template = (await backend.call('checklists.list', { purpose: 'CCHC' }))[0]!;
  return { templateId: template.id, v1: template.published!.id };
}

describe('checklist versions', () => {
  it('an audit keeps the exact version it used after a new version is published', async () => {
    backend = await startTestBackend();
    const { templateId, v1 } = await cchcTemplate();
    const before = await backend.call('checklists.getVersion', { id: v1 });
    const auditId = insertAudit(v1, 'Kiểm tra CCHC Phòng Văn hóa - Xã hội năm 2026');

    const draft = await backend.call('checklists.createDraft', { templateId });
    expect(draft).toMatchObject({ version: 2, status: 'draft', year: 2026, auditCount: 0 });
    const v2 = await backend.call('checklists.getVersion', { id: draft.id });
    const target36 = v2.sections[2]!.items.find((i) => i.code === '3.6')!;
    await backend.call('checklists.updateItem', { id: target36.id, threshold: 99.5 });
    await backend.call('checklists.setItemRetired', { id: v2.sections[0]!.items[1]!.id, retired: true });
    await backend.call('checklists.publish', { id: draft.id });

    const audit = backend.store.db.select().from(audits).where(eq(audits.id, auditId)).get();
    expect(audit?.templateVersionId).toBe(v1);
    const kept = await backend.call('checklists.getVersion', { id: v1 });
    expect(kept.sections).toEqual(before.sections);
    expect(kept.version).toMatchObject({ status: 'superseded', auditCount: 1 });
    expect(kept.sections[2]!.items.find((i) => i.code === '3.6')?.threshold).toBe(99);
    const published = await backend.call('checklists.getVersion', { id: draft.id });
    expect(published.version).toMatchObject({ status: 'published', version: 2, publishedBy: 'Nguyễn Thị Kiểm Tra', auditCount: 0 });
    expect(published.version.itemCount).toBe(before.version.itemCount - 1);

    const summary = (await backend.call('checklists.list', {})).find((t) => t.id === templateId)!;
    expect(summary.published).toMatchObject({ id: draft.id, version: 2 });
    expect(summary).toMatchObject({ draft: null, versionCount: 2, auditCount: 1 });
    expect(await backend.call('checklists.versionAudits', { versionId: v1 })).toEqual([
      expect.objectContaining({ id: auditId, unitName: 'Phòng Văn hóa - Xã hội', title: 'Kiểm tra CCHC Phòng Văn hóa - Xã hội năm 2026' }),
    ]);
    const detail = await backend.call('checklists.getTemplate', { id: templateId });
    expect(detail.versions.map((v) => [v.version, v.status, v.auditCount])).toEqual([[2, 'published', 0], [1, 'superseded', 1]]);
  });

  it('refuses any edit of a published or superseded version, through the API and in the store itself', async () => {
    backend = await startTestBackend();
    const { templateId, v1 } = await cchcTemplate();
    const published = await backend.call('checklists.getVersion', { id: v1 });
    const item = published.sections[0]!.items[0]!;
    const section = published.sections[0]!;
    const attempts: [string, unknown][] = [
      ['checklists.updateItem', { id: item.id, question: 'Sửa lén' }],
      ['checklists.setItemRetired', { id: item.id, retired: true }],
      ['checklists.deleteItem', { id: item.id }],
      ['checklists.moveItem', { id: item.id, sectionId: section.id, toIndex: 3 }],
      ['checklists.addItem', { sectionId: section.id, code: 'MOI', question: 'Câu mới?', answerType: 'yes_no' }],
      ['checklists.addSection', { versionId: v1, code: '8', title: 'Phần mới' }],
      ['checklists.updateSection', { id: section.id, title: 'Đổi tên' }],
      ['checklists.deleteSection', { id: section.id }],
      ['checklists.publish', { id: v1 }],
      ['checklists.discardDraft', { id: v1 }],
      ['checklists.updateDraft', { id: v1, year: 2027 }],
    ];
    for (const [method, input] of attempts) {
      const result = await backend.dispatch(method, input);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      if (!result.ok) expect(result.error.message).toMatch(/đã công bố nên không sửa được\. Hãy tạo bản nháp mới/);
    }
    const { db } = backend.store;
    expect(() => db.update(checklistItems).set({ question: 'x' }).where(eq(checklistItems.id, item.id)).run()).toThrow(/không được sửa/);
    expect(() => db.delete(checklistItems).where(eq(checklistItems.id, item.id)).run()).toThrow(/không được sửa/);
    expect(() => db.update(checklistVersions).set({ year: 2030 }).where(eq(checklistVersions.id, v1)).run()).toThrow(/chỉ có thể chuyển thành phiên bản cũ/);
    expect(() => db.delete(checklistVersions).where(eq(checklistVersions.id, v1)).run()).toThrow(/không được xóa/);
    expect(await backend.call('checklists.getVersion', { id: v1 })).toEqual(published);
    expect((await backend.call('checklists.getTemplate', { id: templateId })).versions).toHaveLength(1);
  });

  it('keeps one draft at a time, refuses to publish an empty or incomplete draft, and discards a draft cleanly', async () => {
    backend = await startTestBackend();
    const { templateId } = await cchcTemplate();
    const draft = await backend.call('checklists.createDraft', { templateId, year: 2027 });
    expect(draft.year).toBe(2027);
    expect(await backend.dispatch('checklists.createDraft', { templateId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/đang có bản nháp phiên bản 2/) },
    });
    const empty = await backend.call('checklists.addSection', { versionId: draft.id, code: '8', title: 'Tác động của CCHC' });
    const refused = await backend.dispatch('checklists.publish', { id: draft.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/Phần 8 "Tác động của CCHC" chưa có câu hỏi nào/) } });

    const discarded = await backend.call('checklists.discardDraft', { id: draft.id });
    expect(discarded).toEqual({ templateDeleted: false });
    expect(await backend.dispatch('checklists.getVersion', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await backend.dispatch('checklists.updateSection', { id: empty.id, title: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const blank = await backend.call('checklists.createTemplate', { code: 'TRONG', name: 'Danh mục trống', purpose: 'ISO', year: null });
    const blankDraft = blank.versions[0]!;
    expect(await backend.dispatch('checklists.publish', { id: blankDraft.id })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/chưa có câu hỏi nào đang dùng/) },
    });
    expect(await backend.call('checklists.discardDraft', { id: blankDraft.id })).toEqual({ templateDeleted: true });
    expect((await backend.call('checklists.list', { includeRetired: true })).some((t) => t.code === 'TRONG')).toBe(false);
  });

  it('clones a published version into a new template for next year, leaving the source untouched', async () => {
    backend = await startTestBackend();
    const { v1 } = await cchcTemplate();
    const source = await backend.call('checklists.getVersion', { id: v1 });
    const clone = await backend.call('checklists.clone', { versionId: v1, code: 'CCHC-TKT-2027', name: 'Tự kiểm tra công tác CCHC năm 2027', year: 2027 });
    expect(clone).toMatchObject({ purpose: 'CCHC', builtIn: false, clonedFrom: { versionId: v1, version: 1, templateName: 'Tự kiểm tra công tác CCHC năm 2026' } });
    expect(clone.versions).toEqual([expect.objectContaining({ version: 1, status: 'draft', year: 2027 })]);
    const copy = await backend.call('checklists.getVersion', { id: clone.versions[0]!.id });
    const strip = (detail: typeof copy) => detail.sections.map(({ id: _i, items, ...s }) => ({ ...s, items: items.map(({ id: _id, sectionId: _s, ...rest }) => rest) }));
    expect(strip(copy)).toEqual(strip(source));
    expect(copy.sections[0]!.items[0]!.id).not.toBe(source.sections[0]!.items[0]!.id);
    expect(await backend.call('checklists.getVersion', { id: v1 })).toEqual(source);
    const log = await backend.call('changeLog.list', { entity: 'checklist_template' });
    expect(log[0]).toMatchObject({ method: 'checklists.clone', entityId: clone.id, action: 'create' });
  });
});
