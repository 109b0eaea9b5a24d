import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { electronBundles } from '../../electron/build/electronBundles';
import { apiMethodKinds, apiMethodNames, isApiMethodName, isWriteMethod } from '../../electron/shared/apiMethodNames';
import { apiContract } from '../../electron/shared/contract';

describe("the preload's plain list of method names", () => {
  it('names exactly the methods of the contract, each once', () => {
    expect(new Set(apiMethodNames).size).toBe(apiMethodNames.length);
    expect([...apiMethodNames].sort()).toEqual(Object.keys(apiContract).sort());
  });

  it("gives each method the contract's kind, so the renderer tells writes from reads without the contract", () => {
    expect(apiMethodKinds).toEqual(Object.fromEntries(Object.entries(apiContract).map(([method, spec]) => [method, spec.kind])));
    expect(isWriteMethod('units.list')).toBe(false);
    expect(isWriteMethod('units.create')).toBe(true);
    expect(isWriteMethod('backups.create')).toBe(true);
  });

  it('accepts only those names', () => {
    expect(isApiMethodName('audits.get')).toBe(true);
    expect(isApiMethodName('toString')).toBe(false);
    expect(isApiMethodName('constructor')).toBe(false);
    expect(isApiMethodName(42)).toBe(false);
  });

  it('keeps zod and the contract out of the preload bundle', async () => {
    const { preload } = electronBundles('/tmp/unused');
    const result = await build({ ...preload, write: false, metafile: true });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((file) => file.includes('node_modules/') || file.includes('/contract/'))).toEqual([]);
    const bytes = result.outputFiles.reduce((total, file) => total + file.contents.byteLength, 0);
    expect(bytes).toBeLessThan(10_000);
  });
});
