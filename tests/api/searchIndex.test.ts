import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../db/store';
import { searchHits, searchNeedle } from '../../electron/backend/modules/search/searchIndex';
import type { SearchEntity } from '../../electron/backend/modules/search/searchIndex';
import { matchesSearch } from '../../electron/shared/text';
import { insertAuditWithFindings, insertPerson, unitIdByCode } from '../support/fixtures/actionsAudit';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

/** A small deterministic generator (mulberry32), so a failure shows the same texts again. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words with every Vietnamese vowel, tone mark and đ/Đ, and words that differ only by them. */
const words = [
  'đơn', 'vị', 'Đảng', 'ủy', 'ban', 'nhân', 'dân', 'phường', 'xã', 'hồ', 'sơ', 'thủ', 'tục', 'hành', 'chính', 'cải', 'cách',
  'kiểm', 'tra', 'đánh', 'giá', 'nội', 'bộ', 'kết', 'quả', 'khắc', 'phục', 'nguyên', 'chưa', 'đầy', 'đủ', 'biên', 'bản', 'ưu',
  'tiên', 'lưu', 'trữ', 'điện', 'tử', 'một', 'cửa', 'liên', 'thông', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ',
  'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý', 'đạt', 'dạt', 'đang', 'dang', 'quyết', 'định', 'ấy', 'ẩn', 'ỹ', 'ỵ', 'ợ', 'ự', 'ẵ',
  'ẫ', 'ỡ', 'ỗ', 'ễ', 'ữ', 'ĩ', 'õ', 'ÕNG', 'ĐƯỜNG', 'Ở', 'Ổ', 'ẳ', 'ẩ', 'ể', 'ỉ', 'ỏ', 'ổ', 'ở', 'ủ', 'ử', 'ỷ', 'năm', '2026', 'số', '5',
];

function sentence(random: () => number, length: number): string {
  return Array.from({ length }, () => words[Math.floor(random() * words.length)]!).join(' ');
}

/** What a user might type for a piece of text: as written, without marks, in capitals, with đ and d swapped. */
function typed(random: () => number, text: string): string {
  const start = Math.floor(random() * text.length);
  const piece = text.slice(start, start + 1 + Math.floor(random() * 10)).trim() || text;
  const variants = [
    piece,
    piece.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
    piece.toLocaleUpperCase('vi'),
    piece.replace(/đ/g, 'd').replace(/Đ/g, 'D'),
    piece.replace(/d/g, 'đ').replace(/D/g, 'Đ'),
  ];
  return variants[Math.floor(random() * variants.length)]!;
}

interface BoardTexts {
  id: string;
  fields: string[];
}

