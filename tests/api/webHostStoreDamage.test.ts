import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_FILE_NAME, StoreOpenError } from '../../db/store';
import { projectRoot } from '../../electron/backend/paths';
import { describeStartupFailure } from '../../electron/backend/startupFailure';
import { makeTempDir } from '../support/tempBackend';

/** Runs the web host's command line on a data folder and collects what the user sees. */
function runWebHost(dataDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(projectRoot, 'node_modules/.bin/tsx'), ['electron/backend/web/cli.ts', '--port', '0', '--data-dir', dataDir], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('the web host on a store it cannot use', () => {
  it('prints the Vietnamese report (folder, .bak files), exits without serving, and leaves the file byte-identical', { timeout: 60_000 }, async () => {
    const dataDir = makeTempDir('kiem-tra-garbage-');
    const file = path.join(dataDir, STORE_FILE_NAME);
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251)));
    const backup = `${STORE_FILE_NAME}.v2-2026-09-01T01-00-00-000Z.bak`;
    fs.writeFileSync(path.join(dataDir, backup), 'bản sao lưu');
    const before = fs.readFileSync(file);

    const { code, output } = await runWebHost(dataDir);
    expect(code).toBe(1);
    expect(output).toMatch(/^Không mở được dữ liệu\n\nKhông thể làm việc với dữ liệu\. Tệp dữ liệu không phải là cơ sở dữ liệu SQLite/);
    expect(output).toContain(`Mở thư mục dữ liệu: ${dataDir}`);
    expect(output).toContain(backup);
    expect(output).not.toMatch(/SqliteError|Error:|\n\s+at |http:\/\/127/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dataDir).sort()).toEqual([STORE_FILE_NAME, backup].sort());
  });
});

describe('what both hosts show when the back end cannot start', () => {
  it('shows a store refusal as it is, and anything else in Vietnamese with the reason as technical detail', () => {
    const refusal = new StoreOpenError('STORE_BUSY', path.join(makeTempDir(), STORE_FILE_NAME), 'SQLITE_BUSY database is locked');
    expect(describeStartupFailure(refusal)).toEqual({ title: 'Không mở được dữ liệu', detail: refusal.message });
    expect(refusal.message).toMatch(/đang bị một chương trình khác giữ/);
    const other = describeStartupFailure(new TypeError('Cannot read properties of undefined'));
    expect(other.title).toBe('Không khởi động được ứng dụng');
    expect(other.detail).toMatch(/^Đã xảy ra lỗi ngoài dự kiến khi khởi động; dữ liệu không bị thay đổi\./);
    expect(other.detail).toMatch(/Chi tiết kỹ thuật: Cannot read properties of undefined$/);
  });
});
