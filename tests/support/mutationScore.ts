/**
 * Prints the mutation score of `npm run test:mutation` per file and in total, and every surviving
 * mutant with its place, from StrykerJS's JSON report. Fails below the goal of 90%.
 */
import fs from 'node:fs';

/** The whole run's report by default; a partial run's report (e.g. one written by a `--mutate` run) as the first argument. */
const REPORT = process.argv[2] ?? 'reports/mutation/mutation.json';
const GOAL_PERCENT = 90;

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

const detected = new Set(['Killed', 'Timeout']);
const undetected = new Set(['Survived', 'NoCoverage']);

const report = JSON.parse(fs.readFileSync(REPORT, 'utf8')) as Report;
let totalDetected = 0;
let totalValid = 0;
const survivors: string[] = [];
const rows: string[] = [];
for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  const killed = mutants.filter((m) => detected.has(m.status)).length;
  const valid = killed + mutants.filter((m) => undetected.has(m.status)).length;
  totalDetected += killed;
  totalValid += valid;
  const ignored = mutants.filter((m) => m.status === 'Ignored').length;
  rows.push(`${valid === 0 ? '   —  ' : `${((100 * killed) / valid).toFixed(1).padStart(5)}%`}  ${String(killed).padStart(4)}/${String(valid).padEnd(4)} ${ignored ? `(${ignored} marked) ` : ''}${file}`);
  for (const m of mutants.filter((mutant) => undetected.has(mutant.status))) {
    survivors.push(`${file}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName} → ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}`);
  }
}
const allMutants = Object.values(report.files).flatMap((file) => file.mutants);
const countOf = (status: string) => allMutants.filter((m) => m.status === status).length;
const score = totalValid === 0 ? 0 : (100 * totalDetected) / totalValid;
console.log('\nMutation score per file (killed or timed out / valid mutants):');
for (const row of rows) console.log(`  ${row}`);
console.log(survivors.length ? `\nSurvivors (${survivors.length}):\n  ${survivors.join('\n  ')}` : '\nNo survivors.');
console.log(
  `\nKilled ${countOf('Killed')}, survived ${countOf('Survived')}, timeout ${countOf('Timeout')}, no coverage ${countOf('NoCoverage')}; ` +
    `not counted: ${countOf('CompileError')} compile errors, ${countOf('Ignored')} marked or static.`,
);
console.log(`\nMutation score of the scope: ${score.toFixed(2)}% (${totalDetected}/${totalValid}); goal ${GOAL_PERCENT}%.`);
if (score < GOAL_PERCENT) process.exitCode = 1;
