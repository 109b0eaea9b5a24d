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
}
