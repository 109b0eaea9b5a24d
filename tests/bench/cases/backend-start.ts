import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sideBySide } from '../benchCase';
import type { BenchCase } from '../benchCase';

const RUNS = 5;
const script = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'scripts', 'firstAnswer.ts');
const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');

/** Milliseconds from a fresh process's start to the back end's first answer. */
function firstAnswer(eager: boolean): number {
  const output = execFileSync(tsx, [script, ...(eager ? ['--eager'] : [])], { encoding: 'utf8' });
  return (JSON.parse(output.trim().split('\n').at(-1)!) as { firstAnswerMs: number }).firstAnswerMs;
}

const bench: BenchCase = {
  name: 'Start: back end from process start to the first answer (module loading, store opening)',
  async run() {
    firstAnswer(false); // tsx compiles the sources once into its cache
    const lazy: number[] = [];
    const eager: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      lazy.push(firstAnswer(false));
      eager.push(firstAnswer(true));
    }
    return {
      'ISSUE ROW back-end start, first answer (reference: the same start loading exceljs, pdfmake and the signing libraries up front, as before)': sideBySide(lazy, eager),
    };
  },
};
export default bench;
