import { useApiCommand } from '../../hooks/useApiCommand';
import { useApiQuery } from '../../hooks/useApiQuery';

/** The trusted CA certificates, and adding or removing one. */
export function useTrustList() {
  return {
    list: useApiQuery('signing.trustList', {}),
    add: useApiCommand('signing.trustAdd'),
    remove: useApiCommand('signing.trustRemove'),
  };
}
