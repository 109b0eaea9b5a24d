import fc from 'fast-check';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { apiContract } from '../../electron/shared/contract';
import { optionalText, requiredText } from '../../electron/shared/contract/fields';

/** Vietnamese with every tone mark and đ, typed the way macOS and some keyboards send it: decomposed. */
const NFC_SAMPLE = 'Nguyên nhân gốc rễ: hồ sơ thiếu phiếu kiểm soát; Đơn vị đã khắc phục, ý kiến: đồng ý';
const NFD_SAMPLE = NFC_SAMPLE.normalize('NFD');

interface StringField {
  path: string;
  schema: z.ZodType;
}

/** Every string-accepting field of an input schema, nested objects and arrays included. */
function stringFields(schema: z.ZodType, path: string): StringField[] {
  const def = (schema as unknown as { def: { type: string; [key: string]: unknown } }).def;
  switch (def.type) {
    case 'object':
      return Object.entries((schema as unknown as z.ZodObject).shape).flatMap(([key, field]) => stringFields(field as z.ZodType, `${path}.${key}`));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
      return stringFields(def.innerType as z.ZodType, path);
    case 'array':
      return stringFields(def.element as z.ZodType, `${path}[]`);
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => stringFields(option, path));
    case 'intersection':
      return [...stringFields(def.left as z.ZodType, path), ...stringFields(def.right as z.ZodType, path)];
    case 'pipe':
      return stringFields(def.in as z.ZodType, path).length > 0 ? [{ path, schema }] : [];
    case 'string':
      return [{ path, schema }];
    default:
      return [];
  }
}

/** Fields that are not free text: a password (its exact bytes open the key file), file contents, reference keys. */
const notFreeText = /(\.password|Base64|\.basisReferenceKeys\[\])$/;

describe('every free-text field of the API contract stores Vietnamese in NFC', () => {
  const fields = Object.entries(apiContract).flatMap(([method, spec]) => stringFields(spec.input as z.ZodType, method));

  it('finds the optional text fields that reach documents (root cause, conclusion, unit opinion, notes…)', () => {
    const paths = fields.map((f) => f.path);
    for (const expected of [
      'actions.update.rootCause',
      'actions.update.correction',
      'actions.update.actionPlan',
      'actions.update.completionEvidence',
      'audits.update.conclusion',
      'audits.update.unitComments',
      'audits.update.objective',
      'audits.saveResponse.note',
      'audits.saveResponse.notApplicableReason',
      'audits.saveResponse.textValue',
      'findings.create.requirement',
      'findings.create.evidenceText',
    ]) {
      expect(paths).toContain(expected);
    }
    expect(fields.length).toBeGreaterThan(80);
  });

  it('turns decomposed (NFD) input into composed (NFC) text in every field that accepts it', () => {
    const notNormalised: string[] = [];
    let checked = 0;
    for (const { path, schema } of fields) {
      if (notFreeText.test(path)) continue;
      const parsed = schema.safeParse(NFD_SAMPLE);
      if (!parsed.success || typeof parsed.data !== 'string') continue;
      checked++;
      if (parsed.data !== NFC_SAMPLE) notNormalised.push(path);
    }
    expect(notNormalised).toEqual([]);
    expect(checked).toBeGreaterThan(60);
  });

  it('normalises any decomposed text in optional and required fields, trimming it', () => {
    const text = fc.string({ unit: fc.constantFrom(...'aăâeêioôơuưyđAĂÂĐ '.split(''), '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'), maxLength: 40 });
    fc.assert(
      fc.property(text, (raw) => {
        const expected = raw.trim().normalize('NFC');
        expect(optionalText('fieldLabels.note').parse(raw)).toBe(expected);
        if (expected.length > 0) expect(requiredText('fieldLabels.name').parse(raw)).toBe(expected);
      }),
    );
  });
});
