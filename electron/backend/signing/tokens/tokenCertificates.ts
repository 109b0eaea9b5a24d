import pkcs11js from 'pkcs11js';
import { certificateDetails } from '../certificates/certificateDetails';
import type { CertificateDetails } from '../certificates/certificateDetails';
import type { Cryptoki } from './cryptoki';
import { tokenFailure } from './cryptoki';
import { certificateTemplate, findObjects, presentTokens, readAttributes, withSession } from './tokenObjects';

export interface TokenCertificate extends CertificateDetails {
  tokenLabel: string;
  tokenSerial: string;
  /** CKA_ID in hex: pairs the certificate with its private key on the token. */
  certificateId: string;
  label: string;
  /** DER, base64. */
  certificateBase64: string;
}

export interface TokenListing {
  /** The signers' certificates (CA certificates on the token are left out of the choice). */
  certificates: TokenCertificate[];
  /** Every CA certificate the tokens carry, base64 DER: intermediates for the chain. */
  caCertificates: string[];
}

/**
 * The certificates on every token plugged in, read without a PIN (certificates are public objects).
 * Private keys are usually hidden until login, so the pairing by CKA_ID is checked when signing.
 */
export function listTokenCertificates(cryptoki: Cryptoki): TokenListing {
  try {
    const certificates: TokenCertificate[] = [];
    const caCertificates: string[] = [];
    for (const token of presentTokens(cryptoki)) {
      withSession(cryptoki, token.slot, (session) => {
        for (const object of findObjects(cryptoki, session, certificateTemplate())) {
          const [value, id, label] = readAttributes(cryptoki, session, object, [pkcs11js.CKA_VALUE, pkcs11js.CKA_ID, pkcs11js.CKA_LABEL]);
          const details = certificateDetails(value!);
          if (details.isCa) {
            caCertificates.push(value!.toString('base64'));
            continue;
          }
          certificates.push({
            ...details,
            tokenLabel: token.label,
            tokenSerial: token.serial,
            certificateId: id!.toString('hex'),
            label: label!.toString('utf8'),
            certificateBase64: value!.toString('base64'),
          });
        }
      });
    }
    return { certificates, caCertificates };
  } catch (error) {
    throw tokenFailure(error);
  }
}
