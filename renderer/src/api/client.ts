import type { Language } from '../../../electron/shared/i18n/catalog';
import { createApiClient } from './createApiClient';
import { detectTransport } from './transport';

let uiLanguage: Language = 'vi';

/** The provider tells the client the user's language, so every caller reads refusals in it. */
export function setApiLanguage(language: Language): void {
  uiLanguage = language;
}

export const api = createApiClient(detectTransport(), () => uiLanguage);
