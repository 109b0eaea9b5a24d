import { text } from '../../api/errors';
import type { ModuleHandlers } from '../../api/handlers';
import { refuseToken } from '../../signing/tokens/cryptoki';
import { tokenWork } from '../../workers/workerPool';
import { checkedTokenCertificates, currentDriverGeneration } from '../signing/tokenCertificates';
import { signMinutesWith } from './signMinutes';

/**
 * Signs with a key on a USB token. The certificate is checked first (validity, key usage, chain);
 * a refused certificate never reaches the PIN. The PIN crosses to the worker as bytes, is zeroed
 * there after use, and is zeroed here once the worker answers.
 */
export const signMinutesWithToken: ModuleHandlers<'minutes.signWithToken'>['minutes.signWithToken'] = async (ctx, input) => {
  const pin = Buffer.from(input.pin, 'utf8');
  try {
    const onTokens = await checkedTokenCertificates(ctx, input.modulePath);
    const chosen = onTokens.find((c) => c.view.tokenSerial === input.tokenSerial && c.view.certificateId === input.certificateId);
    if (!chosen) throw refuseToken(text('errors.token.certificateGone'), 'certificateId');
    if (chosen.view.refusal) throw refuseToken(chosen.view.refusal, 'certificateId');
    return await signMinutesWith(ctx, input, (fieldInput) =>
      tokenWork.run('signing.signWithToken', {
        ...fieldInput,
        modulePath: input.modulePath,
        generation: currentDriverGeneration(),
        tokenSerial: input.tokenSerial,
        certificateId: input.certificateId,
        pin,
        chain: chosen.chainDer,
      }),
    );
  } finally {
    pin.fill(0);
  }
};
