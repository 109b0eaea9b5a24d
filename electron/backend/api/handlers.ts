import type { ApiContract, MethodName, ParsedInputOf, ResultOf } from '../../shared/contract';
import type { HandlerContext } from './context';

export type Handler<M extends MethodName> = ApiContract[M]['kind'] extends 'command'
  ? (ctx: HandlerContext, input: ParsedInputOf<M>) => ResultOf<M>
  : (ctx: HandlerContext, input: ParsedInputOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;

export type HandlerMap = { [M in MethodName]: Handler<M> };

/** A module's share of the handler map, checked against the contract. */
export type ModuleHandlers<Names extends MethodName> = { [M in Names]: Handler<M> };
