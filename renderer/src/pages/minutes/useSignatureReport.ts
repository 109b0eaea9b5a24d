import { useApiQuery } from '../../hooks/useApiQuery';

/** The app's check of every signature in the newest file of the minutes. */
export function useSignatureReport(minutesId: string) {
  return useApiQuery('minutes.verifySignatures', { minutesId });
}
