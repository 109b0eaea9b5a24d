import { createHash } from 'node:crypto';
import forge from 'node-forge';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSigningIdentity } from '../../electron/backend/signing/signingIdentity';
import type { SigningIdentity } from '../../electron/backend/signing/signingIdentity';
import { listSignatureFields, withEmptySignatureFields } from '../../electron/backend/signing/signatureFields';
import type { SignaturePlacement } from '../../electron/backend/signing/signatureFields';
import { signPdf } from '../../electron/backend/signing/signPdf';
import { PdfFile } from '../../electron/backend/signing/pdfFile';
import { PdfString } from '../../electron/backend/signing/pdfSyntax';
import { refusalOf } from '../support/refusal';
import type { PdfRef } from '../../electron/backend/signing/pdfSyntax';
import { signatureAppearanceDocument } from '../../electron/backend/signing/signatureAppearance';
import { makeTestP12 } from '../support/fixtures/minutesCertificates';
import { embeddedSignatures, pdfsigReport, poppler } from '../support/fixtures/minutesPdfTools';
import { DOCUMENT_FONT as TEST_PDF_FONT, renderPdf } from '../../electron/backend/documents';
import { sourceLayout } from '../../electron/backend/paths';

const renderTestPdf = (doc: TDocumentDefinitions) => renderPdf(doc, sourceLayout.resourcesDir);

const NOW = new Date('2026-11-25T03:15:00Z');
const LEADER = 'Nguyễn Văn Đức';
const HEAD = 'Trần Thị Bích Ngọc';

async function twoPageDocument(): Promise<Buffer> {
  return renderTestPdf({
    pageSize: 'A4',
    defaultStyle: { font: TEST_PDF_FONT },
    content: ['BIÊN BẢN KIỂM TRA công tác cải cách hành chính', { text: 'Chữ ký của các bên', pageBreak: 'before' }],
  });
}

/** Signs into the named field, or a new one at `placement` when the document has no such field. */
async function sign(pdf: Buffer, identity: SigningIdentity, fieldName: string, placement?: SignaturePlacement): Promise<Buffer> {
  const field = listSignatureFields(pdf).find((f) => f.name === fieldName && !f.signed);
  const [x1, y1, x2, y2] = field?.rect ?? placement!.rect;
  const appearancePdf = await renderTestPdf(
    signatureAppearanceDocument({ signerName: identity.subjectName, signedAt: NOW, width: x2 - x1, height: y2 - y1, font: TEST_PDF_FONT }),
  );
  return (await signPdf({ pdf, identity, placement, appearancePdf, fieldName, reason: 'Ký biên bản kiểm tra', location: 'Phường Bắc Hồng Lĩnh', signingTime: NOW })).signed;
}

const refusal = refusalOf;

