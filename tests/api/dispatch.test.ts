import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { changeLog, changeLogActors, units } from '../../db/schema';
import { createDispatcher } from '../../electron/backend/api/dispatch';
import { AppError } from '../../electron/backend/api/errors';
import { recordChange } from '../../electron/backend/api/recordChange';
import { handlers } from '../../electron/backend/api/registry';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

describe('dispatcher', () => {
  it('leaves no trace of a command that fails halfway: neither its rows nor its change-log entry', async () => {
    backend = await startTestBackend();
    const dispatch = createDispatcher({
      store: backend.store,
      config: backend.config,
      handlers: {
        ...handlers,
        'units.create': (ctx, input) => {
          const row = ctx.store.db.insert(units).values({ ...input, sortOrder: 999 }).returning().get();
          recordChange(ctx, { entity: 'unit', entityId: row.id, action: 'create' });
          throw new AppError('CONFLICT', 'Dừng giữa chừng để kiểm tra giao dịch.');
        },
      },
    });
    const logBefore = backend.store.db.select().from(changeLog).all().length;
    const result = await dispatch('units.create', { code: 'NUA', name: 'Đơn vị dở dang', category: 'khac' });
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'Dừng giữa chừng để kiểm tra giao dịch.' } });
    const stored = await backend.call('units.list', { includeInactive: true });
    expect(stored.some((u) => u.code === 'NUA')).toBe(false);
    expect(backend.store.db.select().from(changeLog).all().length).toBe(logBefore);
  });

  it('turns an unexpected error into INTERNAL with a Vietnamese message instead of throwing', async () => {
    backend = await startTestBackend();
    const seen: string[] = [];
    const dispatch = createDispatcher({
      store: backend.store,
      config: backend.config,
      handlers: { ...handlers, 'units.list': () => { throw new TypeError('boom'); } },
      onInternalError: (_error, method) => seen.push(method),
    });
    await expect(dispatch('units.list', {})).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi ngoài dự kiến; dữ liệu không bị thay đổi.', text: { key: 'errors.internal' } },
    });
    expect(seen).toEqual(['units.list']);
  });

  it('requires a chosen profile before any write, so the change log always knows who', async () => {
    backend = await startTestBackend({ withProfile: false });
    const refused = await backend.dispatch('units.create', { code: 'X', name: 'Đơn vị X', category: 'khac' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PROFILE_REQUIRED' } });
    await backend.call('profiles.create', { fullName: 'Trần Văn Bình' });
    await backend.call('units.create', { code: 'X', name: 'Đơn vị X', category: 'khac' });
  });
});

describe('change log', () => {
  it('records who changed what, with the values before and after', async () => {
    backend = await startTestBackend({ withProfile: false });
    const profile = await backend.call('profiles.create', { fullName: 'Phạm Thị Lan', position: 'Thư ký ISO' });
    const [vp] = await backend.call('units.list', { search: 'Văn phòng' });
    await backend.call('units.update', { id: vp!.id, shortName: 'VP', isoApplying: false });

    const [entry] = await backend.call('changeLog.list', { entity: 'unit', entityId: vp!.id });
    expect(entry).toMatchObject({
      actorName: 'Phạm Thị Lan',
      method: 'units.update',
      action: 'update',
      changes: { shortName: ['VP HĐND-UBND', 'VP'], isoApplying: [true, false] },
    });
    const row = backend.store.db
      .select({ profileId: changeLogActors.profileId })
      .from(changeLog)
      .innerJoin(changeLogActors, eq(changeLogActors.id, changeLog.actorId))
      .where(eq(changeLog.id, entry!.id))
      .get();
    expect(row?.profileId).toBe(profile.id);
    expect(Date.parse(entry!.at)).not.toBeNaN();
  });

  it('is append-only: the store refuses to rewrite or erase it', async () => {
    backend = await startTestBackend();
    await backend.call('units.create', { code: 'TYT', name: 'Trạm Y tế', category: 'don_vi_su_nghiep', inCchcScope: false });
    const refused = (sql: string) => expect(() => backend.store.sqlite.prepare(sql).run()).toThrow(/chỉ được ghi thêm/);
    refused("update change_log set changes = '{}'");
    refused('delete from change_log');
    refused("update change_log_actors set name = 'Người khác'");
    refused('delete from change_log_actors');
    refused("update change_log_kinds set method = 'units.delete'");
    refused('delete from change_log_kinds');
  });
});
