import type { ApiError, ApiIssue, ErrorCode } from '../../shared/contract';
import { localize } from '../../shared/i18n/catalog';
import type { LocalizedText, MessageKey, ParamsArg } from '../../shared/i18n/catalog';

/**
 * What a refusal says: a catalog message, or text a shared rule already wrote (its issues, joined).
 * Back-end modules write no Vietnamese of their own: a test holds them to the catalog.
 */
export type RefusalText = LocalizedText | string;

const vietnamese = (text: RefusalText): string => (typeof text === 'string' ? text : localize(text));

/** A refusal the user should read. Thrown inside the back end, returned as {ok:false} at the boundary. */
export class AppError extends Error {
  readonly text?: LocalizedText;

  constructor(
    readonly code: ErrorCode,
    text: RefusalText,
    readonly issues?: ApiIssue[],
  ) {
    super(vietnamese(text));
    if (typeof text !== 'string') this.text = text;
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.text ? { text: this.text } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }

  /** The same refusal again, e.g. as it crossed from a worker thread. */
  static from(error: ApiError): AppError {
    return new AppError(error.code, error.text ?? error.message, error.issues);
  }
}

/** A catalog message with its parameters. */
export const text = <K extends MessageKey>(key: K, ...[params]: ParamsArg<K>): LocalizedText => (params ? { key, params } : { key });

/** Sentences one after another, each in the catalog's words (a list parameter would join them with "; "). */
export const sentences = (parts: readonly LocalizedText[]): LocalizedText =>
  parts.reduce((first, rest) => text('blockers.sentences', { first, rest }));

/** An issue pointing at one field, its text from the catalog (or from a shared rule). */
export function issue(path: string, message: RefusalText): ApiIssue {
  return typeof message === 'string' ? { path, message } : { path, message: localize(message), text: message };
}

/** The things a call can name that may be missing. */
const missingThings = {
  audit: 'errors.thing.audit',
  action: 'errors.thing.action',
  finding: 'errors.thing.finding',
  unit: 'errors.thing.unit',
  person: 'errors.thing.person',
  profile: 'errors.thing.profile',
  checklist: 'errors.thing.checklist',
  checklistVersion: 'errors.thing.checklistVersion',
  checklistSection: 'errors.thing.checklistSection',
  checklistItem: 'errors.thing.checklistItem',
  holiday: 'errors.thing.holiday',
  programme: 'errors.thing.programme',
  programmeEntry: 'errors.thing.programmeEntry',
  legalBasis: 'errors.thing.legalBasis',
  minutes: 'errors.thing.minutes',
  organization: 'errors.thing.organization',
  evidence: 'errors.thing.evidence',
  report: 'errors.thing.report',
} as const satisfies Record<string, MessageKey>;
export type MissingThing = keyof typeof missingThings;

export const notFound = (what: MissingThing) => new AppError('NOT_FOUND', text('errors.notFound', { what: text(missingThings[what]) }));
export const conflict = (message: RefusalText, issues?: ApiIssue[]) => new AppError('CONFLICT', message, issues);
export const invalid = (message: RefusalText, issues?: ApiIssue[]) => new AppError('VALIDATION', message, issues);

/** A refusal that is the list of its issues, each in its own words. */
export const invalidIssues = (issues: ApiIssue[]) => invalid(text('errors.issueList', { issues: issues.map((i) => i.text ?? i.message) }), issues);