describe('PAdES signatures on a PDF', () => {
  let leader: SigningIdentity;
  let head: SigningIdentity;
  let original: Buffer;
  let once: Buffer;
  let twice: Buffer;
  const leaderBlock: SignaturePlacement = { pageIndex: 1, rect: [90, 520, 250, 566] };
  const headBlock: SignaturePlacement = { pageIndex: 1, rect: [340, 520, 500, 566] };

  beforeAll(async () => {
    leader = openSigningIdentity(makeTestP12({ commonName: LEADER, password: 'Mật khẩu 1' }), 'Mật khẩu 1', NOW);
    head = openSigningIdentity(makeTestP12({ commonName: HEAD, password: 'khác', keyIndex: 2 }), 'khác', NOW);
    original = withEmptySignatureFields(await twoPageDocument(), [{ name: 'Trưởng đoàn', placement: leaderBlock }]);
    once = await sign(original, leader, 'Trưởng đoàn');
    twice = await sign(once, head, 'Đại diện đơn vị', headBlock);
  }, 60_000);

  it('reads the Vietnamese subject name from a UTF-8 certificate', () => {
    expect(leader.subjectName).toBe(LEADER);
    expect(head.subjectName).toBe(HEAD);
    expect(leader.chain).toHaveLength(1);
  });

  it('appends each signature as an incremental update, leaving earlier bytes untouched', () => {
    expect(once.subarray(0, original.length).equals(original)).toBe(true);
    expect(twice.subarray(0, once.length).equals(once)).toBe(true);
  });

  it('pdfsig reports both signatures valid, ETSI.CAdES.detached, and the last one covering the whole file', () => {
    const report = pdfsigReport(twice);
    expect(report).toHaveLength(2);
    expect(report.map((s) => s.fieldName)).toEqual(['Trưởng đoàn', 'Đại diện đơn vị']);
    expect(report.map((s) => s.commonName)).toEqual([LEADER, HEAD]);
    for (const signature of report) {
      expect(signature.valid, signature.validation).toBe(true);
      expect(signature.type).toBe('ETSI.CAdES.detached');
    }
    expect(report[0]!.wholeDocument).toBe(false);
    expect(report[1]!.wholeDocument).toBe(true);
    expect(pdfsigReport(once)[0]!.wholeDocument).toBe(true);
  });

  it('one changed byte in the first revision breaks both signatures; one in the second breaks only the second', () => {
    const tampered = Buffer.from(twice);
    // The binary comment on line 2 of every pdfkit file: changing it keeps the file readable.
    const commentByte = tampered.indexOf('%', 2) + 1;
    tampered[commentByte] = tampered[commentByte]! ^ 0x01;
    expect(pdfsigReport(tampered).map((s) => s.valid)).toEqual([false, false]);
    expect(pdfsigReport(tampered)[0]!.validation).toMatch(/Digest Mismatch/);

    const laterTamper = Buffer.from(twice);
    const inSecondUpdate = laterTamper.indexOf('/Location', once.length) + 12;
    laterTamper[inSecondUpdate] = laterTamper[inSecondUpdate]! ^ 0x01;
    expect(pdfsigReport(laterTamper).map((s) => s.valid)).toEqual([true, false]);
  });

  it('signs PAdES B-B: content-type, message-digest and signing-certificate-v2 with the SHA-256 of the signer certificate', () => {
    const [first] = embeddedSignatures(twice);
    const cms = forge.asn1.fromDer(forge.util.createBuffer(first!.toString('binary')));
    const signedData = ((cms.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0]!;
    const parts = signedData.value as forge.asn1.Asn1[];
    const certificates = (parts[3]!.value as forge.asn1.Asn1[]).map((c) => Buffer.from(forge.asn1.toDer(c).getBytes(), 'binary'));
    const signerInfo = ((parts[4]!.value as forge.asn1.Asn1[])[0]!.value as forge.asn1.Asn1[]);
    const attributes = signerInfo[3]!.value as forge.asn1.Asn1[];
    const byOid = new Map(
      attributes.map((attribute) => {
        const [type, values] = attribute.value as forge.asn1.Asn1[];
        return [forge.asn1.derToOid(type!.value as string), (values!.value as forge.asn1.Asn1[])[0]!];
      }),
    );
    expect([...byOid.keys()].sort()).toEqual(['1.2.840.113549.1.9.16.2.47', '1.2.840.113549.1.9.3', '1.2.840.113549.1.9.4'].sort());
    const essCertIdV2 = (((byOid.get('1.2.840.113549.1.9.16.2.47')!.value as forge.asn1.Asn1[])[0]!.value as forge.asn1.Asn1[])[0]!
      .value as forge.asn1.Asn1[]);
    const certHash = Buffer.from(essCertIdV2[0]!.value as string, 'binary');
    expect(certHash.equals(createHash('sha256').update(leader.certificate).digest())).toBe(true);
    expect(certificates[0]!.equals(leader.certificate)).toBe(true);
  });

  it('lists the fields: prepared empty, then each signed with its signer and time', () => {
    expect(listSignatureFields(original)).toEqual([
      { name: 'Trưởng đoàn', pageIndex: 1, rect: leaderBlock.rect, signed: false, signerName: null, signedAt: null },
    ]);
    expect(listSignatureFields(twice)).toEqual([
      { name: 'Trưởng đoàn', pageIndex: 1, rect: leaderBlock.rect, signed: true, signerName: LEADER, signedAt: NOW.toISOString() },
      { name: 'Đại diện đơn vị', pageIndex: 1, rect: headBlock.rect, signed: true, signerName: HEAD, signedAt: NOW.toISOString() },
    ]);
  });

  it('puts a visible widget in the signer block on the right page', () => {
    const file = new PdfFile(twice);
    const page = file.pageRefs()[1]!;
    const catalog = file.dict(file.catalogRef, 'Catalog');
    const form = file.resolve(catalog.get('AcroForm')) as Map<string, unknown>;
    const fields = (file.resolve(form.get('Fields') as PdfRef) as PdfRef[]).map((ref) => file.dict(ref, 'field'));
    expect(fields.map((field) => field.get('Rect'))).toEqual([leaderBlock.rect, headBlock.rect]);
    for (const field of fields) {
      expect((field.get('P') as PdfRef).objectNumber).toBe(page.objectNumber);
      expect(field.get('AP')).toBeInstanceOf(Map);
      expect(field.get('T')).toBeInstanceOf(PdfString);
    }
    expect(poppler('pdffonts', twice)).not.toMatch(/\sno\s+(yes|no)\s+(yes|no)\s+\d+/);
  });

  describe('refuses, in Vietnamese, a certificate that cannot sign', () => {
    it('a wrong password', () => {
      const error = refusal(() => openSigningIdentity(makeTestP12({ commonName: LEADER, password: 'đúng' }), 'sai', NOW));
      expect(error.message).toBe('Mật khẩu của tệp chứng thư số không đúng. Hãy nhập lại.');
      expect(error.issues?.[0]?.path).toBe('password');
    });

    it('an expired certificate', () => {
      const p12 = makeTestP12({ commonName: LEADER, password: 'p', notAfter: new Date('2026-06-30T16:59:59Z') });
      expect(refusal(() => openSigningIdentity(p12, 'p', NOW)).message).toMatch(/đã hết hiệu lực từ ngày 30\/06\/2026/);
    });

    it('a certificate not yet valid', () => {
      const p12 = makeTestP12({ commonName: LEADER, password: 'p', notBefore: new Date('2027-01-01T00:00:00Z') });
      expect(refusal(() => openSigningIdentity(p12, 'p', NOW)).message).toMatch(/chỉ có hiệu lực từ ngày 01\/01\/2027/);
    });

    it('a certificate whose key usage excludes signing', () => {
      const p12 = makeTestP12({ commonName: LEADER, password: 'p', keyUsage: { keyEncipherment: true } });
      expect(refusal(() => openSigningIdentity(p12, 'p', NOW)).message).toMatch(/không được cấp để ký số/);
    });

    it('accepts non-repudiation alone, and a certificate without the key-usage extension', () => {
      expect(openSigningIdentity(makeTestP12({ commonName: LEADER, password: 'p', keyUsage: { nonRepudiation: true } }), 'p', NOW).subjectName).toBe(LEADER);
      expect(openSigningIdentity(makeTestP12({ commonName: LEADER, password: 'p', keyUsage: null }), 'p', NOW).subjectName).toBe(LEADER);
    });

    it('a corrupt or truncated file', () => {
      const good = makeTestP12({ commonName: LEADER, password: 'p' });
      for (const corrupt of [Buffer.from('không phải tệp p12'), good.subarray(0, good.length / 2), Buffer.alloc(0)]) {
        const error = refusal(() => openSigningIdentity(corrupt, 'p', NOW));
        expect(error.message).toMatch(/bị hỏng hoặc không phải tệp PKCS#12/);
        expect(error.issues?.[0]?.path).toBe('p12');
      }
    });
  });
});
