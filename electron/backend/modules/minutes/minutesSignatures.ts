import type { AuditKind } from '../../../shared/contract/vocabulary';
import { INNER_WIDTH, SIGNATURE_GAP, signatureColumns } from '../../documents';
import type { ClosingBlock } from '../../documents';
import type { MinutesSigner } from './minutesContent';
import { signerHeading } from './signatureBlocks';

/** The band at the foot of each signing space kept for a digital signature's visible stamp. */
export const DIGITAL_STAMP_HEIGHT = 28;
export const SIGNATURE_COLUMN_WIDTH = (INNER_WIDTH - SIGNATURE_GAP) / 2;

const SPACE_ID_PREFIX = 'minutes-signature-space:';
export const signatureSpaceId = (key: string) => `${SPACE_ID_PREFIX}${key}`;
export const signerKeyOfSpaceId = (id: string) => (id.startsWith(SPACE_ID_PREFIX) ? id.slice(SPACE_ID_PREFIX.length) : null);

/**
 * The signature blocks of the minutes, two per row in the signers' order: the unit's representative
 * on the left and the trưởng đoàn on the right, then the secretary, the deputy and the members. Each
 * space carries the person's signature image if stored (else stays blank for ink) and an id, so the
 * renderer can reserve a signature field where it lands.
 */
export function minutesSignatureColumns(signers: MinutesSigner[], kind: AuditKind, images: Map<string, Buffer>): ClosingBlock {
  return signatureColumns(
    signers.map((signer) => ({
      position: signerHeading(signer, kind),
      fullName: signer.fullName,
      signatureImage: signer.personId ? images.get(signer.personId) : undefined,
      spaceId: signatureSpaceId(signer.key),
      reserveBelow: DIGITAL_STAMP_HEIGHT,
    })),
  );
}
