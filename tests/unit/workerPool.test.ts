import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBundles } from '../../electron/build/electronBundles';
import { projectRoot } from '../../electron/backend/paths';
import { createWorkerPool, WorkerTaskError } from '../../electron/backend/workers/workerPool';
import type { WorkerPool } from '../../electron/backend/workers/workerPool';
import type { backupHelperTasks } from '../../electron/backend/workers/backupHelperTasks';
import { checklistColumns } from '../../electron/shared/workbooks/checklistWorkbookLayout';

async function smallChecklist(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh mục kiểm tra');
  sheet.addRow(checklistColumns.map((c) => c.header));
  sheet.addRow(checklistColumns.map((c) => ({ sectionCode: 'I', sectionTitle: 'Phần I', code: '1', question: 'Câu hỏi?', answerType: 'Thang phù hợp' })[c.key as string] ?? null));
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

describe('worker threads', () => {
  const pools: Pick<WorkerPool, 'close'>[] = [];
  const pool = (entry?: string) => {
    const created = createWorkerPool(entry ? { entry } : {});
    pools.push(created);
    return created;
  };
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it('runs a named task from the TypeScript sources and returns its result', async () => {
    const parsed = await pool().run('checklists.readWorkbook', { fileName: 'nho.xlsx', base64: await smallChecklist() });
    expect(parsed.problems).toEqual([]);
    expect(parsed.sections).toMatchObject([{ code: 'I', items: [{ code: '1', question: 'Câu hỏi?' }] }]);
  });

  it('returns a task that throws as an error, and keeps working', async () => {
    const workers = pool();
    const failing = workers.run('checklists.readWorkbook', { fileName: 'x.xlsx', base64: undefined as unknown as string });
    await expect(failing).rejects.toBeInstanceOf(WorkerTaskError);
    const three = await Promise.all([1, 2, 3].map(async () => workers.run('checklists.readWorkbook', { fileName: 'nho.xlsx', base64: await smallChecklist() })));
    expect(three.map((parsed) => parsed.problems)).toEqual([[], [], []]);
  });

  it('refuses the task, without hanging, when the worker cannot start', async () => {
    await expect(pool(path.join(projectRoot, 'khong-co.cjs')).run('checklists.readWorkbook', { fileName: 'x.xlsx', base64: 'AA==' })).rejects.toBeInstanceOf(WorkerTaskError);
  });

  describe('bundled for the desktop app', () => {
    const outdir = path.join(projectRoot, '.cache', `bundle-test-${process.pid}`);
    beforeAll(async () => {
      await build(electronBundles(outdir).node);
    });
    afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

    it('ships worker.cjs beside the back end process (backend.cjs), and it runs the same tasks', async () => {
      expect(fs.existsSync(path.join(outdir, 'backend.cjs'))).toBe(true);
      const parsed = await pool(path.join(outdir, 'worker.cjs')).run('checklists.readWorkbook', { fileName: 'nho.xlsx', base64: await smallChecklist() });
      expect(parsed.problems).toEqual([]);
      expect(parsed.sections[0]?.items[0]?.question).toBe('Câu hỏi?');
    });

    it('ships backupHelper.cjs beside it, a small entry that starts without the document libraries and hashes what a backup reads back', async () => {
      const helper = fs.readFileSync(path.join(outdir, 'backupHelper.cjs'), 'utf8');
      expect(helper).not.toContain('require("exceljs")');
      const file = path.join(outdir, 'parts.bin');
      fs.writeFileSync(file, 'xxabcxx');
      const helpers = createWorkerPool<typeof backupHelperTasks>({ entry: path.join(outdir, 'backupHelper.cjs') });
      pools.push(helpers);
      expect(await helpers.run('backups.hashParts', { filePath: file, ranges: [{ name: 'abc', start: 2, size: 3 }] })).toEqual([
        { name: 'abc', start: 2, size: 3, sha256: createHash('sha256').update('abc').digest('hex') },
      ]);
    });

    it('keeps the store out of the main process: only the back end (backendMain.cjs) loads better-sqlite3', () => {
      expect(fs.readFileSync(path.join(outdir, 'backendMain.cjs'), 'utf8')).toContain('require("better-sqlite3")');
      expect(fs.readFileSync(path.join(outdir, 'main.cjs'), 'utf8')).not.toContain('better-sqlite3');
    });

    it('writes every Node bundle in ASCII, so Node reads and parses it as one-byte text', () => {
      const bundles = fs.readdirSync(outdir).filter((name) => name.endsWith('.cjs'));
      expect(bundles.sort()).toEqual(['backend.cjs', 'backendMain.cjs', 'backupHelper.cjs', 'main.cjs', 'worker.cjs']);
      for (const name of bundles) expect(/[\u0080-\uffff]/.test(fs.readFileSync(path.join(outdir, name), 'latin1')), name).toBe(false);
    });
  });
});
