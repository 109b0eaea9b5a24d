import { afterAll, describe, expect, it } from 'vitest';
import { killStartedHosts } from '../support/fixtures/auditsWebHostProcess';
import { killDelays, killRestores, prepareRestoreStore, soundKill } from '../support/fixtures/restoreKills';
import { makeTempDir } from '../support/tempBackend';

afterAll(killStartedHosts);

/** A few kills in every run; `npm run test:kill:restore` does 50 or more on demand with the same helpers. */
const ROUNDS = 3;

describe('a restore killed at any point', () => {
  it(`leaves the store before or after, intact, with nothing half-written, ${ROUNDS} times over`, { timeout: 300_000 }, async () => {
    const dataDir = makeTempDir('kiem-tra-crash-restore-');
    await prepareRestoreStore(dataDir);
    // Two kills within the first 1.5 s of a restore of this small store (verifying, safety backup), and one right after it answered.
    const kills = await killRestores(dataDir, [...killDelays(ROUNDS - 1, 1500), 'after-answer']);
    for (const kill of kills) expect(soundKill(kill), JSON.stringify(kill)).toBe(true);
    expect(kills.at(-1)).toMatchObject({ answered: true });
    expect(kills.at(-1)!.seen).toBe(kills.at(-1)!.after);
  });
});
