import { previewKindOf } from '../../../shared/contract/evidence';

const signatures: { mimeType: string; matches(bytes: Uint8Array): boolean }[] = [
  { mimeType: 'image/png', matches: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { mimeType: 'image/jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mimeType: 'image/gif', matches: (b) => ascii(b, 0, 4) === 'GIF8' },
  { mimeType: 'image/webp', matches: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  { mimeType: 'application/pdf', matches: (b) => ascii(b, 0, 5) === '%PDF-' },
];

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/**
 * The type the app will trust for previews comes from the content, never from the name: a file
 * only claims to be an image or a PDF if its first bytes say so. Other types are kept as declared.
 */
export function fileTypeOf(bytes: Uint8Array, declared: string): string {
  const sniffed = signatures.find((signature) => signature.matches(bytes));
  if (sniffed) return sniffed.mimeType;
  const plausible = /^[\w.+-]+\/[\w.+-]+$/.test(declared) && previewKindOf(declared) === null;
  return plausible ? declared.toLowerCase() : 'application/octet-stream';
}
