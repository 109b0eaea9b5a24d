import { useState } from 'react';
import { ActionDrawer } from './ActionDrawer';
import { ActionFormModal } from './ActionFormModal';
import type { FindingRef } from './ActionFormModal';

/**
 * The drawer that shows an action and the form that creates one, for any list of actions to embed:
 * `open(id)` shows an action, `createFor(finding)` starts a new one and shows it once saved.
 */
export function useActionEditor() {
  const [openId, setOpenId] = useState<string | null>(null);
  const [creatingFor, setCreatingFor] = useState<FindingRef | null>(null);
  const elements = (
    <>
      <ActionDrawer actionId={openId} onClose={() => setOpenId(null)} />
      <ActionFormModal
        target={creatingFor ? { kind: 'create', finding: creatingFor } : null}
        onClose={() => setCreatingFor(null)}
        onSaved={(saved) => {
          setCreatingFor(null);
          setOpenId(saved.id);
        }}
      />
    </>
  );
  return { open: setOpenId, createFor: setCreatingFor, elements };
}
