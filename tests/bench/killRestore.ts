/**
 * On demand (`npm run test:kill:restore [-- rounds]`, default 60): SIGKILLs the web host at seeded random points
 * of a restore, again and again, and checks after each kill that the restarted store is the state before or
 * after the restore, that integrity_check is ok and that no staging folder, marker or backup temporary is left.
 * Prints its figures; exits 1 on any unsound kill.
 */
import { killStartedHosts } from '../support/fixtures/auditsWebHostProcess';
import { killDelays, killRestores, prepareRestoreStore, soundKill } from '../support/fixtures/restoreKills';
import { makeTempDir } from '../support/tempBackend';

const rounds = Number(process.argv[2] ?? 60);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`rounds must be a positive integer, not ${process.argv[2]}`);

const dataDir = makeTempDir('kiem-tra-kill-restore-');
await prepareRestoreStore(dataDir);
const started = Date.now();
try {
  // One restore left to finish measures how long a restore takes here; the kills spread over 110% of that.
  const [calibration] = await killRestores(dataDir, ['after-answer']);
  const span = Math.ceil(calibration!.delayMs * 1.1);
  console.log(`a whole restore (verify, safety backup, swap, reopen) took ${calibration!.delayMs} ms; kills spread over 0–${span} ms`);
  const kills = await killRestores(dataDir, killDelays(rounds, span), undefined, (kill, index) => {
    if (!soundKill(kill)) console.log(`  kill ${index + 1} UNSOUND: ${JSON.stringify(kill)}`);
    if ((index + 1) % 10 === 0) console.log(`  … ${index + 1}/${rounds} kills`);
  });
  const unsound = kills.filter((kill) => !soundKill(kill));
  const moved = kills.filter((kill) => kill.seen === kill.after).length;
  console.log('\nkill test: restore under SIGKILL');
  console.log(`  SIGKILLs during restore: ${kills.length}`);
  console.log(`  store as before: ${kills.length - moved}; as restored: ${moved} (of which the restore had answered: ${kills.filter((kill) => kill.answered).length})`);
  console.log(`  unsound (wrong state, integrity_check not ok, or files left half-written): ${unsound.length}`);
  console.log(`  total time: ${Math.round((Date.now() - started) / 1000)} s; store: ${dataDir}`);
  process.exitCode = unsound.length === 0 ? 0 : 1;
} finally {
  await killStartedHosts();
}
