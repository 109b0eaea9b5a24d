import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startedBackends } from '../support/startedBackends';
import { makeTempDir } from '../support/tempBackend';

const { start, forget } = startedBackends();
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('machine and store identity', () => {
  it('gives each laptop and each store a UUID and a name that survive a restart; the change log records the laptop', async () => {
    const dataDir = makeTempDir();
    const first = await start({ dataDir });
    const identity = await first.call('identity.get', {});
    expect(identity.machine.id).toMatch(uuid);
    expect(identity.store.id).toMatch(uuid);
    expect(identity.machine.id).not.toBe(identity.store.id);

    const renamed = await first.call('identity.renameMachine', { name: '  Máy đoàn 1 ' });
    expect(renamed.machine).toEqual({ id: identity.machine.id, name: 'Máy đoàn 1' });
    const store = await first.call('identity.renameStore', { name: 'Kho của đoàn 1' });
    expect(store.store).toEqual({ id: identity.store.id, name: 'Kho của đoàn 1' });
    await first.call('units.create', { code: 'TYT', name: 'Trạm Y tế', category: 'don_vi_su_nghiep', inCchcScope: false });

    const log = await first.call('changeLog.list', {});
    expect(log.length).toBeGreaterThan(2);
    expect(new Set(log.map((entry) => entry.machineId))).toEqual(new Set([identity.machine.id]));
    expect(log.find((entry) => entry.entity === 'machine')).toMatchObject({ entityId: identity.machine.id, changes: { name: [expect.any(String), 'Máy đoàn 1'] } });
    first.close();
    forget();

    const again = await start({ dataDir, withProfile: false });
    expect(await again.call('identity.get', {})).toEqual({ machine: { id: identity.machine.id, name: 'Máy đoàn 1' }, store: { id: identity.store.id, name: 'Kho của đoàn 1' } });
  });

  it('a store restored on another laptop keeps its identity, and the laptop keeps its own', async () => {
    const office = await start();
    const officeIdentity = await office.call('identity.get', {});
    const backup = await office.call('backups.create', {});
    const usb = (await office.call('backups.status', {})).folder;

    const laptop = await start();
    const laptopBefore = await laptop.call('identity.get', {});
    expect(laptopBefore.store.id).not.toBe(officeIdentity.store.id);
    await laptop.call('backups.setFolder', { folder: usb });
    await laptop.call('backups.restore', { fileName: backup.fileName });
    expect(await laptop.call('identity.get', {})).toEqual({ machine: laptopBefore.machine, store: officeIdentity.store });
    expect(fs.existsSync(path.join(laptop.dataDir, 'may-nay.json'))).toBe(true);
  });

  it('refuses an empty name, in Vietnamese', async () => {
    const backend = await start();
    expect(await backend.dispatch('identity.renameStore', { name: '   ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('Tên kho dữ liệu không được để trống') } });
  });
});
