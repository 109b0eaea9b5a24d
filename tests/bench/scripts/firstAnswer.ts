/**
 * Started as its own process by the start-up bench: optionally loads the heavy libraries first (as the
 * back end did before they were loaded lazily), then opens a store and answers one call; prints the
 * milliseconds from process start to that answer.
 */
import { performance } from 'node:perf_hooks';
import { startTestBackend } from '../../support/tempBackend';

if (process.argv.includes('--eager')) {
  await Promise.all([import('exceljs'), import('pdfmake'), import('@signpdf/signpdf'), import('@signpdf/utils'), import('node-forge')]);
}
const backend = await startTestBackend();
await backend.call('units.list', {});
console.log(JSON.stringify({ firstAnswerMs: performance.now() }));
backend.close();
