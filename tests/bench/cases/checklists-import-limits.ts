import { PassThrough } from 'node:stream';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { checklistColumns } from '../../../electron/shared/workbooks/checklistWorkbookLayout';
import { startTestBackend } from '../../support/tempBackend';
import { summarise } from '../benchCase';
import type { BenchCase } from '../benchCase';

const ROWS = 200_000;

/** The sheet from the issue: a few MB of .xlsx holding 200,000 rows, written with the streaming writer. */
async function hugeSheet(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
  const sheet = book.addWorksheet('Danh mục kiểm tra');
  sheet.addRow(checklistColumns.map((c) => c.header)).commit();
  for (let row = 1; row <= ROWS; row++) sheet.addRow(['1', 'Phần 1', `Q${row}`, `Câu hỏi ${row}?`, null, null, 'Thang phù hợp']).commit();
  sheet.commit();
  await book.commit();
  return Buffer.concat(chunks);
}

/** How fast a 200,000-row sheet is refused, and how the API answers meanwhile, beside a units.list round trip. */
const bench: BenchCase = {
  name: 'Checklists: a 200,000-row sheet is refused before it is parsed, off the API thread',
  async run() {
    const backend = await startTestBackend();
    const file = await hugeSheet();
    const base64 = file.toString('base64');
    // The first task starts the worker thread; its start-up is not the figure measured here.
    await backend.call('checklists.previewImport', { fileName: 'nho.xlsx', base64: 'UEsDBA==' });
    const roundTrips: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await backend.dispatch('units.list', {});
      roundTrips.push(performance.now() - start);
    }
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const heapBefore = process.memoryUsage().rss;
    const start = performance.now();
    const preview = await backend.call('checklists.previewImport', { fileName: 'qua-dai.xlsx', base64 });
    const refusedMs = performance.now() - start;
    delay.disable();
    backend.close();
    const reference = summarise(roundTrips).medianMs;
    const maxStallMs = Math.round(delay.max / 1e4) / 100;
    return {
      'file size MB': Math.round((file.length / 1024 / 1024) * 10) / 10,
      refused: preview.problems[0]?.message ?? '(không bị từ chối)',
      'time to refusal ms': Math.round(refusedMs),
      'longest API-thread stall ms': maxStallMs,
      'reference: units.list median ms': reference,
      'stall / units.list ratio': Math.round((maxStallMs / Math.max(reference, 0.01)) * 10) / 10,
      'main process RSS growth MB': Math.round((process.memoryUsage().rss - heapBefore) / 1024 / 1024),
    };
  },
};
export default bench;
