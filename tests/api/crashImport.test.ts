import { afterAll, describe, expect, it } from 'vitest';
import { killStartedHosts } from '../support/fixtures/auditsWebHostProcess';
import { killImports, prepareImportKills, soundImportKill } from '../support/fixtures/importKills';
import { killDelays } from '../support/fixtures/restoreKills';

afterAll(killStartedHosts);

/** A few kills in every run; `npm run test:kill:import` does 50 or more on demand with the same helpers. */
const ROUNDS = 3;

describe('a package import killed at any point', () => {
  it(`leaves the store before or after, intact, with nothing half-written, ${ROUNDS} times over`, { timeout: 300_000 }, async () => {
    const setup = await prepareImportKills();
    // Two kills within the first 1.5 s of the import (checking, backing up), and one right after it answered.
    const kills = await killImports(setup, [...killDelays(ROUNDS - 1, 1500, 17), 'after-answer']);
    for (const kill of kills) expect(soundImportKill(kill), JSON.stringify(kill)).toBe(true);
    expect(kills.at(-1)).toMatchObject({ answered: true, seen: 'after' });
  });
});
