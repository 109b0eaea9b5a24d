import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../electron/backend/paths';

interface LayerConfig {
  compilerOptions: { lib: string[]; types: string[] };
  include: string[];
  references?: { path: string }[];
}

const layer = (name: string) => JSON.parse(fs.readFileSync(path.join(projectRoot, `tsconfig.${name}.json`), 'utf8')) as LayerConfig;
const hasDom = (config: LayerConfig) => config.compilerOptions.lib.some((lib) => lib.toLowerCase().startsWith('dom'));
const referenced = (config: LayerConfig) => (config.references ?? []).map((reference) => path.basename(reference.path));

describe('one typecheck project per layer', () => {
  it('gives electron/shared neither DOM nor Node types', () => {
    const shared = layer('shared');
    expect(hasDom(shared)).toBe(false);
    expect(shared.compilerOptions.types).toEqual([]);
    expect(referenced(shared)).toEqual([]);
  });

  it('gives the renderer the DOM but no Node types, and only electron/shared to lean on', () => {
    const renderer = layer('renderer');
    expect(hasDom(renderer)).toBe(true);
    expect(renderer.compilerOptions.types).not.toContain('node');
    expect(referenced(renderer)).toEqual(['tsconfig.shared.json']);
  });

  it('gives the back end and the shell Node types but no DOM', () => {
    for (const name of ['backend', 'shell']) {
      const config = layer(name);
      expect(hasDom(config), name).toBe(false);
      expect(config.compilerOptions.types, name).toContain('node');
    }
  });

  it('builds every layer from the root project', () => {
    const root = JSON.parse(fs.readFileSync(path.join(projectRoot, 'tsconfig.json'), 'utf8')) as { files: string[]; references: { path: string }[] };
    expect(root.files).toEqual([]);
    expect(root.references.map((reference) => path.basename(reference.path)).sort()).toEqual(
      ['backend', 'renderer', 'shared', 'shell', 'tests'].map((name) => `tsconfig.${name}.json`),
    );
  });
});
