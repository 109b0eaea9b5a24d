import fs from 'node:fs';
import path from 'node:path';
import knownModules from '../../../../db/seed/signing/token-modules.json';

export interface TokenModuleCandidate {
  vendor: string;
  path: string;
  /** Whether the file is on this machine now. */
  present: boolean;
}

/**
 * Where the common Vietnamese token drivers install their PKCS#11 module on this platform, with
 * those present first. On Windows a 64-bit app loads from System32; a driver only in SysWOW64 is
 * 32-bit and is listed so the user learns why it cannot be used.
 */
export function tokenModuleCandidates(platform: NodeJS.Platform = process.platform, exists: (file: string) => boolean = fs.existsSync): TokenModuleCandidate[] {
  const windowsRoot = process.env.SystemRoot ?? 'C:\\Windows';
  const candidates = knownModules.modules.flatMap((module) => {
    const files =
      platform === 'win32'
        ? module.windows.flatMap((name) => [path.win32.join(windowsRoot, 'System32', name), path.win32.join(windowsRoot, 'SysWOW64', name)])
        : platform === 'linux'
          ? module.linux
          : [];
    return files.map((file) => ({ vendor: module.vendor, path: file, present: exists(file) }));
  });
  return [...candidates.filter((c) => c.present), ...candidates.filter((c) => !c.present)];
}
