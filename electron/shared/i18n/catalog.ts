import { shellMessages } from './areas/shell';
import { storeHealthMessages } from './areas/storeHealth';
import { wayfindingMessages } from './areas/wayfinding';
import { fieldsMessages } from './areas/fields';
import { contractRulesMessages } from './areas/contractRules';
import { sharedRulesMessages } from './areas/sharedRules';
import { pageVietnamese } from './pageAreas';

/**
 * The one message catalog. Each area keeps its messages in ./areas; Vietnamese is the reference.
 * The first screen's areas are here; the pages' areas are in ./pageAreas, which the renderer's build
 * leaves out of the first screen and fetches with the first page (vite.config.ts, renderer/src/i18n/pageTexts.ts).
 */
const vi = {
  ...shellMessages.vi,
  ...storeHealthMessages.vi,
  ...wayfindingMessages.vi,
  // Schemas make their field messages when their module loads (fieldMessage), before a page's texts arrive.
  ...fieldsMessages.vi,
  ...contractRulesMessages.vi,
  ...sharedRulesMessages.vi,
  ...pageVietnamese,
};

export type MessageKey = keyof typeof vi;

type WordCharacter = '_' | Digit | Lower | Uppercase<Lower>;
type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
type Lower = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm' | 'n' | 'o' | 'p' | 'q' | 'r' | 's' | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z';
type IsWord<Name> = Name extends `${infer First}${infer Rest}` ? (First extends WordCharacter ? (Rest extends '' ? true : IsWord<Rest>) : false) : false;

/**
 * The names in a message's `{name}` placeholders, read from its Vietnamese text by the type system,
 * as `translate` reads them (`\w+`); braces around other text, such as `{cơ quan}`, are shown as written.
 */
type Placeholders<Text> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? (IsWord<Name> extends true ? Name : never) | Placeholders<Rest>
  : never;

/**
 * What a call passes with a key: the message's parameters, each one required and checked where the
 * message is used (a message without placeholders takes none, or only a `count` for its plural).
 */
export type ParamsArg<K extends MessageKey> = [Placeholders<(typeof vi)[K]>] extends [never]
  ? [params?: MessageParams]
  : [params: Record<Placeholders<(typeof vi)[K]>, MessageParam> & MessageParams];

/**
 * A message that depends on a number: one text per plural category of the language
 * (Intl.PluralRules), chosen by the `count` parameter. Vietnamese needs only `other`.
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

/** The Vietnamese catalog, the reference every other language translates. */
export const vietnamese: Record<MessageKey, string> = vi;

/**
 * The catalogs loaded so far. Vietnamese ships with the first screen; English is its own chunk,
 * fetched by `loadLanguage('en')` only when a user chooses English.
 */
const loaded: Partial<Record<Language, Record<MessageKey, Message>>> = { vi };

export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' && !loaded.en) loaded.en = (await import('./english')).english;
}

export const isLanguageLoaded = (language: Language): boolean => loaded[language] !== undefined;

/** The pages' Vietnamese areas, when the renderer has fetched them (see ./pageAreas). */
export function addPageTexts(texts: typeof pageVietnamese): void {
  Object.assign(vi, texts);
}

/**
 * A parameter is a value, a catalog message of its own (a vocabulary word) rendered in the same
 * language, or a list of those, joined with "; ".
 */
/** A quantity written the way the reader's language writes numbers (5.000 / 5,000; 10,5 / 10.5). */
export interface NumberParam {
  amount: number;
  fractionDigits?: number;
}
export type MessageParam = string | number | NumberParam | LocalizedText | readonly MessageParam[];
export type MessageParams = Record<string, MessageParam>;

/** Text as the back end hands it over: a catalog key and its parameters, so each client renders it in its own language. */
export interface LocalizedText {
  key: MessageKey;
  params?: MessageParams;
}

export const isMessageKey = (key: unknown): key is MessageKey => typeof key === 'string' && Object.hasOwn(vi, key);

const pluralRules = { vi: new Intl.PluralRules('vi'), en: new Intl.PluralRules('en') } satisfies Record<Language, Intl.PluralRules>;

function pickForm(language: Language, message: Message, params: MessageParams | undefined): string {
  if (typeof message === 'string') return message;
  const count = params?.count;
  return typeof count === 'number' ? (message[pluralRules[language].select(count)] ?? message.other) : message.other;
}

export function translate<K extends MessageKey>(language: Language, key: K, ...[params]: ParamsArg<K>): string {
  return render(language, key, params);
}

function render(language: Language, key: MessageKey, params: MessageParams | undefined): string {
  // A language not loaded yet reads Vietnamese, the default, rather than keys, and its numbers too.
  if (!loaded[language]) return render('vi', key, params);
  const message = loaded[language][key] as Message | undefined;
  // A page's text asked for before its area arrived shows its key, never a crash.
  if (message === undefined) return key;
  const template = pickForm(language, message, params);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : paramText(language, value);
  });
}

function paramText(language: Language, value: MessageParam): string {
  if (isParamList(value)) return value.map((item) => paramText(language, item)).join('; ');
  if (typeof value !== 'object') return String(value);
  if ('amount' in value) return new Intl.NumberFormat(numberLocales[language], { maximumFractionDigits: value.fractionDigits ?? 0 }).format(value.amount);
  return render(language, value.key, value.params);
}

const numberLocales = { vi: 'vi-VN', en: 'en-US' } satisfies Record<Language, string>;

const isParamList = (value: MessageParam): value is readonly MessageParam[] => Array.isArray(value);

/** The text in a language; Vietnamese is the default everywhere a language is not known. */
export const localize = (text: LocalizedText, language: Language = 'vi'): string => render(language, text.key, text.params);
