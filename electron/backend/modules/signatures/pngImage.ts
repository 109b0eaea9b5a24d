import { invalid, issue, text } from '../../api/errors';
import type { LocalizedText } from '../../../shared/i18n/catalog';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_SIDE = 4000;

export interface PngSize {
  width: number;
  height: number;
}

/** Checks the PNG signature and header chunk and returns the image size (what pdfmake needs to place it). */
export function readPngSize(bytes: Buffer, field = 'pngBase64'): PngSize {
  const refuse = (message: LocalizedText) => invalid(message, [issue(field, message)]);
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw refuse(text('errors.signature.notPng'));
  }
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (width === 0 || height === 0 || width > MAX_SIDE || height > MAX_SIDE) {
    throw refuse(text('errors.signature.badSize', { max: MAX_SIDE }));
  }
  return { width, height };
}
