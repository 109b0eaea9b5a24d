import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface IntegrityCheckOutcome {
  /** SQLite's findings; empty when the store is intact. */
  problems: string[];
  /** The check could not run at all (worker or connection failed); says nothing about the store. */
  failedToRun?: string;
}

export interface RunningIntegrityCheck {
  readonly outcome: Promise<IntegrityCheckOutcome>;
  stop(): Promise<void>;
}

/**
 * Plain CommonJS evaluated in the worker, so the same code runs under tsx, vitest and the Electron bundle.
 * Its own read-only connection: under WAL it reads a snapshot while the app keeps writing.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
let db;
try {
  db = new Database(workerData.filePath, { readonly: true, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  const rows = db.pragma('integrity_check(${20})').map((row) => String(row.integrity_check));
  parentPort.postMessage({ problems: rows.length === 1 && rows[0] === 'ok' ? [] : rows });
} catch (error) {
  const code = error && error.code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) parentPort.postMessage({ problems: [error.message] });
  else parentPort.postMessage({ problems: [], failedToRun: String(error && error.message ? error.message : error) });
} finally {
  if (db) db.close();
}
`;

/** The worker loads its own copy of the module the app uses (under Electron, from beside the bundle). */
function betterSqliteModulePath(): string {
  return createRequire(import.meta.url).resolve('better-sqlite3');
}

/** Runs PRAGMA integrity_check on a worker thread: the full check reads every page and must not hold up the UI. */
export function startIntegrityCheck(filePath: string, nativeBinding?: string): RunningIntegrityCheck {
  const worker = new Worker(workerSource, { eval: true, workerData: { modulePath: betterSqliteModulePath(), filePath, nativeBinding } });
  worker.unref();
  const outcome = new Promise<IntegrityCheckOutcome>((resolve) => {
    worker.once('message', (message: IntegrityCheckOutcome) => resolve(message));
    worker.once('error', (error) => resolve({ problems: [], failedToRun: error.message }));
    worker.once('exit', (code) => resolve({ problems: [], failedToRun: `worker exited (${code})` }));
  });
  return {
    outcome,
    stop: async () => {
      await worker.terminate();
    },
  };
}
