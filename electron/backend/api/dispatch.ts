import type { z } from 'zod';
import type { Store } from '../../../db/store';
import { apiContract, isMethodName } from '../../shared/contract';
import type { ApiIssue, ApiResult, MethodName } from '../../shared/contract';
import { currentActor } from '../modules/profiles/currentActor';
import type { BackendConfig, HandlerContext } from './context';
import { fieldText } from '../../shared/i18n/fieldMessages';
import { AppError, text } from './errors';
import type { Handler, HandlerMap } from './handlers';

export type Dispatch = (method: unknown, input: unknown) => Promise<ApiResult<unknown>>;

export interface DispatcherOptions {
  store: Store;
  config: BackendConfig;
  handlers: HandlerMap;
  now?: () => Date;
  replaceStore?: HandlerContext['replaceStore'];
  machineId?: string;
  /** Called with unexpected errors, which the caller only sees as INTERNAL. */
  onInternalError?: (error: unknown, method: string) => void;
}

/** Validates, runs and wraps one API call. Nothing is ever thrown across a process boundary. */
export function createDispatcher(options: DispatcherOptions): Dispatch {
  const now = options.now ?? (() => new Date());
  return async (method, rawInput) => {
    if (!isMethodName(method)) {
      return failure(new AppError('UNKNOWN_METHOD', text('errors.unknownMethod', { method: String(method) })));
    }
    const spec = apiContract[method];
    const parsed = spec.input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) return failure(validationError(parsed.error));
    const health = options.store.health();
    if (health.state === 'damaged' && spec.kind !== 'query' && !spec.allowedWhenDamaged) {
      // Writing to a store that failed its integrity check could spread the damage: reads only, until it is restored.
      return failure(new AppError('STORE_DAMAGED', health.report));
    }
    try {
      const actor = currentActor(options.store);
      if (spec.requiresProfile && !actor.profileId) {
        throw new AppError('PROFILE_REQUIRED', text('errors.profileRequired'));
      }
      const ctx: HandlerContext = { store: options.store, config: options.config, method, actor, now, replaceStore: options.replaceStore, machineId: options.machineId ?? null };
      const handler = options.handlers[method] as Handler<MethodName> as (c: HandlerContext, i: unknown) => unknown;
      const value =
        spec.kind === 'command'
          ? options.store.sqlite.transaction(() => handler(ctx, parsed.data)).immediate()
          : await handler(ctx, parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return failure(error);
      options.onInternalError?.(error, method);
      return failure(new AppError('INTERNAL', text('errors.internal')));
    }
  };
}

function failure(error: AppError): ApiResult<never> {
  return { ok: false, error: error.toApiError() };
}

/** Each issue names its catalog message when the contract made it from one, so the client can render it in its language. */
function validationError(error: z.ZodError): AppError {
  const issues: ApiIssue[] = error.issues.map((issue) => {
    const localized = fieldText(issue.message);
    return { path: issue.path.map(String).join('.'), message: issue.message, ...(localized ? { text: localized } : {}) };
  });
  const details = issues.map(({ path, message, text: localized }) => (path ? text('fields.issueAt', { path, message: localized ?? message }) : (localized ?? message)));
  return new AppError('VALIDATION', text('errors.invalidInput', { details }), issues);
}
