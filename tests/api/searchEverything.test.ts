import { afterEach, describe, expect, it } from 'vitest';
import type { SearchKind, SearchResults } from '../../electron/shared/contract/search';
import { formatCalendarDate } from '../../electron/shared/dates';
import { foldForSearch } from '../../electron/shared/text';
import { insertAuditWithFindings, insertPerson, unitIdByCode } from '../support/fixtures/actionsAudit';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

async function ward() {
  backend = await startTestBackend();
  const unitId = unitIdByCode(backend.store, 'VHXH');
  const owner = insertPerson(backend.store, 'Đỗ Thị Đào', unitId, 'Chuyên viên');
  insertPerson(backend.store, 'Nguyễn Văn Đào');
  const audit = insertAuditWithFindings(backend.store, {
    kind: 'CCHC',
    unitCode: 'VHXH',
    title: 'Kiểm tra công tác cải cách hành chính Phòng Văn hóa - Xã hội',
    startDate: '2026-03-02',
    endDate: '2026-03-03',
    findings: [{ description: 'Hồ sơ TTHC chưa được lưu đầy đủ' }, { description: 'Chưa công khai kết quả giải quyết TTHC' }],
  });
  const action = await backend.call('actions.create', {
    findingId: audit.findingIds[0]!,
    ownerUnitId: unitId,
    ownerPersonId: owner,
    correction: 'Đã bổ sung hồ sơ còn thiếu',
    actionPlan: 'Phân công công chức lưu hồ sơ điện tử hằng tuần',
  });
  return { unitId, owner, audit, action };
}

const search = (text: string, perKind?: number) => backend.call('search.everything', { text, perKind });
const kinds = (results: SearchResults) => results.groups.map((group) => group.kind);
const titles = (results: SearchResults, kind: SearchKind) => results.groups.find((group) => group.kind === kind)?.hits.map((hit) => hit.title) ?? [];

describe('search across everything (the header search)', () => {
  it('finds units, people, audits, findings, actions and checklist items, grouped by kind, each with the page it opens', async () => {
    const { unitId, owner, audit, action } = await ward();
    const results = await search('hồ sơ', 50);
    expect(kinds(results)).toEqual(['finding', 'action', 'checklist_item']);
    expect(titles(results, 'finding')).toEqual(['Hồ sơ TTHC chưa được lưu đầy đủ']);
    const [actionHit] = results.groups.find((group) => group.kind === 'action')!.hits;
    expect(actionHit).toEqual({
      kind: 'action',
      id: action.id,
      title: 'Phân công công chức lưu hồ sơ điện tử hằng tuần',
      detail: `01 · Kiểm tra công tác cải cách hành chính Phòng Văn hóa - Xã hội · ${formatCalendarDate(action.dueDate)}`,
      place: { page: 'audit', auditId: audit.auditId, tab: 'actions' },
    });
    // Each checklist item found is from the newest version of its template (older versions repeat it), and says "hồ sơ".
    const newestVersions = backend.store.sqlite
      .prepare('select v.id, v.template_id as templateId from checklist_versions v where v.version = (select max(version) from checklist_versions w where w.template_id = v.template_id)')
      .all() as { id: string; templateId: string }[];
    const items = results.groups.find((group) => group.kind === 'checklist_item')!;
    expect(items.total).toBeGreaterThan(0);
    for (const hit of items.hits) {
      const texts = backend.store.sqlite.prepare('select question, guidance from checklist_items where id = ?').get(hit.id) as { question: string; guidance: string };
      expect(foldForSearch(`${texts.question}\n${texts.guidance}`)).toContain('ho so');
      expect(newestVersions).toContainEqual({ id: (hit.place as { versionId: string }).versionId, templateId: (hit.place as { templateId: string }).templateId });
    }

    const byName = await search('van hoa');
    expect(byName.groups.find((group) => group.kind === 'unit')?.hits[0]).toMatchObject({ id: unitId, title: 'Phòng Văn hóa - Xã hội', place: { page: 'unit', unitId } });
    expect(byName.groups.find((group) => group.kind === 'audit')?.hits[0]).toMatchObject({
      id: audit.auditId,
      detail: 'Phòng Văn hóa - Xã hội · 02/03/2026',
      place: { page: 'audit', auditId: audit.auditId, tab: 'checklist' },
    });
    const person = (await search('Đỗ Thị')).groups.find((group) => group.kind === 'person')?.hits[0];
    expect(person).toMatchObject({ id: owner, detail: 'Chuyên viên · Phòng Văn hóa - Xã hội', place: { page: 'person', personId: owner, name: 'Đỗ Thị Đào' } });
  });

  it('finds the same with or without tone marks, in any case, with đ typed as d', async () => {
    await ward();
    const written = await search('Đào');
    expect(titles(written, 'person')).toEqual(['Đỗ Thị Đào', 'Nguyễn Văn Đào']);
    for (const typed of ['dao', 'DAO', 'đao', 'Dào']) expect(await search(typed), typed).toEqual(written);
    expect(titles(await search('chua cong khai'), 'finding')).toEqual(['Chưa công khai kết quả giải quyết TTHC']);
    // Under three letters the trigram index cannot answer; the same folding still finds them.
    expect(titles(await search('Đỗ'), 'person')).toEqual(['Đỗ Thị Đào']);
  });

  it('shows the first hits of each kind and how many there are in all', async () => {
    await ward();
    const all = await search('hồ sơ', 50);
    const few = await search('hồ sơ', 2);
    for (const group of few.groups) {
      const whole = all.groups.find((candidate) => candidate.kind === group.kind)!;
      expect(group.total).toBe(whole.total);
      expect(group.hits).toEqual(whole.hits.slice(0, 2));
    }
    expect(await search('không có ở đâu cả')).toEqual({ groups: [] });
  });

  it('refuses an empty search or a bad count with a Vietnamese message', async () => {
    await ward();
    expect(await backend.dispatch('search.everything', { text: '  ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/Từ khóa không được để trống/) } });
    expect(await backend.dispatch('search.everything', { text: 'ho so', perKind: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
