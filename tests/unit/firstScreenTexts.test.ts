import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../electron/backend/paths';
import { contractRulesMessages } from '../../electron/shared/i18n/areas/contractRules';
import { fieldsMessages } from '../../electron/shared/i18n/areas/fields';
import { shellMessages } from '../../electron/shared/i18n/areas/shell';
import { sharedRulesMessages } from '../../electron/shared/i18n/areas/sharedRules';
import { pageVietnamese } from '../../electron/shared/i18n/pageAreas';

/**
 * The renderer's first screen carries the catalog without the pages' areas (they arrive with the first
 * page). A schema makes its field messages when its module loads, perhaps before those areas: so every
 * key given to fieldMessage, and every field label, must be in the first screen's areas.
 */
const firstScreenFieldTexts: Record<string, string> = { ...fieldsMessages.vi, ...contractRulesMessages.vi, ...sharedRulesMessages.vi };

const sharedSources = () =>
  execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'electron/shared', 'renderer/src'], { cwd: projectRoot, encoding: 'utf8' })
    .split('\n')
    .filter((file) => /\.tsx?$/.test(file) && !file.includes('/i18n/areas/') && !file.includes('/i18n/en/'));

describe('texts the first screen needs', () => {
  it('has every field message key and field label outside the pages areas', () => {
    const keys = new Set<string>();
    for (const file of sharedSources()) {
      const source = fs.readFileSync(`${projectRoot}/${file}`, 'utf8');
      for (const match of source.matchAll(/fieldMessage\('([\w.]+)'/g)) keys.add(match[1]!);
      for (const match of source.matchAll(/'(fieldLabels\.[\w]+)'/g)) keys.add(match[1]!);
    }
    expect(keys.size).toBeGreaterThan(100);
    const missing = [...keys].filter((key) => !(key in firstScreenFieldTexts));
    expect(missing).toEqual([]);
    expect([...keys].filter((key) => key in pageVietnamese)).toEqual([]);
  });

  it('has the navigation names, which the shell draws before any page text arrives, in the shell area', () => {
    const routes = fs.readFileSync(`${projectRoot}/renderer/src/app/routes.ts`, 'utf8');
    const navKeys = [...routes.matchAll(/'(nav\.\w+)'/g)].map((match) => match[1]!);
    expect(navKeys.length).toBeGreaterThanOrEqual(8);
    expect(navKeys.filter((key) => !(key in shellMessages.vi))).toEqual([]);
  });

  it('has the catalog words that shared modules read when they load (the workbook answer types) outside the pages areas', () => {
    const loadTimeReads = new Set<string>();
    for (const file of sharedSources()) {
      const source = fs.readFileSync(`${projectRoot}/${file}`, 'utf8');
      for (const match of source.matchAll(/vietnamese\[`([\w.]+)\$\{/g)) loadTimeReads.add(match[1]!);
    }
    expect([...loadTimeReads]).toEqual(['checklists.answer.']);
    const firstScreenKeys = Object.keys(firstScreenFieldTexts);
    for (const prefix of loadTimeReads) {
      expect(firstScreenKeys.filter((key) => key.startsWith(prefix))).toHaveLength(4);
      expect(Object.keys(pageVietnamese).filter((key) => key.startsWith(prefix))).toEqual([]);
    }
  });
});
