import type { ApiError, ApiIssue, ErrorCode } from '../../shared/contract';

/** A refusal the user should read. Thrown inside the back end, returned as {ok:false} at the boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
  }

  toApiError(): ApiError {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `Không tìm thấy ${what}.`);
export const conflict = (message: string, issues?: ApiIssue[]) => new AppError('CONFLICT', message, issues);
export const invalid = (message: string, issues?: ApiIssue[]) => new AppError('VALIDATION', message, issues);
