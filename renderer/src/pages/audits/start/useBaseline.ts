import { useEffect, useState } from 'react';
import type { AuditBaseline } from '../../../../../electron/shared/contract/audits';
import type { AuditKind } from '../../../../../electron/shared/contract/vocabulary';
import { api } from '../../../api/client';

/** The unit's previous audit of this kind, once a unit is chosen; null when there is none. */
export function useBaseline(unitId: string, kind: AuditKind): AuditBaseline | null {
  const [baseline, setBaseline] = useState<{ key: string; value: AuditBaseline | null }>({ key: '', value: null });
  const key = `${unitId}|${kind}`;
  useEffect(() => {
    if (!unitId) return;
    let superseded = false;
    void api.call('audits.baseline', { unitId, kind }).then((result) => {
      if (!superseded) setBaseline({ key, value: result.ok ? result.value : null });
    });
    return () => {
      superseded = true;
    };
  }, [unitId, kind, key]);
  return baseline.key === key ? baseline.value : null;
}
