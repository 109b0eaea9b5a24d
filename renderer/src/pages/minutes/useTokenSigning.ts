import { useApiCommand } from '../../hooks/useApiCommand';
import { useApiQuery } from '../../hooks/useApiQuery';

/** The token dialog's data: driver paths to offer, the certificates on the tokens, and the signing itself. */
export function useTokenSigning() {
  return {
    modules: useApiQuery('signing.tokenModules', {}),
    certificates: useApiCommand('signing.tokenCertificates'),
    sign: useApiCommand('minutes.signWithToken'),
  };
}
