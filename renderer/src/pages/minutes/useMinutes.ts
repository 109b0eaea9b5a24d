import { useApiCommand } from '../../hooks/useApiCommand';
import { useApiQuery } from '../../hooks/useApiQuery';

export function useMinutesOverview(auditId: string) {
  return useApiQuery('minutes.overview', { auditId });
}

/** The writes and file fetches of the minutes panel; each reports its own refusal. */
export function useMinutesActions() {
  return {
    draft: useApiCommand('minutes.draft'),
    issue: useApiCommand('minutes.issue'),
    correct: useApiCommand('minutes.correct'),
    open: useApiCommand('minutes.open'),
    draftDocx: useApiCommand('minutes.draftDocx'),
    openDocx: useApiCommand('minutes.openDocx'),
    sign: useApiCommand('minutes.sign'),
  };
}

/** A chosen file as base64, for the JSON transports. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
