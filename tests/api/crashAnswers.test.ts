import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { STORE_FILE_NAME } from '../../db/store';
import type { AuditChecklistView } from '../../electron/shared/contract/audits';
import { makeTempDir, startTestBackend } from '../support/tempBackend';
import { longChecklist, startSampleAudit } from '../support/fixtures/auditsFixture';
import { killStartedHosts, spawnWebHost } from '../support/fixtures/auditsWebHostProcess';
import type { HostProcess } from '../support/fixtures/auditsWebHostProcess';

afterAll(killStartedHosts);

const ROUNDS = 5;
const IN_FLIGHT = 12;

interface Sent {
  itemId: string;
  note: string;
  conformity: string | null;
}

/**
 * Sends answer saves, IN_FLIGHT at a time, and kills the host with SIGKILL once `killAfter` have been
 * acknowledged, while others are still on the wire. Returns the acknowledged saves.
 */
async function burstThenKill(host: HostProcess, auditId: string, saves: Sent[], killAfter: number): Promise<Sent[]> {
  const acknowledged: Sent[] = [];
  const refused: unknown[] = [];
  let next = 0;
  let killing: Promise<void> | null = null;
  const worker = async () => {
    while (next < saves.length && !killing) {
      const save = saves[next++]!;
      const input = { auditId, itemId: save.itemId, note: save.note, ...(save.conformity ? { conformity: save.conformity } : {}) };
      try {
        const result = await host.call('audits.saveResponse', input);
        if (result.ok) acknowledged.push(save);
        else refused.push(result.error);
      } catch {
        // The connection died with the host: this save was never acknowledged.
      }
      if (acknowledged.length >= killAfter && !killing) killing = host.kill('SIGKILL');
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  await (killing ?? host.kill('SIGKILL'));
  expect(refused).toEqual([]);
  return acknowledged;
}

describe('answers survive the web host being killed mid-burst', () => {
  it(`keeps every acknowledged save and an intact store, ${ROUNDS} times over`, { timeout: 300_000 }, async () => {
    const dataDir = makeTempDir('kiem-tra-crash-');
    const setup = await startTestBackend({ dataDir });
    const { auditId } = await startSampleAudit(setup, { sections: longChecklist(300) });
    const checklist = await setup.call('audits.checklist', { auditId });
    setup.close();
    const items = checklist.sections.flatMap((s) => s.items);
    const conformityCodes = ['phu_hop', 'kph_nhe', 'kph_nang', 'diem_luu_y', 'co_hoi_cai_tien'];

    for (let round = 1; round <= ROUNDS; round++) {
      const host = await spawnWebHost(dataDir);
      const saves = items.map((item, i) => ({
        itemId: item.id,
        note: `Vòng ${round}, lần lưu ${i + 1}: đã xem hồ sơ`,
        conformity: item.answerType === 'conformity' ? conformityCodes[(i + round) % conformityCodes.length]! : null,
      }));
      const killAfter = 40 + ((round * 37) % 150);
      const acknowledged = await burstThenKill(host, auditId, saves, killAfter);
      expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);
      expect(acknowledged.length).toBeLessThan(saves.length);

      const restarted = await spawnWebHost(dataDir);
      const reloaded = await restarted.call('audits.checklist', { auditId });
      expect(reloaded.ok).toBe(true);
      const responses = new Map((reloaded.value as AuditChecklistView).sections.flatMap((s) => s.items).map((item) => [item.id, item.response]));
      const missing = acknowledged.filter((save) => {
        const stored = responses.get(save.itemId);
        return stored?.note !== save.note || (save.conformity !== null && stored?.conformity !== save.conformity);
      });
      expect(missing, `round ${round}: acknowledged saves lost`).toEqual([]);

      // SIGKILL ends the process but keeps the operating system's page cache, so this cannot tell
      // synchronous=FULL from NORMAL or OFF: writes still in the cache survive either way. It proves no
      // acknowledged save is lost to a dying process; the durability proof against power loss is the
      // pragma check in tests/store/store.test.ts (synchronous=FULL, WAL).
      const reader = new Database(path.join(dataDir, STORE_FILE_NAME), { readonly: true });
      try {
        expect(reader.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(reader.pragma('foreign_key_check')).toEqual([]);
      } finally {
        reader.close();
      }
      await restarted.kill('SIGTERM');
    }
  });
});
