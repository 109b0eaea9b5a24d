import { afterEach, describe, expect, it } from 'vitest';
import { insertAuditWithFindings, unitIdByCode } from '../support/fixtures/actionsAudit';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

describe('the board’s plan column', () => {
  it('shows the plan, never the immediate correction in its place', async () => {
    backend = await startTestBackend({ now: () => new Date('2026-03-10T02:00:00Z') });
    const unitId = unitIdByCode(backend.store, 'VHXH');
    const { findingIds } = insertAuditWithFindings(backend.store, {
      kind: 'CCHC',
      unitCode: 'VHXH',
      startDate: '2026-03-02',
      endDate: '2026-03-03',
      findings: [{ description: 'Chưa công khai kết quả giải quyết TTHC' }],
    });
    const action = await backend.call('actions.create', { findingId: findingIds[0]!, ownerUnitId: unitId, correction: 'Đã niêm yết ngay kết quả tháng 02/2026' });
    const rowOf = async () => (await backend.call('actions.board', {})).rows.find((row) => row.id === action.id)!;
    expect((await rowOf()).summary).toBe('');
    expect((await backend.call('actions.byUnit', { unitId })).find((row) => row.id === action.id)?.summary).toBe('');

    await backend.call('actions.update', { id: action.id, actionPlan: 'Giao bộ phận một cửa cập nhật kết quả hằng tuần' });
    expect((await rowOf()).summary).toBe('Giao bộ phận một cửa cập nhật kết quả hằng tuần');
  });
});
