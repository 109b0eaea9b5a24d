import { createPrivateKey, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type forge from 'node-forge';
import { formatCalendarDate, localDateOf } from '../../shared/dates';
import { AppError, issue, text } from '../api/errors';
import type { LocalizedText } from '../../shared/i18n/catalog';
import type { SignerKey } from './signerKey';
import { forgeLibrary } from './signingLibraries';

/** What a PKCS#12 file yields once opened: the key, the signer's certificate and any chain. */
export interface SigningIdentity extends SignerKey {
  privateKey: KeyObject;
  issuerName: string;
  notAfter: Date;
}

const refuse = (message: LocalizedText, path: 'p12' | 'password' = 'p12') => new AppError('VALIDATION', message, [issue(path, message)]);

const messages = {
  corrupt: text('errors.certificate.corrupt'),
  wrongPassword: text('errors.certificate.wrongPassword'),
  noKey: text('errors.certificate.noKey'),
  notRsa: text('errors.certificate.notRsa'),
  notSigning: text('errors.certificate.notForSigning'),
  expired: (date: Date) => text('errors.certificate.expired', { date: formatCalendarDate(localDateOf(date)) }),
  notYetValid: (date: Date) => text('errors.certificate.notYetValid', { date: formatCalendarDate(localDateOf(date)) }),
};

/**
 * Opens a PKCS#12 file with the password given for this signing only (never stored), and refuses
 * a certificate that cannot sign today: expired, not yet valid, or issued for other key usages.
 */
export function openSigningIdentity(p12: Buffer, password: string, now: Date): SigningIdentity {
  const { key, cert, certificates } = signerOfPkcs12(p12, password);

  if (now < cert.validity.notBefore) throw refuse(messages.notYetValid(cert.validity.notBefore));
  if (now > cert.validity.notAfter) throw refuse(messages.expired(cert.validity.notAfter));
  const keyUsage = cert.getExtension('keyUsage') as { digitalSignature?: boolean; nonRepudiation?: boolean } | null;
  // Without the extension the key's use is unrestricted (RFC 5280 §4.2.1.3).
  if (keyUsage && !keyUsage.digitalSignature && !keyUsage.nonRepudiation) throw refuse(messages.notSigning);

  const privateKey = createPrivateKey(forgeLibrary().pki.privateKeyToPem(key));
  return {
    privateKey,
    algorithm: 'RSA_PKCS1_SHA256',
    signSha256: async (data) => sign('sha256', data, privateKey),
    certificate: certificateDer(cert),
    chain: certificates.filter((other) => other !== cert).map(certificateDer),
    subjectName: distinguishedNameText(cert.subject),
    issuerName: distinguishedNameText(cert.issuer),
    serialNumberHex: cert.serialNumber,
    notAfter: cert.validity.notAfter,
  };
}

/**
 * The signer's certificate in a PKCS#12 file and the other certificates it carries (DER), for the
 * signer to look at before signing; a certificate that could not sign is returned too, to be checked.
 */
export function pkcs12Certificates(p12: Buffer, password: string): { certificate: Buffer; others: Buffer[] } {
  const { cert, certificates } = signerOfPkcs12(p12, password);
  return { certificate: certificateDer(cert), others: certificates.filter((other) => other !== cert).map(certificateDer) };
}

/** The key in the file and the certificate that belongs to it, or the refusal that says what is wrong with the file. */
function signerOfPkcs12(p12: Buffer, password: string) {
  const bags = readPkcs12(p12, password).safeContents.flatMap((contents) => contents.safeBags);
  const keys = bags.flatMap((bag) => (bag.key ? [bag.key] : []));
  const certificates = bags.flatMap((bag) => (bag.cert ? [bag.cert] : []));
  // forge reads only RSA: it leaves `key` null in a key bag holding another kind of key (and `cert` in its certificate's bag).
  if (keys.length === 0) throw refuse(bags.some((bag) => bag.key === null) ? messages.notRsa : messages.noKey);

  const match = keys
    .flatMap((key) => certificates.filter((cert) => publicKeyMatches(cert, key)).map((cert) => ({ key, cert })))
    .at(0);
  if (!match) throw refuse(messages.noKey);
  return { ...match, certificates };
}

function readPkcs12(p12: Buffer, password: string): forge.pkcs12.Pkcs12Pfx {
  const { asn1, pkcs12, util } = forgeLibrary();
  try {
    // pkcs12FromAsn1 not strict: an empty SafeContents reads as holding nothing, and a value longer than the bytes left is read to the end.
    return pkcs12.pkcs12FromAsn1(asn1.fromDer(util.createBuffer(p12.toString('binary'))), false, password);
  } catch (error) {
    // forge's words when the password does not verify the MAC or decrypt the key or certificates (a file without a MAC);
    // anything else, from bytes that are not DER to DER that is not PKCS#12, is a file the app cannot read.
    if (/MAC could not be verified|decrypt/.test(String(error))) throw refuse(messages.wrongPassword, 'password');
    throw refuse(messages.corrupt);
  }
}

/** forge reads only RSA keys and certificates, so both have a modulus and an exponent. */
function publicKeyMatches(cert: forge.pki.Certificate, key: forge.pki.rsa.PrivateKey): boolean {
  const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
  return publicKey.n.equals(key.n) && publicKey.e.equals(key.e);
}

/** The original bytes: forge keeps the parsed TBSCertificate, so re-encoding reproduces the issued DER. */
function certificateDer(cert: forge.pki.Certificate): Buffer {
  const { asn1, pki } = forgeLibrary();
  return Buffer.from(asn1.toDer(pki.certificateToAsn1(cert)).getBytes(), 'binary');
}

/** The common name (or the whole name) as readable text; forge leaves UTF8String and BMPString values undecoded. */
export function distinguishedNameText(name: forge.pki.Certificate['subject']): string {
  const { asn1, util } = forgeLibrary();
  const decode = (attribute: forge.pki.CertificateField) => {
    const raw = String(attribute.value ?? '');
    // forge's typings call this a Class; it holds the universal string type (UTF8String, BMPString…).
    const stringType = attribute.valueTagClass as unknown as forge.asn1.Type;
    if (stringType === asn1.Type.UTF8) return util.decodeUtf8(raw);
    if (stringType === asn1.Type.BMPSTRING) return Buffer.from(raw, 'binary').swap16().toString('utf16le');
    return raw;
  };
  const commonName = name.attributes.find((attribute) => attribute.shortName === 'CN');
  if (commonName) return decode(commonName).normalize('NFC');
  return name.attributes.map((attribute) => `${attribute.shortName ?? attribute.name}=${decode(attribute)}`).join(', ');
}
