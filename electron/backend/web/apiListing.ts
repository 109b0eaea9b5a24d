import * as z from 'zod';
import { apiContract, methodNames } from '../../shared/contract';

export interface MethodListing {
  name: string;
  kind: string;
  summary: string;
  inputSchema: unknown;
}

/** GET /api: every method with its input JSON Schema, generated from the contract. */
export function listApiMethods(): MethodListing[] {
  return methodNames.map((name) => {
    const spec = apiContract[name];
    return {
      name,
      kind: spec.kind,
      summary: spec.summary,
      inputSchema: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
    };
  });
}
