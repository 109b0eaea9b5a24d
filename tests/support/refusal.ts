import { AppError } from '../../electron/backend/api/errors';

/** The AppError an action throws; fails the test when it throws nothing or something else. */
export function refusalOf(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
