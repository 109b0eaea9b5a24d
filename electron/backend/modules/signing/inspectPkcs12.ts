import type { ModuleHandlers } from '../../api/handlers';
import { backgroundWork } from '../../workers/workerPool';
import { asBuffer } from '../../workers/transferredBytes';
import { certificateCheckView, checkAtStoreClock } from './tokenCertificates';

/**
 * The certificate in a PKCS#12 file as the signer sees it before signing: who, issued by whom, until
 * when, trusted or not, self-signed or not. The file is opened on a worker thread (node-forge's key
 * derivation is slow); the password is used for this call only.
 */
export const inspectPkcs12: ModuleHandlers<'signing.inspectPkcs12'>['signing.inspectPkcs12'] = async (ctx, input) => {
  const { certificate, others } = await backgroundWork.run('signing.readPkcs12', { p12: Buffer.from(input.p12Base64, 'base64'), password: input.password });
  return certificateCheckView(await checkAtStoreClock(ctx, asBuffer(certificate), others.map(asBuffer)));
};
