/**
 * On demand (`npm run test:kill:import [-- rounds]`, default 60): SIGKILLs the web host at seeded random points of
 * a result package's import, each round on a fresh copy of the coordinator's store, and checks that the store is
 * the state before or after the import, that integrity_check is ok and that nothing half-written is left once the
 * app starts again. Prints its figures; exits 1 on any unsound kill.
 */
import { killStartedHosts } from '../support/fixtures/auditsWebHostProcess';
import { killImports, prepareImportKills, soundImportKill } from '../support/fixtures/importKills';
import { killDelays } from '../support/fixtures/restoreKills';

const rounds = Number(process.argv[2] ?? 60);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`rounds must be a positive integer, not ${process.argv[2]}`);

const setup = await prepareImportKills();
const started = Date.now();
try {
  // One import left to finish measures how long an import takes here; the kills spread over 110% of that.
  const [calibration] = await killImports(setup, ['after-answer']);
  const span = Math.ceil(calibration!.delayMs * 1.1);
  console.log(`a whole import (check, backup, evidence, records) took ${calibration!.delayMs} ms; kills spread over 0–${span} ms`);
  const kills = await killImports(setup, killDelays(rounds, span, 17), undefined, (kill, index) => {
    if (!soundImportKill(kill)) console.log(`  kill ${index + 1} UNSOUND: ${JSON.stringify(kill)}`);
    if ((index + 1) % 10 === 0) console.log(`  … ${index + 1}/${rounds} kills`);
  });
  const unsound = kills.filter((kill) => !soundImportKill(kill));
  const after = kills.filter((kill) => kill.seen === 'after').length;
  console.log('\nkill test: package import under SIGKILL');
  console.log(`  SIGKILLs during import: ${kills.length}`);
  console.log(`  store as before: ${kills.filter((kill) => kill.seen === 'before').length}; as imported: ${after} (of which the import had answered: ${kills.filter((kill) => kill.answered).length})`);
  console.log(`  unsound (mixed state, integrity_check not ok, or files left half-written): ${unsound.length}`);
  console.log(`  total time: ${Math.round((Date.now() - started) / 1000)} s`);
  process.exitCode = unsound.length === 0 ? 0 : 1;
} finally {
  await killStartedHosts();
}
