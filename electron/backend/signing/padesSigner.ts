import { createHash } from 'node:crypto';
import { Signer } from '@signpdf/utils';
import forge from 'node-forge';
import type { SignatureAlgorithm, SignerKey } from './signerKey';
import { OID_SIGNATURE_TIMESTAMP, TimestampError, requestSignatureTimestamp } from './timestamps/signatureTimestamp';
import type { PostTimestampQuery } from './timestamps/signatureTimestamp';
import type { SignatureTimestampView } from '../../shared/contract/signing';

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  mgf1: '1.2.840.113549.1.1.8',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
};

const sequence = (items: Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
const set = (items: Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, items);
const oid = (value: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(value).getBytes());
const octets = (bytes: Buffer) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes.toString('binary'));
const integer = (value: number) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(value).getBytes());
const nullValue = () => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '');
const contextTag = (tag: number, constructed: boolean, value: Asn1[]) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, tag, constructed, value);
const fromDer = (der: Buffer) => asn1.fromDer(forge.util.createBuffer(der.toString('binary')));
const toDer = (value: Asn1) => Buffer.from(asn1.toDer(value).getBytes(), 'binary');
const attribute = (type: string, value: Asn1) => sequence([oid(type), set([value])]);

/** The issuer Name and serialNumber INTEGER, as encoded in the certificate itself. */
function issuerAndSerial(certificateDer: Buffer): { issuer: Asn1; serial: Asn1 } {
  const tbs = (fromDer(certificateDer).value as Asn1[])[0]!;
  const fields = tbs.value as Asn1[];
  // TBSCertificate starts with an optional [0] version.
  const start = fields[0]!.tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  return { serial: fields[start]!, issuer: fields[start + 2]! };
}

/**
 * SigningCertificateV2 (RFC 5035): binds the signature to the signer's certificate by its SHA-256,
 * as PAdES baseline B-B (ETSI EN 319 142-1) requires. SHA-256 is the default hash, so DER omits it.
 */
function signingCertificateV2(certificateDer: Buffer): Asn1 {
  const { issuer, serial } = issuerAndSerial(certificateDer);
  const certHash = createHash('sha256').update(certificateDer).digest();
  const issuerSerial = sequence([sequence([contextTag(4, true, [issuer])]), serial]);
  return sequence([sequence([sequence([octets(certHash), issuerSerial])])]);
}

/** The SignerInfo's signatureAlgorithm: RSASSA-PSS carries its hash, mask and salt (RFC 4055). */
function signatureAlgorithmIdentifier(algorithm: SignatureAlgorithm): Asn1 {
  switch (algorithm) {
    case 'RSA_PKCS1_SHA256':
      return sequence([oid(OID.rsaEncryption), nullValue()]);
    case 'ECDSA_SHA256':
      return sequence([oid(OID.ecdsaWithSha256)]);
    case 'RSA_PSS_SHA256': {
      const sha256 = sequence([oid(OID.sha256)]);
      return sequence([
        oid(OID.rsassaPss),
        sequence([contextTag(0, true, [sha256]), contextTag(1, true, [sequence([oid(OID.mgf1), sha256])]), contextTag(2, true, [integer(32)])]),
      ]);
    }
  }
}

/** Where to ask for a signature timestamp; a test may bring its own transport. */
export interface TimestampSource {
  url: string;
  post?: PostTimestampQuery;
}

/** What became of the timestamp: added (PAdES B-T), not asked for, or asked for and not had (B-B). */
export type TimestampOutcome = SignatureTimestampView;

/**
 * Signs the byte ranges of a PDF as a detached CMS SignedData for SubFilter ETSI.CAdES.detached:
 * signed attributes content-type, message-digest and signing-certificate-v2, and no signing-time
 * (PAdES puts the claimed time in the signature dictionary's /M instead). With a TSA at hand the
 * signature value is timestamped (PAdES B-T); a TSA that fails leaves a B-B signature, and says why.
 */
export class PadesSigner extends Signer {
  timestamp: TimestampOutcome = { status: 'NOT_SET' };

  constructor(
    private readonly identity: SignerKey,
    private readonly timestampSource: TimestampSource | null = null,
  ) {
    super();
  }

  private async unsignedAttributes(signature: Buffer): Promise<Asn1[]> {
    const source = this.timestampSource;
    if (!source) return [];
    try {
      const stamp = await requestSignatureTimestamp(source.url, signature, source.post);
      this.timestamp = { status: 'ADDED', url: source.url, time: stamp.time.toISOString(), authority: stamp.authority };
      return [contextTag(1, true, [attribute(OID_SIGNATURE_TIMESTAMP, fromDer(stamp.token))])];
    } catch (error) {
      this.timestamp = { status: 'FAILED', url: source.url, failure: error instanceof TimestampError ? error.failure : 'INVALID' };
      return [];
    }
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const digest = createHash('sha256').update(pdfBuffer).digest();
    const signedAttributes = [
      attribute(OID.contentType, oid(OID.data)),
      attribute(OID.messageDigest, octets(digest)),
      attribute(OID.signingCertificateV2, signingCertificateV2(this.identity.certificate)),
    ]
      .map(toDer)
      // DER orders a SET OF by its encodings; validators hash the bytes as sent.
      .sort(Buffer.compare)
      .map(fromDer);
    const signature = await this.identity.signSha256(toDer(set(signedAttributes)));
    const { issuer, serial } = issuerAndSerial(this.identity.certificate);
    const sha256 = sequence([oid(OID.sha256)]);
    const signerInfo = sequence([
      integer(1),
      sequence([issuer, serial]),
      sha256,
      contextTag(0, true, signedAttributes),
      signatureAlgorithmIdentifier(this.identity.algorithm),
      octets(signature),
      ...(await this.unsignedAttributes(signature)),
    ]);
    const certificates = [this.identity.certificate, ...this.identity.chain].map(fromDer);
    const signedData = sequence([integer(1), set([sha256]), sequence([oid(OID.data)]), contextTag(0, true, certificates), set([signerInfo])]);
    return toDer(sequence([oid(OID.signedData), contextTag(0, true, [signedData])]));
  }
}
