import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { STORE_FILE_NAME } from '../../../db/store';
import { sourceLayout } from '../../../electron/backend/paths';
import { CODE_CACHE_DIR_VARIABLE } from '../../../electron/backend/process/processProtocol';
import { makeTempDir, startTestBackend } from '../../support/tempBackend';
import { sideBySide } from '../benchCase';
import type { BenchCase } from '../benchCase';

const RUNS = 7;
const bundle = path.join(process.cwd(), 'dist', 'electron', 'backend.cjs');

/*
 * The bundled back end as Electron's utility process runs it, under plain Node: a stand-in parentPort,
 * the start message, one call; prints the milliseconds from process start to the answer. Page source for
 * `node -e`, so that neither tsx nor a test runner is part of the figure. With a code cache folder, as the
 * main process gives it, every start but the first after an install reads the compiled code the first wrote.
 */
const bundledStart = (dataDir: string) => `
const listeners = [];
process.parentPort = {
  postMessage(message) {
    if (message.kind === 'ready') for (const listener of listeners) listener({ data: { kind: 'call', id: 1, method: 'units.list', input: {} } });
    else if (message.kind === 'result') {
      if (!message.result.ok) throw new Error(JSON.stringify(message.result.error));
      console.log(JSON.stringify({ firstAnswerMs: performance.now() }));
      for (const listener of listeners) listener({ data: { kind: 'close' } });
    } else if (message.kind === 'closed') process.exit(0);
    else if (message.kind === 'startFailed') throw new Error(JSON.stringify(message.failure));
  },
  on(_event, listener) { listeners.push(listener); },
};
require(${JSON.stringify(bundle)});
for (const listener of listeners) listener({ data: { kind: 'start', start: { config: ${JSON.stringify({ dataDir, migrationsFolder: sourceLayout.migrationsFolder, resourcesDir: sourceLayout.resourcesDir, appVersion: 'bench' })} } } });
`;

/** The floor: Node starting, better-sqlite3 opening the same store and answering the same list by plain SQL. */
const plainStart = (storePath: string) => `
const Database = require('better-sqlite3');
const db = new Database(${JSON.stringify(storePath)});
db.prepare('select * from units order by sort_order').all();
console.log(JSON.stringify({ firstAnswerMs: performance.now() }));
db.close();
`;

const firstAnswer = (source: string, codeCacheDir?: string) =>
  (
    JSON.parse(
      execFileSync(process.execPath, ['-e', source], { encoding: 'utf8', env: { ...process.env, [CODE_CACHE_DIR_VARIABLE]: codeCacheDir ?? '' } })
        .trim()
        .split('\n')
        .at(-1)!,
    ) as { firstAnswerMs: number }
  ).firstAnswerMs;

const bench: BenchCase = {
  name: 'Start: the bundled back end (dist/electron/backend.cjs) under plain Node, to the first answer on an existing store',
  async run(): Promise<Record<string, string>> {
    if (!fs.existsSync(bundle)) return { 'bundled back-end start': 'no bundle in dist/electron: run npm run build:electron first' };
    // The store exists and is migrated, as on every start but the first.
    const dataDir = makeTempDir('bench-start-');
    const codeCacheDir = path.join(dataDir, 'code-cache');
    (await startTestBackend({ dataDir })).close();
    firstAnswer(bundledStart(dataDir), codeCacheDir);
    if (fs.readdirSync(codeCacheDir).length !== 1) throw new Error('the first start wrote no code cache');
    const bundled: number[] = [];
    const withoutCache: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      bundled.push(firstAnswer(bundledStart(dataDir), codeCacheDir));
      withoutCache.push(firstAnswer(bundledStart(dataDir)));
      plain.push(firstAnswer(plainStart(path.join(dataDir, STORE_FILE_NAME))));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    return {
      'ISSUE ROW back-end start, bundled, process start to first answer (reference: Node opening the same store with better-sqlite3 and answering the same list by plain SQL)': sideBySide(bundled, plain),
      'the same start without a code cache (the first start after an install or update), same reference': sideBySide(withoutCache, plain),
    };
  },
};
export default bench;
