import { localize } from './catalog';
import type { Language, LocalizedText, MessageKey, ParamsArg } from './catalog';

/**
 * zod keeps only a string per issue, so a field message is its Vietnamese text (the default every client
 * reads), remembered with the catalog key and parameters it came from. The back end and the forms look a
 * message up here to render it in the user's language. Schemas make a message when they raise it
 * (`error: () => fieldMessage(...)`), so building the contract's schemas renders no text.
 */
const known = new Map<string, LocalizedText>();

export function fieldMessage<K extends MessageKey>(key: K, ...[params]: ParamsArg<K>): string {
  const text: LocalizedText = params ? { key, params } : { key };
  const vietnamese = localize(text);
  known.set(vietnamese, text);
  return vietnamese;
}

/** The catalog message behind a field message, when it came from the catalog. */
export const fieldText = (message: string): LocalizedText | undefined => known.get(message);

/** A field message in the user's language; text that did not come from the catalog stays as it is. */
export function localizeFieldMessage(message: string, language: Language): string {
  const text = known.get(message);
  return text ? localize(text, language) : message;
}