/** Units, people, audits, findings and actions written straight into the store, with generated texts. */
function generateWard(store: Store, random: () => number, actions: number): BoardTexts[] {
  const { sqlite } = store;
  const now = '2026-03-01T03:00:00.000Z';
  const unitNames = Array.from({ length: 8 }, () => sentence(random, 3));
  const unitIds = unitNames.map((name, i) => {
    const id = randomUUID();
    sqlite.prepare("insert into units (id, code, name, category, created_at, updated_at) values (?, ?, ?, 'khac', ?, ?)").run(id, `GEN${i}`, name, now, now);
    return id;
  });
  const personNames = Array.from({ length: 10 }, () => sentence(random, 3));
  const personIds = personNames.map((name, i) => insertPerson(store, name, unitIds[i % unitIds.length]));
  const rows: BoardTexts[] = [];
  for (let a = 0; a < actions / 4; a++) {
    const unit = a % unitIds.length;
    const title = sentence(random, 5);
    const descriptions = Array.from({ length: 2 }, () => sentence(random, 6));
    const audit = insertAuditWithFindings(store, { kind: 'CCHC', unitCode: `GEN${unit}`, title, startDate: '2026-02-10', endDate: '2026-02-11', findings: descriptions.map((description) => ({ description })) });
    for (let i = 0; i < 4; i++) {
      const finding = i % 2;
      const person = random() < 0.8 ? Math.floor(random() * personIds.length) : undefined;
      const texts = [sentence(random, 4), sentence(random, 4), sentence(random, 8)];
      const id = randomUUID();
      sqlite
        .prepare('insert into corrective_actions (id, finding_id, owner_unit_id, owner_person_id, correction, root_cause, action_plan, due_date, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, audit.findingIds[finding], unitIds[unit], person === undefined ? null : personIds[person], ...texts, '2026-04-01', now, now);
      rows.push({ id, fields: [unitNames[unit]!, person === undefined ? '' : personNames[person]!, descriptions[finding]!, title, ...texts] });
    }
  }
  return rows;
}

const boardIds = async (search: string) =>
  (await backend.call('actions.board', { status: 'all', search, limit: 100_000 })).rows.map((row) => row.id).sort();

function indexedIds(store: Store, entity: SearchEntity, search: string): string[] {
  const needle = searchNeedle(search);
  if (!needle) throw new Error('empty needle');
  return [...(searchHits(store, needle).get(entity) ?? [])].sort();
}

describe('search on the index', () => {
  it('finds the same rows with or without diacritics, and with đ or d', async () => {
    backend = await startTestBackend();
    const ownerId = insertPerson(backend.store, 'Đặng Thị Hường');
    const audit = insertAuditWithFindings(backend.store, {
      kind: 'ISO',
      unitCode: 'VHXH',
      title: 'Kiểm tra năm 2026',
      startDate: '2026-02-10',
      endDate: '2026-02-11',
      findings: [{ description: 'Quy trình đánh giá nội bộ chưa được cập nhật' }, { description: 'Sổ theo dõi văn bản đến chưa đầy đủ' }],
    });
    const first = await backend.call('actions.create', { findingId: audit.findingIds[0]!, ownerUnitId: audit.unitId, ownerPersonId: ownerId, dueDate: '2026-04-01' });
    const second = await backend.call('actions.create', { findingId: audit.findingIds[1]!, ownerUnitId: audit.unitId, dueDate: '2026-04-01' });
    const variants = {
      owner: ['Đặng', 'đặng', 'dang thi', 'DANG THỊ', 'Đang', 'ĐẶNG THỊ HƯỜNG', 'huong'],
      finding: ['đánh giá nội bộ', 'danh gia noi bo', 'DANH GIÁ', 'Đánh gia nôi bô'],
      both: ['chưa', 'chua', 'CHUA', 'CHƯA'],
      second: ['đầy đủ', 'day du', 'DAY DU', 'đay đu', 'dầy dủ'],
    };
    for (const search of variants.owner) expect(await boardIds(search), search).toEqual([first.id]);
    for (const search of variants.finding) expect(await boardIds(search), search).toEqual([first.id]);
    for (const search of variants.both) expect(await boardIds(search), search).toEqual([first.id, second.id].sort());
    for (const search of variants.second) expect(await boardIds(search), search).toEqual([second.id]);
    expect(indexedIds(backend.store, 'person', 'dang thi huong')).toEqual([ownerId]);
    expect(indexedIds(backend.store, 'person', 'Đặng Thị Hường')).toEqual([ownerId]);
    expect(indexedIds(backend.store, 'unit', 'van hoa')).toEqual([unitIdByCode(backend.store, 'VHXH')]);
  });

  it('keeps the index as records are renamed and deleted', async () => {
    backend = await startTestBackend();
    const unitId = unitIdByCode(backend.store, 'VHXH');
    await backend.call('units.update', { id: unitId, name: 'Phòng Đô thị Xanh' });
    expect(indexedIds(backend.store, 'unit', 'do thi xanh')).toEqual([unitId]);
    expect(indexedIds(backend.store, 'unit', 'van hoa')).toEqual([]);
    const audit = insertAuditWithFindings(backend.store, { kind: 'CCHC', unitCode: 'VHXH', startDate: '2026-02-10', endDate: '2026-02-11', findings: [{ description: 'Chưa niêm yết thủ tục' }] });
    const action = await backend.call('actions.create', { findingId: audit.findingIds[0]!, ownerUnitId: unitId, dueDate: '2026-04-01', actionPlan: 'Niêm yết đủ thủ tục' });
    expect(indexedIds(backend.store, 'action', 'niem yet du')).toEqual([action.id]);
    await backend.call('actions.update', { id: action.id, actionPlan: 'Công khai trên cổng điện tử' });
    expect(indexedIds(backend.store, 'action', 'niem yet du')).toEqual([]);
    expect(indexedIds(backend.store, 'action', 'cong dien tu')).toEqual([action.id]);
    await backend.call('actions.delete', { id: action.id });
    expect(indexedIds(backend.store, 'action', 'cong dien tu')).toEqual([]);
    expect(backend.store.sqlite.prepare("select count(*) as n from search_documents where entity = 'action'").get()).toEqual({ n: 0 });
  });

  it('gives the same rows as folding every text in JavaScript, on generated Vietnamese texts', async () => {
    backend = await startTestBackend();
    const random = seeded(20261130);
    const rows = generateWard(backend.store, random, 240);
    const needles = new Set<string>(['đ', 'd', 'Đ', 'ư', 'u', 'ỹ', 'y', 'ng', 'xyz', 'không có', 'dang dang', '"', 'a"b']);
    while (needles.size < 80) {
      const row = rows[Math.floor(random() * rows.length)]!;
      const field = row.fields.filter(Boolean)[Math.floor(random() * row.fields.filter(Boolean).length)]!;
      needles.add(typed(random, field));
    }
    let found = 0;
    for (const needle of needles) {
      const expected = rows.filter((row) => matchesSearch(row.fields, needle)).map((row) => row.id).sort();
      found += expected.length;
      expect(await boardIds(needle), needle).toEqual(expected);
    }
    // The needles find rows, not only nothing.
    expect(found).toBeGreaterThan(needles.size * 5);
  });
});
