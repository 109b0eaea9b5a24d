import fs from 'node:fs';
import path from 'node:path';
import type { PackageUpload } from '../../electron/shared/contract/packages';

const CHUNK = 4 * 1024 * 1024;

/** Anything that answers API calls: a backend in this process (`call`) or a spawned web host (`callRaw`). */
type Caller = (method: 'packages.upload', input: { uploadId?: string; fileName: string; size: number; offset: number; base64: string }) => Promise<PackageUpload>;

/** Uploads a package file in chunks, as the renderer does with the file the user picked; returns its upload id. */
export async function uploadPackageWith(call: Caller, filePath: string): Promise<string> {
  const size = fs.statSync(filePath).size;
  const fileName = path.basename(filePath);
  const handle = fs.openSync(filePath, 'r');
  try {
    let uploadId: string | undefined;
    for (let offset = 0; offset < size; offset += CHUNK) {
      const buffer = Buffer.alloc(Math.min(CHUNK, size - offset));
      fs.readSync(handle, buffer, 0, buffer.length, offset);
      ({ uploadId } = await call('packages.upload', { uploadId, fileName, size, offset, base64: buffer.toString('base64') }));
    }
    return uploadId!;
  } finally {
    fs.closeSync(handle);
  }
}

/** The same, through a test backend's `call`. */
export const uploadPackage = (backend: { call: Caller }, filePath: string) => uploadPackageWith((method, input) => backend.call(method, input), filePath);
