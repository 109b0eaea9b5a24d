import { useApiQuery } from '../../hooks/useApiQuery';

export function useSignatureImage(personId: string) {
  return useApiQuery('signatures.get', { personId });
}
