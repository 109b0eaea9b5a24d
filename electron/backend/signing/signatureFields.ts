import { IncrementalUpdate } from './incrementalUpdate';
import { PdfFile } from './pdfFile';
import { PdfName, PdfRef, PdfString, asDict, asRef, name } from './pdfSyntax';
import type { PdfDict, PdfValue } from './pdfSyntax';
import { signpdfUtils } from './signingLibraries';

/** A page (0-based) and a rectangle in PDF points from the page's bottom-left corner. */
export interface SignaturePlacement {
  pageIndex: number;
  rect: [x1: number, y1: number, x2: number, y2: number];
}

export interface SignatureFieldInfo extends SignaturePlacement {
  name: string;
  signed: boolean;
  /** From the signature dictionary: the /Name the signer's software wrote, and /M. */
  signerName: string | null;
  signedAt: string | null;
}

/** The document's signature fields, signed or waiting, in form order. */
export function listSignatureFields(pdf: Buffer): SignatureFieldInfo[] {
  const file = new PdfFile(pdf);
  const pages = file.pageRefs();
  return signatureFieldRefs(file).map((ref) => {
    const field = file.dict(ref, 'Signature field');
    const signature = file.resolve(field.get('V'));
    const page = field.get('P');
    const rect = file.resolve(field.get('Rect'));
    return {
      name: textOf(field.get('T')),
      pageIndex: page instanceof PdfRef ? pages.findIndex((p) => p.objectNumber === page.objectNumber) : -1,
      rect: (Array.isArray(rect) ? rect : [0, 0, 0, 0]) as SignaturePlacement['rect'],
      signed: signature instanceof Map,
      signerName: signature instanceof Map ? textOf(signature.get('Name')) || null : null,
      signedAt: signature instanceof Map ? pdfDateToIso(textOf(signature.get('M'))) : null,
    };
  });
}

/**
 * Adds unsigned signature fields, one per signer's block, as an incremental update. Any PDF
 * software (and this app) can later sign into them, so signatures land where the blocks are.
 */
export function withEmptySignatureFields(pdf: Buffer, fields: Array<{ name: string; placement: SignaturePlacement }>): Buffer {
  const file = new PdfFile(pdf);
  const update = new IncrementalUpdate(file);
  const form = new SignatureForm(file, update);
  for (const field of fields) form.addField(field.name, field.placement, new Map());
  form.save();
  return update.toBuffer();
}

/** The AcroForm of a file being updated: reads the existing fields, writes the changed ones back once. */
export class SignatureForm {
  private readonly fields: PdfValue[];
  private readonly form: PdfDict;
  private readonly changedPages = new Map<number, { ref: PdfRef; dict: PdfDict }>();
  private readonly names: Set<string>;

  constructor(
    private readonly file: PdfFile,
    private readonly update: IncrementalUpdate,
  ) {
    const catalog = file.dict(file.catalogRef, 'Catalog');
    const existing = catalog.get('AcroForm');
    this.form = new Map(existing === undefined ? [] : asDict(file.resolve(existing), 'AcroForm'));
    const fields = file.resolve(this.form.get('Fields'));
    this.fields = Array.isArray(fields) ? [...fields] : [];
    this.names = new Set(this.fields.map((ref) => textOf(file.dict(asRef(ref, 'Field'), 'Field').get('T'))));
  }

  /** The unsigned field with this name, if the document has one. */
  findUnsigned(fieldName: string): { ref: PdfRef; dict: PdfDict } | undefined {
    for (const value of this.fields) {
      if (!(value instanceof PdfRef)) continue;
      const dict = this.file.dict(value, 'Field');
      if (textOf(dict.get('T')) === fieldName && dict.get('V') === undefined) return { ref: value, dict };
    }
    return undefined;
  }

  addField(fieldName: string, placement: SignaturePlacement, extra: PdfDict): PdfRef {
    const pageRef = this.file.pageRefs()[placement.pageIndex];
    if (!pageRef) throw new Error(`The document has no page ${placement.pageIndex + 1}`);
    const widgetRef = this.update.allocate();
    const widget = new Map<string, PdfValue>([
      ['Type', name('Annot')],
      ['Subtype', name('Widget')],
      ['FT', name('Sig')],
      ['T', PdfString.text(this.uniqueName(fieldName))],
      ['F', signpdfUtils().ANNOTATION_FLAGS.PRINT],
      ['Rect', placement.rect],
      ['P', pageRef],
      ...extra,
    ]);
    this.update.set(widgetRef, widget);
    this.fields.push(widgetRef);
    const page = this.changedPages.get(pageRef.objectNumber) ?? { ref: pageRef, dict: new Map(this.file.dict(pageRef, 'Page')) };
    const annots = page.dict.get('Annots');
    const current = annots instanceof PdfRef ? this.file.resolve(annots) : annots;
    page.dict.set('Annots', [...(Array.isArray(current) ? current : []), widgetRef]);
    this.changedPages.set(pageRef.objectNumber, page);
    return widgetRef;
  }

  save(): void {
    for (const page of this.changedPages.values()) this.update.set(page.ref, page.dict);
    this.form.set('Fields', this.fields);
    const { SIG_FLAGS } = signpdfUtils();
    this.form.set('SigFlags', SIG_FLAGS.SIGNATURES_EXIST | SIG_FLAGS.APPEND_ONLY);
    const catalog = new Map(this.file.dict(this.file.catalogRef, 'Catalog'));
    const existing = catalog.get('AcroForm');
    if (existing instanceof PdfRef) {
      this.update.set(existing, this.form);
      return;
    }
    const formRef = this.update.allocate();
    this.update.set(formRef, this.form);
    catalog.set('AcroForm', formRef);
    this.update.set(this.file.catalogRef, catalog);
  }

  private uniqueName(wanted: string): string {
    let candidate = wanted;
    for (let n = 2; this.names.has(candidate); n++) candidate = `${wanted} (${n})`;
    this.names.add(candidate);
    return candidate;
  }
}

export function signatureFieldRefs(file: PdfFile): PdfRef[] {
  const catalog = file.dict(file.catalogRef, 'Catalog');
  const form = file.resolve(catalog.get('AcroForm'));
  if (!(form instanceof Map)) return [];
  const fields = file.resolve(form.get('Fields'));
  return (Array.isArray(fields) ? fields : []).filter((ref): ref is PdfRef => {
    if (!(ref instanceof PdfRef)) return false;
    const type = file.dict(ref, 'Field').get('FT');
    return type instanceof PdfName && type.name === 'Sig';
  });
}

/** A PDF text string: UTF-16BE with a byte-order mark, or PDFDocEncoding (Latin-1 for our purposes). */
export function textOf(value: PdfValue | undefined): string {
  if (!(value instanceof PdfString)) return '';
  const bytes = value.bytes;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('latin1');
}

/** D:YYYYMMDDHHmmSS with Z or ±HH'mm' → ISO-8601. */
export function pdfDateToIso(value: string): string | null {
  const match = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, zone] = match;
  const offset = !zone || zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5)}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
