import { X509Certificate } from 'node:crypto';
import type forge from 'node-forge';
import { distinguishedNameText } from '../signingIdentity';
import { forgeLibrary } from '../signingLibraries';

export interface CertificateDetails {
  subjectName: string;
  issuerName: string;
  serialNumberHex: string;
  notBefore: string;
  notAfter: string;
  isCa: boolean;
  /** True when the certificate may sign documents: digitalSignature or nonRepudiation, or no Key Usage at all (RFC 5280 §4.2.1.3). */
  canSign: boolean;
}

/**
 * What a user needs to see about a certificate, read from its DER. forge parses only RSA keys, so
 * names and extensions are read from the TBSCertificate with the key left out.
 */
export function certificateDetails(der: Buffer): CertificateDetails {
  const x509 = new X509Certificate(der);
  const cert = forgeCertificate(der);
  const keyUsage = cert.getExtension('keyUsage') as { digitalSignature?: boolean; nonRepudiation?: boolean } | null;
  return {
    subjectName: distinguishedNameText(cert.subject),
    issuerName: distinguishedNameText(cert.issuer),
    serialNumberHex: x509.serialNumber.toLowerCase().replace(/^(00)+(?=.)/, ''),
    notBefore: new Date(x509.validFrom).toISOString(),
    notAfter: new Date(x509.validTo).toISOString(),
    isCa: x509.ca,
    canSign: !keyUsage || Boolean(keyUsage.digitalSignature || keyUsage.nonRepudiation),
  };
}

/** A forge certificate without its public key, so EC certificates parse as well as RSA ones. */
function forgeCertificate(der: Buffer): forge.pki.Certificate {
  const { asn1: forgeAsn1, pki, util } = forgeLibrary();
  const asn1 = forgeAsn1.fromDer(util.createBuffer(der.toString('binary')));
  const tbs = (asn1.value as forge.asn1.Asn1[])[0]!;
  const fields = tbs.value as forge.asn1.Asn1[];
  const start = fields[0]!.tagClass === forgeAsn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  const cert = pki.createCertificate();
  cert.subject.attributes = readName(fields[start + 4]!);
  cert.issuer.attributes = readName(fields[start + 2]!);
  const extensions = fields.find((field) => field.tagClass === forgeAsn1.Class.CONTEXT_SPECIFIC && field.type === 3);
  if (extensions) cert.extensions = (pki as unknown as ForgeInternals).certificateExtensionsFromAsn1(extensions);
  return cert;
}

/** forge exports these parsers but its typings do not declare them. */
interface ForgeInternals {
  RDNAttributesAsArray(name: forge.asn1.Asn1): forge.pki.CertificateField[];
  certificateExtensionsFromAsn1(extensions: forge.asn1.Asn1): unknown[];
}

const readName = (name: forge.asn1.Asn1) => (forgeLibrary().pki as unknown as ForgeInternals).RDNAttributesAsArray(name);
