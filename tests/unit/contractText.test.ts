import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredText, textProblem } from '../../electron/shared/contract/fields';

const contractDir = path.join(import.meta.dirname, '../../electron/shared/contract');

describe('the one text rule', () => {
  it('says what is wrong, and lets ordinary Vietnamese text through', () => {
    expect(textProblem('Phòng Văn hóa - Xã hội 📷', 'fieldLabels.name', 'single')).toBeNull();
    expect(textProblem('Dòng 1\n\tDòng 2\r\n', 'fieldLabels.note', 'multi')).toBeNull();
    expect(textProblem('a\ud800', 'fieldLabels.name', 'multi')).toMatch(/surrogate/);
    expect(textProblem('\udfffa', 'fieldLabels.name', 'multi')).toMatch(/surrogate/);
    expect(textProblem('a\u0000', 'fieldLabels.name', 'multi')).toMatch(/điều khiển/);
    expect(textProblem('a\u007f', 'fieldLabels.name', 'multi')).toMatch(/điều khiển/);
    expect(textProblem('a\u000b', 'fieldLabels.name', 'multi')).toMatch(/điều khiển/);
    expect(textProblem('a\nb', 'fieldLabels.name', 'single')).toMatch(/một dòng/);
    for (const bidi of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(textProblem(`a${bidi}b`, 'fieldLabels.name', 'multi')).toMatch(/đảo chiều/);
    }
    // Marks that only hint direction, such as U+200F, stay allowed.
    expect(textProblem('a\u200fb', 'fieldLabels.name', 'single')).toBeNull();
  });

  it('refuses through the contract with that one message, before the length is checked', () => {
    const parsed = requiredText('fieldLabels.name', 3).safeParse('abcd\u0000');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([textProblem('abcd\u0000', 'fieldLabels.name', 'single')]);
    expect(requiredText('fieldLabels.name', 3).safeParse(' ab ').data).toBe('ab');
  });

  it('is used by every string of the contract that takes text (base64 file content aside)', () => {
    const unchecked: string[] = [];
    for (const file of fs.readdirSync(contractDir).filter((name) => name.endsWith('.ts') && name !== 'fields.ts')) {
      const source = fs.readFileSync(path.join(contractDir, file), 'utf8');
      for (const match of source.matchAll(/z\s*\.string\(/g)) {
        const statement = source.slice(match.index, source.indexOf(';', match.index));
        const checked = statement.includes('.check(textCharacters(') || statement.includes('.regex(/^[A-Za-z0-9+/]+');
        if (!checked) unchecked.push(`${file}: ${statement.split('\n')[0]}`);
      }
    }
    expect(unchecked).toEqual([]);
  });
});
