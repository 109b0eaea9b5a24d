import type { PdfFile } from './pdfFile';
import { PdfRef, serializeValue } from './pdfSyntax';
import type { PdfValue } from './pdfSyntax';

interface PendingObject {
  ref: PdfRef;
  body: Buffer;
}

/**
 * Appends new and changed objects after the file's last %%EOF (ISO 32000-1 §7.5.6), leaving every
 * earlier byte untouched so the signatures that cover them stay valid.
 */
export class IncrementalUpdate {
  private nextObjectNumber: number;
  private readonly objects: PendingObject[] = [];

  constructor(readonly file: PdfFile) {
    this.nextObjectNumber = file.size;
  }

  allocate(): PdfRef {
    return new PdfRef(this.nextObjectNumber++);
  }

  /** Writes (or rewrites) an object; a stream's bytes are written as given, and its /Length must match. */
  set(ref: PdfRef, value: PdfValue, stream?: Buffer): void {
    const dictionary = Buffer.from(serializeValue(value), 'latin1');
    this.setRaw(ref, stream ? Buffer.concat([dictionary, Buffer.from('\nstream\n'), stream, Buffer.from('\nendstream')]) : dictionary);
  }

  /** For objects whose exact byte layout matters, such as a signature dictionary with its placeholders. */
  setRaw(ref: PdfRef, body: Buffer): void {
    this.objects.push({ ref, body });
  }

  toBuffer(): Buffer {
    const original = this.file.bytes;
    const parts: Buffer[] = [original];
    let length = original.length;
    const push = (part: Buffer) => {
      parts.push(part);
      length += part.length;
    };
    if (original[original.length - 1] !== 0x0a) push(Buffer.from('\n'));
    const entries = new Map<number, { offset: number; generation: number }>();
    for (const { ref, body } of this.objects) {
      entries.set(ref.objectNumber, { offset: length, generation: ref.generation });
      push(Buffer.from(`${ref.objectNumber} ${ref.generation} obj\n`));
      push(body);
      push(Buffer.from('\nendobj\n'));
    }
    const xrefOffset = length;
    push(Buffer.from(`xref\n${crossReferenceSubsections(entries)}`));
    const trailer = new Map<string, PdfValue>([
      ['Size', this.nextObjectNumber],
      ['Root', this.file.catalogRef],
      ['Prev', this.file.lastXrefOffset],
    ]);
    for (const key of ['Info', 'ID'] as const) {
      const value = this.file.trailer.get(key);
      if (value !== undefined) trailer.set(key, value);
    }
    push(Buffer.from(`trailer\n${serializeValue(trailer)}\nstartxref\n${xrefOffset}\n%%EOF\n`));
    return Buffer.concat(parts, length);
  }
}

/** Contiguous runs of object numbers, each entry exactly 20 bytes. */
function crossReferenceSubsections(entries: Map<number, { offset: number; generation: number }>): string {
  const numbers = [...entries.keys()].sort((a, b) => a - b);
  let text = '';
  for (let start = 0; start < numbers.length; ) {
    let end = start;
    while (end + 1 < numbers.length && numbers[end + 1] === numbers[end]! + 1) end++;
    text += `${numbers[start]} ${end - start + 1}\n`;
    for (let i = start; i <= end; i++) {
      const entry = entries.get(numbers[i]!)!;
      text += `${String(entry.offset).padStart(10, '0')} ${String(entry.generation).padStart(5, '0')} n \n`;
    }
    start = end + 1;
  }
  return text;
}
