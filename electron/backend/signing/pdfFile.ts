import { inflateSync } from 'node:zlib';
import { PdfLexer, PdfName, PdfRef, PdfSyntaxError, asDict, asRef, isWhitespace } from './pdfSyntax';
import type { PdfDict, PdfValue } from './pdfSyntax';

export interface PdfObject {
  value: PdfValue;
  /** The stream's raw (still encoded) bytes, when the object is a stream. */
  stream?: Buffer;
}

/**
 * A PDF file with classic cross-reference tables (what pdfkit and our incremental updates write).
 * Objects are read lazily; the last revision of each object number wins.
 */
export class PdfFile {
  readonly trailer: PdfDict;
  readonly lastXrefOffset: number;
  private readonly offsets = new Map<number, number>();
  private readonly decided = new Set<number>();
  private readonly cache = new Map<number, PdfObject>();

  constructor(readonly bytes: Buffer) {
    this.lastXrefOffset = findStartXref(bytes);
    let trailer: PdfDict | undefined;
    let offset: number | undefined = this.lastXrefOffset;
    const seen = new Set<number>();
    while (offset !== undefined) {
      if (seen.has(offset)) throw new PdfSyntaxError('Cross-reference chain loops');
      seen.add(offset);
      const section = this.readXrefSection(offset);
      trailer ??= section.trailer;
      const prev = section.trailer.get('Prev');
      offset = typeof prev === 'number' ? prev : undefined;
    }
    this.trailer = trailer!;
  }

  get size(): number {
    const size = this.trailer.get('Size');
    if (typeof size !== 'number') throw new PdfSyntaxError('Trailer has no /Size');
    return size;
  }

  get catalogRef(): PdfRef {
    return asRef(this.trailer.get('Root'), 'Trailer /Root');
  }

  object(ref: PdfRef): PdfObject {
    const cached = this.cache.get(ref.objectNumber);
    if (cached) return cached;
    const offset = this.offsets.get(ref.objectNumber);
    if (offset === undefined) throw new PdfSyntaxError(`Object ${ref.objectNumber} is not in the cross-reference table`);
    const lexer = new PdfLexer(this.bytes, offset);
    lexer.readRegular();
    lexer.readRegular();
    lexer.expectKeyword('obj');
    const value = lexer.readValue();
    const parsed: PdfObject = { value };
    if (value instanceof Map && lexer.peekRegular() === 'stream') {
      lexer.readRegular();
      if (this.bytes[lexer.position] === 0x0d) lexer.position++;
      if (this.bytes[lexer.position] === 0x0a) lexer.position++;
      const length = this.resolve(value.get('Length'));
      if (typeof length !== 'number') throw new PdfSyntaxError(`Stream ${ref.objectNumber} has no length`);
      parsed.stream = this.bytes.subarray(lexer.position, lexer.position + length);
    }
    this.cache.set(ref.objectNumber, parsed);
    return parsed;
  }

  /** Follows an indirect reference to its value; direct values come back unchanged. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value instanceof PdfRef ? this.object(value).value : value;
  }

  dict(ref: PdfRef, what: string): PdfDict {
    return asDict(this.object(ref).value, what);
  }

  /** The pages in reading order, walking the page tree. */
  pageRefs(): PdfRef[] {
    const pages: PdfRef[] = [];
    const visit = (ref: PdfRef, depth: number) => {
      if (depth > 32) throw new PdfSyntaxError('Page tree too deep');
      const node = this.dict(ref, 'Page tree node');
      const type = node.get('Type');
      if (type instanceof PdfName && type.name === 'Page') {
        pages.push(ref);
        return;
      }
      const kids = this.resolve(node.get('Kids'));
      if (!Array.isArray(kids)) throw new PdfSyntaxError('Page tree node without /Kids');
      for (const kid of kids) visit(asRef(kid, 'Page tree kid'), depth + 1);
    };
    visit(asRef(this.dict(this.catalogRef, 'Catalog').get('Pages'), 'Catalog /Pages'), 0);
    return pages;
  }

  /** A stream's bytes with FlateDecode undone (the only filter pdfkit writes). */
  decodedStream(object: PdfObject): Buffer {
    if (!object.stream || !(object.value instanceof Map)) throw new PdfSyntaxError('Not a stream');
    const filter = this.resolve(object.value.get('Filter'));
    const filters = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
    if (filters.length === 0) return object.stream;
    if (filters.length === 1 && filters[0] instanceof PdfName && filters[0].name === 'FlateDecode') return inflateSync(object.stream);
    throw new PdfSyntaxError('Unsupported stream filter');
  }

  private readXrefSection(offset: number): { trailer: PdfDict } {
    const lexer = new PdfLexer(this.bytes, offset);
    if (lexer.readRegular() !== 'xref') {
      throw new PdfSyntaxError('Only classic cross-reference tables are supported (no xref streams)');
    }
    for (;;) {
      const token = lexer.readRegular();
      if (token === 'trailer') break;
      const first = Number(token);
      const count = Number(lexer.readRegular());
      if (!Number.isInteger(first) || !Number.isInteger(count)) throw new PdfSyntaxError('Malformed cross-reference subsection');
      for (let i = 0; i < count; i++) {
        const entryOffset = Number(lexer.readRegular());
        lexer.readRegular();
        const kind = lexer.readRegular();
        // Older sections come later in the chain: an entry already decided belongs to a newer revision.
        if (this.decided.has(first + i)) continue;
        this.decided.add(first + i);
        if (kind === 'n') this.offsets.set(first + i, entryOffset);
      }
    }
    return { trailer: asDict(lexer.readValue(), 'Trailer') };
  }
}

function findStartXref(bytes: Buffer): number {
  const position = bytes.lastIndexOf('startxref');
  if (position < 0) throw new PdfSyntaxError('No startxref: not a PDF file or truncated');
  let cursor = position + 'startxref'.length;
  while (isWhitespace(bytes[cursor])) cursor++;
  const match = /^\d+/.exec(bytes.toString('latin1', cursor, cursor + 20));
  if (!match) throw new PdfSyntaxError('Malformed startxref');
  return Number(match[0]);
}
