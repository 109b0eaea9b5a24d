import * as z from 'zod';
import { fieldMessage } from '../i18n/fieldMessages';

/** Every update-style input of the contract, with the keys that pick the record; tests find them all here. */
export const patchInputs = z.registry<{ keys: readonly string[] }>();

type WithoutDefault<Field> = Field extends z.ZodDefault<infer Inner> ? Inner : Field;
type PatchShape<Shape extends z.ZodRawShape> = { [Name in keyof Shape]: z.ZodOptional<WithoutDefault<Shape[Name]>> };

function withoutDefault<Field extends z.ZodType>(field: Field): WithoutDefault<Field> {
  return (field instanceof z.ZodDefault ? field.unwrap() : field) as WithoutDefault<Field>;
}

/**
 * An update's input, derived from the fields a record is created with: each field optional and
 * stripped of its default (zod applies defaults even inside .partial(), which would reset every
 * field the update does not name), plus the keys that pick the record. An update must name at
 * least one field.
 */
export function patchInput<Shape extends z.ZodRawShape, Keys extends z.ZodRawShape = Record<never, never>>(
  fields: z.ZodObject<Shape>,
  keys: Keys = {} as Keys,
) {
  const shape = Object.fromEntries(
    Object.entries(fields.shape).map(([name, field]) => [name, withoutDefault(field as z.ZodType).optional()]),
  ) as unknown as PatchShape<Shape>;
  const keyNames = Object.keys(keys);
  const schema = z
    .object(shape)
    .extend(keys)
    .strict()
    .refine((input) => Object.entries(input).some(([name, value]) => !keyNames.includes(name) && value !== undefined), {
      error: () => fieldMessage('contractRules.nothingToSave'),
    });
  schema.register(patchInputs, { keys: keyNames });
  return schema;
}
