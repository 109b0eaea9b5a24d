import type { Store } from '../../../db/store';

export interface Actor {
  profileId: string | null;
  name: string;
}

export interface BackendConfig {
  dataDir: string;
  migrationsFolder: string;
  /** Folder with fonts and other files the back end reads at run time. */
  resourcesDir: string;
  appVersion: string;
}

export interface HandlerContext {
  readonly store: Store;
  readonly config: BackendConfig;
  readonly method: string;
  readonly actor: Actor;
  readonly now: () => Date;
  /** The laptop making the call (may-nay.json), recorded with every change; null where no host set one. */
  readonly machineId: string | null;
  /**
   * Closes the store once no other call is running, runs `swap` on the closed files, and reopens it; calls
   * that arrive meanwhile are refused. Only a restore uses it. Absent where the host cannot reopen its store.
   */
  readonly replaceStore?: (swap: () => void) => Promise<void>;
}
