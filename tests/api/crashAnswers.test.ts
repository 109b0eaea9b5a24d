import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempBackend';
import { answersForRound, burstThenKill, checkStoreFile, lostAnswers, prepareAnswerStore } from '../support/fixtures/answerKills';
import { killStartedHosts, spawnWebHost } from '../support/fixtures/auditsWebHostProcess';

afterAll(killStartedHosts);

/** A few rounds in every run; `npm run test:kill` does hundreds on demand with the same helpers. */
const ROUNDS = 5;

describe('answers survive the web host being killed mid-burst', () => {
  it(`keeps every acknowledged save and an intact store, ${ROUNDS} times over`, { timeout: 300_000 }, async () => {
    const dataDir = makeTempDir('kiem-tra-crash-');
    const { auditId, items } = await prepareAnswerStore(dataDir);

    for (let round = 1; round <= ROUNDS; round++) {
      const host = await spawnWebHost(dataDir);
      const saves = answersForRound(items, round);
      const killAfter = 40 + ((round * 37) % 150);
      const { acknowledged, refused } = await burstThenKill(host, auditId, saves, killAfter);
      expect(refused).toEqual([]);
      expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);
      expect(acknowledged.length).toBeLessThan(saves.length);

      const restarted = await spawnWebHost(dataDir);
      expect(await lostAnswers(restarted, auditId, acknowledged), `round ${round}: acknowledged saves lost`).toEqual([]);
      expect(checkStoreFile(dataDir)).toEqual({ integrity: 'ok', foreignKeyViolations: 0 });

      // SIGKILL ends the process but keeps the operating system's page cache, so this cannot tell
      // synchronous=FULL from NORMAL or OFF: writes still in the cache survive either way. It proves no
      // acknowledged save is lost to a dying process; the durability proof against power loss is the
      // pragma check in tests/store/store.test.ts (synchronous=FULL, WAL).
      await restarted.kill('SIGTERM');
    }
  });
});
