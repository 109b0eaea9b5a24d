import { eq } from 'drizzle-orm';
import { storeIdentity } from '../../../../db/schema';
import type { IdentityView } from '../../../shared/contract/identity';
import type { HandlerContext } from '../../api/context';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { machineIdentity, updateMachineFile } from './machineFile';
import { STORE_IDENTITY_ROW_ID, readStoreIdentity } from './storeIdentityRow';

const identityView = (ctx: HandlerContext): IdentityView => ({ machine: machineIdentity(ctx.config.dataDir), store: readStoreIdentity(ctx.store.db) });

export const identityHandlers: ModuleHandlers<'identity.get' | 'identity.renameMachine' | 'identity.renameStore'> = {
  'identity.get': identityView,
  'identity.renameMachine': (ctx, { name }) => {
    const before = machineIdentity(ctx.config.dataDir);
    ctx.store.sqlite.transaction(() => {
      updateMachineFile(ctx.config.dataDir, { machineName: name });
      recordChange(ctx, { entity: 'machine', entityId: before.id, action: 'update', changes: { name: [before.name, name] } });
    })();
    return identityView(ctx);
  },
  'identity.renameStore': (ctx, { name }) => {
    const before = readStoreIdentity(ctx.store.db);
    ctx.store.db.update(storeIdentity).set({ name, updatedAt: ctx.now().toISOString() }).where(eq(storeIdentity.id, STORE_IDENTITY_ROW_ID)).run();
    recordChange(ctx, { entity: 'storeIdentity', entityId: before.id, action: 'update', changes: { name: [before.name, name] } });
    return identityView(ctx);
  },
};
