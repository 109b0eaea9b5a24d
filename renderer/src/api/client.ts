import type { Language } from '../../../electron/shared/i18n/catalog';
import { createApiClient } from './createApiClient';
import { queryClient, refreshAfterWrite } from './queryCache';
import { detectTransport } from './transport';

export type { ApiClient } from './createApiClient';

let uiLanguage: Language = 'vi';

/** The provider tells the client the user's language, so every caller reads refusals in it. */
export function setApiLanguage(language: Language): void {
  uiLanguage = language;
}

/** The renderer's one client: refusals in the user's language, and every write refreshes the cached reads it may have changed. */
export const api = createApiClient(detectTransport(), {
  afterWrite: (method) => void refreshAfterWrite(queryClient, method),
  language: () => uiLanguage,
});
