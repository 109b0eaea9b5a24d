/**
 * The small part of PDF syntax (ISO 32000-1 §7.3) that signing needs: read the objects of a file
 * written by pdfkit or by our own incremental updates, change a few dictionaries, and write them back.
 */

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(
    readonly objectNumber: number,
    readonly generation = 0,
  ) {}

  toString(): string {
    return `${this.objectNumber} ${this.generation} R`;
  }
}

/** A string kept as its bytes; `hex` remembers how it was written. */
export class PdfString {
  constructor(
    readonly bytes: Buffer,
    readonly hex = false,
  ) {}

  /** A text string (§7.9.2.2): UTF-16BE with its byte-order mark, so Vietnamese survives. */
  static text(value: string): PdfString {
    const utf16 = Buffer.from(value.normalize('NFC'), 'utf16le').swap16();
    return new PdfString(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16]), true);
  }
}

export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict;
export type PdfDict = Map<string, PdfValue>;

export class PdfSyntaxError extends Error {}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

export function isWhitespace(byte: number | undefined): boolean {
  return byte !== undefined && WHITESPACE.has(byte);
}

function isRegular(byte: number | undefined): boolean {
  return byte !== undefined && !WHITESPACE.has(byte) && !DELIMITERS.has(byte);
}

/** A cursor over a file's bytes. */
export class PdfLexer {
  constructor(
    readonly bytes: Buffer,
    public position = 0,
  ) {}

  skipWhitespaceAndComments(): void {
    for (;;) {
      const byte = this.bytes[this.position];
      if (isWhitespace(byte)) this.position++;
      else if (byte === 0x25) {
        while (this.position < this.bytes.length && this.bytes[this.position] !== 0x0a && this.bytes[this.position] !== 0x0d) this.position++;
      } else return;
    }
  }

  /** A keyword or number token, without consuming anything else. */
  peekRegular(): string {
    this.skipWhitespaceAndComments();
    let end = this.position;
    while (isRegular(this.bytes[end])) end++;
    return this.bytes.toString('latin1', this.position, end);
  }

  readRegular(): string {
    const token = this.peekRegular();
    this.position += token.length;
    return token;
  }

  expectKeyword(keyword: string): void {
    const token = this.readRegular();
    if (token !== keyword) throw new PdfSyntaxError(`Expected "${keyword}" at byte ${this.position}, found "${token}"`);
  }

  readValue(): PdfValue {
    this.skipWhitespaceAndComments();
    const byte = this.bytes[this.position];
    if (byte === undefined) throw new PdfSyntaxError('Unexpected end of file');
    if (byte === 0x2f) return this.readName();
    if (byte === 0x28) return this.readLiteralString();
    if (byte === 0x3c) return this.bytes[this.position + 1] === 0x3c ? this.readDictionary() : this.readHexString();
    if (byte === 0x5b) return this.readArray();
    const token = this.readRegular();
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (token === 'null') return null;
    const number = Number(token);
    if (token === '' || Number.isNaN(number)) throw new PdfSyntaxError(`Unexpected token "${token}" at byte ${this.position}`);
    if (Number.isInteger(number) && number >= 0) {
      const saved = this.position;
      const generation = this.readRegular();
      if (/^\d+$/.test(generation) && this.readRegular() === 'R') return new PdfRef(number, Number(generation));
      this.position = saved;
    }
    return number;
  }

  private readName(): PdfName {
    this.position++;
    const start = this.position;
    while (isRegular(this.bytes[this.position])) this.position++;
    const raw = this.bytes.toString('latin1', start, this.position);
    return new PdfName(raw.replace(/#([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  }

  private readLiteralString(): PdfString {
    this.position++;
    const out: number[] = [];
    let depth = 1;
    for (;;) {
      const byte = this.bytes[this.position++];
      if (byte === undefined) throw new PdfSyntaxError('Unterminated string');
      if (byte === 0x5c) {
        const next = this.bytes[this.position++]!;
        const escapes: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
        if (escapes[next] !== undefined) out.push(escapes[next]);
        else if (next >= 0x30 && next <= 0x37) {
          let octal = next - 0x30;
          for (let i = 0; i < 2 && this.bytes[this.position]! >= 0x30 && this.bytes[this.position]! <= 0x37; i++) {
            octal = octal * 8 + (this.bytes[this.position++]! - 0x30);
          }
          out.push(octal & 0xff);
        } else if (next === 0x0d) {
          if (this.bytes[this.position] === 0x0a) this.position++;
        } else if (next !== 0x0a) out.push(next);
        continue;
      }
      if (byte === 0x28) depth++;
      if (byte === 0x29 && --depth === 0) break;
      out.push(byte);
    }
    return new PdfString(Buffer.from(out));
  }

  private readHexString(): PdfString {
    this.position++;
    const end = this.bytes.indexOf(0x3e, this.position);
    if (end < 0) throw new PdfSyntaxError('Unterminated hex string');
    let hex = this.bytes.toString('latin1', this.position, end).replace(/\s+/g, '');
    if (hex.length % 2 === 1) hex += '0';
    this.position = end + 1;
    return new PdfString(Buffer.from(hex, 'hex'), true);
  }

  private readArray(): PdfValue[] {
    this.position++;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipWhitespaceAndComments();
      if (this.bytes[this.position] === 0x5d) {
        this.position++;
        return items;
      }
      items.push(this.readValue());
    }
  }

  private readDictionary(): PdfDict {
    this.position += 2;
    const dict: PdfDict = new Map();
    for (;;) {
      this.skipWhitespaceAndComments();
      if (this.bytes[this.position] === 0x3e && this.bytes[this.position + 1] === 0x3e) {
        this.position += 2;
        return dict;
      }
      const key = this.readValue();
      if (!(key instanceof PdfName)) throw new PdfSyntaxError(`Dictionary key expected at byte ${this.position}`);
      dict.set(key.name, this.readValue());
    }
  }
}

function serializeNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
}

function serializeName(name: string): string {
  return `/${name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
}

function serializeString(value: PdfString): string {
  if (value.hex) return `<${value.bytes.toString('hex')}>`;
  return `(${value.bytes.toString('latin1').replace(/[\\()]/g, (c) => `\\${c}`).replace(/\r/g, '\\r')})`;
}

export function serializeValue(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return serializeNumber(value);
  if (value instanceof PdfName) return serializeName(value.name);
  if (value instanceof PdfRef) return value.toString();
  if (value instanceof PdfString) return serializeString(value);
  if (Array.isArray(value)) return `[${value.map(serializeValue).join(' ')}]`;
  return `<<${[...value].map(([key, item]) => `${serializeName(key)} ${serializeValue(item)}`).join(' ')}>>`;
}

export const name = (value: string) => new PdfName(value);

export function asDict(value: PdfValue | undefined, what: string): PdfDict {
  if (value instanceof Map) return value;
  throw new PdfSyntaxError(`${what} is not a dictionary`);
}

export function asRef(value: PdfValue | undefined, what: string): PdfRef {
  if (value instanceof PdfRef) return value;
  throw new PdfSyntaxError(`${what} is not an indirect reference`);
}
