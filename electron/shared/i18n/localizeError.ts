import type { ApiError, ApiIssue } from '../contract/define';
import { isMessageKey, localize } from './catalog';
import type { Language, LocalizedText } from './catalog';

const inLanguage = (message: string, text: LocalizedText | undefined, language: Language): string =>
  text && isMessageKey(text.key) ? localize(text, language) : message;

/**
 * A refusal as the user reads it: each message that names a catalog key is rendered in the user's
 * language; text without a key (made by a shared rule, or by an older back end) stays as sent.
 */
export function localizeError(error: ApiError, language: Language): ApiError {
  const issues = error.issues?.map((issue): ApiIssue => ({ ...issue, message: inLanguage(issue.message, issue.text, language) }));
  return { ...error, message: inLanguage(error.message, error.text, language), ...(issues ? { issues } : {}) };
}
