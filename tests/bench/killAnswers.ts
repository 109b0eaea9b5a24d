/**
 * On demand (`npm run test:kill [-- rounds]`), not in every CI run: SIGKILLs the web host during bursts of
 * answer saves, again and again, and checks after each kill that every acknowledged save is in the store and
 * that integrity_check is ok. Prints its figures; exits 1 on any loss or damage.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../../electron/backend/paths';
import { makeTempDir } from '../support/tempBackend';
import { answersForRound, burstThenKill, checkStoreFile, lostAnswers, prepareAnswerStore } from '../support/fixtures/answerKills';
import type { SentAnswer } from '../support/fixtures/answerKills';
import { killStartedHosts, spawnWebHost } from '../support/fixtures/auditsWebHostProcess';
import type { HostCommand } from '../support/fixtures/auditsWebHostProcess';
import { summarise } from './benchCase';

const rounds = Number(process.argv[2] ?? 200);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`rounds must be a positive integer, not ${process.argv[2]}`);

/**
 * The same web host command line, bundled once (ESM, dependencies left in node_modules) so each of the
 * hundreds of restarts costs one plain node start instead of a TypeScript compile.
 */
async function bundledHost(): Promise<HostCommand> {
  const outfile = path.join(projectRoot, '.cache', 'kill-test', 'cli.mjs');
  await build({ entryPoints: [path.join(projectRoot, 'electron/backend/web/cli.ts')], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  return { program: process.execPath, args: [outfile] };
}

const host = await bundledHost();
const dataDir = makeTempDir('kiem-tra-kill-');
const { auditId, items } = await prepareAnswerStore(dataDir);
const started = Date.now();
let kills = 0;
let acknowledgedTotal = 0;
let lostTotal = 0;
let refusedTotal = 0;
const integrityFailures: string[] = [];
const restartMs: number[] = [];
let previous: SentAnswer[] = [];

try {
  // Round r's host is also the restart that checks round r-1; one more start checks the last kill.
  for (let round = 1; round <= rounds + 1; round++) {
    const spawnStarted = performance.now();
    const running = await spawnWebHost(dataDir, host);
    restartMs.push(performance.now() - spawnStarted);
    const lost = await lostAnswers(running, auditId, previous);
    lostTotal += lost.length;
    const check = checkStoreFile(dataDir);
    if (check.integrity !== 'ok' || check.foreignKeyViolations > 0) integrityFailures.push(`after kill ${round - 1}: ${JSON.stringify(check)}`);
    if (round > rounds) {
      await running.kill('SIGTERM');
      break;
    }
    // Kill points spread over the burst, different each round, the same on every run.
    const killAfter = 20 + ((round * 37) % 200);
    const { acknowledged, refused } = await burstThenKill(running, auditId, answersForRound(items, round), killAfter);
    kills++;
    acknowledgedTotal += acknowledged.length;
    refusedTotal += refused.length;
    previous = acknowledged;
    if (round % 20 === 0) console.log(`  … ${round}/${rounds} kills, ${acknowledgedTotal} acknowledged saves, ${lostTotal} lost`);
  }
} finally {
  await killStartedHosts();
}

const restart = summarise(restartMs);
console.log('\nkill test: answer saves under SIGKILL');
console.log(`  SIGKILLs during answer saves: ${kills}`);
console.log(`  acknowledged saves checked after restart: ${acknowledgedTotal}`);
console.log(`  acknowledged saves lost: ${lostTotal}`);
console.log(`  saves refused by the host: ${refusedTotal}`);
console.log(`  integrity_check not ok: ${integrityFailures.length} of ${kills} (${integrityFailures.join('; ') || 'ok every time'})`);
console.log(`  host restart (spawn to first answer): median ${restart.medianMs} ms, p95 ${restart.p95Ms} ms`);
console.log(`  total time: ${Math.round((Date.now() - started) / 1000)} s; store: ${dataDir}`);
process.exit(lostTotal === 0 && integrityFailures.length === 0 && refusedTotal === 0 ? 0 : 1);
