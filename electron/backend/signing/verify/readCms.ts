import forge from 'node-forge';

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;

export interface CmsSignerInfo {
  /** The signed attributes re-tagged as a SET OF, the bytes the signature covers (RFC 5652 §5.4). */
  signedAttributes: Buffer;
  messageDigest: Buffer | null;
  digestAlgorithm: string;
  signatureAlgorithm: string;
  /** The DER of the algorithm's parameters, when it has any (RSASSA-PSS). */
  signatureParameters: Buffer | null;
  signature: Buffer;
  /** The issuer Name's DER and the serial INTEGER's value bytes, naming the signer's certificate. */
  issuer: Buffer;
  serial: Buffer;
  certificates: Buffer[];
  /** The signature-time-stamp token (RFC 3161) among the unsigned attributes, or null. */
  timestampToken: Buffer | null;
}

export const OID_SIGNATURE_TIMESTAMP = '1.2.840.113549.1.9.16.2.14';

const der = (node: Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
const bytes = (node: Asn1) => Buffer.from(node.value as string, 'binary');
const children = (node: Asn1 | undefined) => (node?.value ?? []) as Asn1[];
const oidOf = (node: Asn1 | undefined) => (node ? asn1.derToOid(node.value as string) : '');

/** The first SignerInfo of a detached CMS SignedData (what PAdES puts in /Contents). */
export function readCms(cms: Buffer): CmsSignerInfo {
  const contentInfo = asn1.fromDer(forge.util.createBuffer(cms.toString('binary')), { strict: false, parseAllBytes: false } as never);
  const signedData = children(children(contentInfo)[1])[0]!;
  const parts = children(signedData);
  const certificateSet = parts.find((part) => part.tagClass === asn1.Class.CONTEXT_SPECIFIC && part.type === 0);
  const signerInfos = parts.at(-1)!;
  const signerInfo = children(children(signerInfos)[0]);
  const [, sid, digestAlgorithm, ...rest] = signerInfo;
  const attributesNode = rest[0]!.tagClass === asn1.Class.CONTEXT_SPECIFIC && rest[0]!.type === 0 ? rest.shift()! : undefined;
  const [signatureAlgorithm, signature, unsignedAttributes] = rest;
  const timestamp = children(unsignedAttributes).find((attribute) => oidOf(children(attribute)[0]) === OID_SIGNATURE_TIMESTAMP);
  const timestampToken = timestamp ? children(children(timestamp)[1])[0] : undefined;
  const attributes = children(attributesNode);
  const digestAttribute = attributes.find((attribute) => oidOf(children(attribute)[0]) === '1.2.840.113549.1.9.4');
  const signedAttributes = attributesNode ? der(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, attributes)) : Buffer.alloc(0);
  const [issuer, serial] = children(sid);
  const parameters = children(signatureAlgorithm)[1];
  return {
    signedAttributes,
    messageDigest: digestAttribute ? bytes(children(children(digestAttribute)[1])[0]!) : null,
    digestAlgorithm: oidOf(children(digestAlgorithm)[0]),
    signatureAlgorithm: oidOf(children(signatureAlgorithm)[0]),
    signatureParameters: parameters && parameters.type !== asn1.Type.NULL ? der(parameters) : null,
    signature: bytes(signature!),
    issuer: der(issuer!),
    serial: bytes(serial!),
    certificates: children(certificateSet).map(der),
    timestampToken: timestampToken ? der(timestampToken) : null,
  };
}
