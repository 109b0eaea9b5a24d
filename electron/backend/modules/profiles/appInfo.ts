import type { ModuleHandlers } from '../../api/handlers';
import { listProfileViews } from './profileViews';

export const appInfo: ModuleHandlers<'app.info'>['app.info'] = (ctx) => ({
  version: ctx.config.appVersion,
  dataDir: ctx.config.dataDir,
  schemaVersion: ctx.store.sqlite.pragma('user_version', { simple: true }) as number,
  currentProfile: listProfileViews(ctx.store).find((profile) => profile.isCurrent) ?? null,
});
