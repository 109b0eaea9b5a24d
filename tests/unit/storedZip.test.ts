import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../electron/backend/modules/backups/zipParts';
import { makeTempDir } from '../support/tempBackend';

async function readAll(zipFile: string): Promise<{ count: number; sample: Map<string, Buffer>; crcMismatches: string[] }> {
  const zip = await yauzl.openPromise(zipFile, { autoClose: false, strictFileNames: true, validateEntrySizes: true });
  const sample = new Map<string, Buffer>();
  const crcMismatches: string[] = [];
  let count = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      count += 1;
      if (count % 9973 !== 1 && !entry.fileName.endsWith('.json')) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      const bytes = Buffer.concat(chunks);
      if (zlib.crc32(bytes) !== entry.crc32) crcMismatches.push(entry.fileName);
      sample.set(entry.fileName, bytes);
    }
  } finally {
    zip.close();
  }
  return { count, sample, crcMismatches };
}

describe('the stored zip writer', () => {
  it('writes ZIP64 end records when there are more entries than a plain zip can count, and a reader finds every one', { timeout: 120_000 }, async () => {
    const folder = makeTempDir('zip64-');
    const source = path.join(folder, 'phần.txt');
    fs.writeFileSync(source, 'Biên bản kiểm tra số 12/BB-UBND\n');
    const parts = Array.from({ length: 70_000 }, (_, index) => ({ name: `tệp/${String(index).padStart(5, '0')}.txt`, filePath: source }));
    const target = path.join(folder, 'nhieu-tep.zip');
    const hashed = await writeZip(target, parts, 'manifest.json', (written) => ({ count: written.length }));
    expect(hashed).toHaveLength(70_000);

    // The file ends with the ZIP64 end record (56 bytes), its locator (20) and the plain end record (22).
    const bytes = fs.readFileSync(target);
    expect(bytes.readUInt32LE(bytes.length - 98)).toBe(0x06064b50);
    expect(bytes.readUInt32LE(bytes.length - 42)).toBe(0x07064b50);
    expect(bytes.readUInt16LE(bytes.length - 22 + 10)).toBe(0xffff);

    const { count, sample, crcMismatches } = await readAll(target);
    expect(count).toBe(70_001);
    expect(crcMismatches).toEqual([]);
    expect(sample.get('tệp/00000.txt')!.toString('utf8')).toBe('Biên bản kiểm tra số 12/BB-UBND\n');
    expect(JSON.parse(sample.get('manifest.json')!.toString('utf8'))).toEqual({ count: 70_000 });
  });
});
