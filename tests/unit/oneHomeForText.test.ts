import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, translate, vietnamese } from '../../electron/shared/i18n/catalog';
import { english } from '../../electron/shared/i18n/english';
import type { Message } from '../../electron/shared/i18n/catalog';
import { projectRoot } from '../../electron/backend/paths';
import { isVietnamese, vietnameseLiterals } from '../support/vietnameseLiterals';

/**
 * Where back-end code may write Vietnamese itself: the documents it prints and the Excel files it
 * writes, whose text is Vietnamese whatever the UI language, and the seed data of a new store.
 * Every other back-end module takes its words from the catalog.
 */
const documentTexts = [
  /^electron\/backend\/documents\//,
  /^electron\/backend\/modules\/minutes\/(minutesBody|minutesWording|buildMinutesContent|signatureBlocks|minutesDocument)\.ts$/,
  /^electron\/backend\/modules\/programme\/(programmeDocumentContent|programmeWorkbook|exportXlsx)\.ts$/,
  /^electron\/backend\/modules\/programme\/planning\/kindWords\.ts$/,
  // Why a unit is in the plan, as the plan's PDF, Word copy and Excel file state it.
  /^electron\/backend\/modules\/programme\/selectionWords\.ts$/,
  /^electron\/backend\/modules\/actions\/(boardWorkbook|exportBoard)\.ts$/,
  /^electron\/backend\/modules\/checklists\/checklistWorkbook\.ts$/,
  /^electron\/backend\/modules\/reporting\/(reportDocument|reportWorkbook|reportWording|periodWords|reportFrame|isoReportDocument|isoReportWorkbook|isoReportWording|unitCardDocument|unitCardWorkbook|unitCardWording)\.ts$/,
  // Chart titles and axes, drawn into the report PDF and the home's SVG alike.
  /^electron\/backend\/charts\/chartWords\.ts$/,
  /^electron\/backend\/signing\/signatureAppearance\.ts$/,
  /^electron\/backend\/seed\//,
  /^electron\/backend\/modules\/checklists\/seedChecklists\.ts$/,
  /^db\/schema\/organization\.ts$/,
];

const backEndFiles = (): string[] =>
  execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'electron/backend', 'db'], { cwd: projectRoot, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file.endsWith('.ts') && !file.startsWith('db/migrations/'));

/** Messages whose languages use different parameters: English names the month in words, Vietnamese numbers it. */
const placeholderExceptions = new Set(['programme.monthTitle', 'scheduling.month']);

describe('one home for text', () => {
  beforeAll(() => loadLanguage('en'));

  it('has every key in both languages, with the same placeholders', () => {
    const forms = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));
    const placeholders = (message: Message) => new Set(forms(message).flatMap((form) => [...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1])));
    const viKeys = Object.keys(vietnamese).sort();
    expect(Object.keys(english).sort()).toEqual(viKeys);
    for (const key of viKeys) {
      const vi = vietnamese[key as keyof typeof vietnamese];
      const en = english[key as keyof typeof english];
      for (const form of forms(en)) expect(form.trim(), key).not.toBe('');
      if (placeholderExceptions.has(key)) continue;
      expect(placeholders(en), key).toEqual(placeholders(vi));
    }
  });

  it('chooses the plural form of the language by the count', () => {
    expect(translate('en', 'errors.programme.startedNoDiscard', { count: 1 })).toBe('1 inspection has been started from this plan, so it cannot be deleted.');
    expect(translate('en', 'errors.programme.startedNoDiscard', { count: 3 })).toBe('3 inspections have been started from this plan, so it cannot be deleted.');
    expect(translate('vi', 'errors.programme.startedNoDiscard', { count: 1 })).toBe('Đã bắt đầu 1 cuộc kiểm tra từ kế hoạch này nên không xóa được.');
  });

  it('writes a quantity the way the reader’s language writes numbers', () => {
    const params = { fileName: 'a.xlsx', megabytes: { amount: 12.345, fractionDigits: 1 }, limit: { amount: 10 } };
    expect(translate('vi', 'workbookImport.fileTooLarge', params)).toMatch(/^Tệp "a\.xlsx" nặng 12,3 MB, quá giới hạn 10 MB/);
    expect(translate('en', 'workbookImport.fileTooLarge', params)).toMatch(/^The file "a\.xlsx" is 12\.3 MB, over the 10 MB limit/);
    expect(translate('vi', 'workbookImport.tooManyRows', { fileName: 'a.xlsx', rows: { amount: 5000 } })).toContain('dài hơn 5.000 dòng');
    expect(translate('en', 'workbookImport.tooManyRows', { fileName: 'a.xlsx', rows: { amount: 5000 } })).toContain('longer than 5,000 rows');
  });

  it('checks each message parameters at the call site (tsc reads the expected errors below)', () => {
    expect(translate('vi', 'errors.unit.codeTaken', { code: 'VP' })).toBe('Mã đơn vị "VP" đã được dùng cho đơn vị khác.');
    // @ts-expect-error: the message needs its {code}
    expect(translate('vi', 'errors.unit.codeTaken')).toBe('Mã đơn vị "{code}" đã được dùng cho đơn vị khác.');
    // @ts-expect-error: a misspelt parameter leaves {code} unfilled
    expect(translate('vi', 'errors.unit.codeTaken', { cod: 'VP' })).toBe('Mã đơn vị "{code}" đã được dùng cho đơn vị khác.');
    // Braces around words that are not parameter names are text: this message takes no parameter.
    expect(translate('vi', 'legalBases.hint')).toContain('{cơ quan} → tên cơ quan');
  });

  it('recognises Vietnamese text and ignores English and comments', () => {
    expect(isVietnamese('Không tìm thấy')).toBe(true);
    expect(isVietnamese('đi')).toBe(true);
    expect(isVietnamese('Kiểm tra')).toBe(true);
    expect(isVietnamese('Not found: the unit.')).toBe(false);
    expect(isVietnamese('CCHC & ISO 9001 “quoted”')).toBe(false);
  });

  it('reads literals, template parts included, and skips comments', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'literals-'));
    const file = path.join(dir, 'sample.ts');
    fs.writeFileSync(file, "// Không phải chuỗi\nconst a = 'Đã lưu';\nconst b = `Năm ${a} và ${a}`;\nconst c = 'saved';\n");
    expect(vietnameseLiterals(file)).toEqual(['Đã lưu', 'Năm ', ' và ']);
    fs.rmSync(dir, { recursive: true });
  });

  it('finds no Vietnamese literal in a back-end module outside the catalog and the document texts', () => {
    const found: Record<string, number> = {};
    for (const file of backEndFiles()) {
      if (documentTexts.some((allowed) => allowed.test(file))) continue;
      const count = vietnameseLiterals(`${projectRoot}/${file}`).length;
      if (count > 0) found[file] = count;
    }
    expect(found).toEqual({});
  });
});
