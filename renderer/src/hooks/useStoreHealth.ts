import { useEffect, useState } from 'react';
import type { StoreHealth } from '../../../electron/shared/contract/storeHealth';
import { api } from '../api/client';

const POLL_MS = 3000;

/** The background integrity check's verdict: asked at start, then again while the check still runs. */
export function useStoreHealth(): StoreHealth | undefined {
  const [health, setHealth] = useState<StoreHealth>();
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const result = await api.call('app.storeHealth', {});
      if (stopped) return;
      if (result.ok) setHealth(result.value);
      // An unreachable back end is asked again too: the verdict must not be missed.
      if (!result.ok || result.value.state === 'checking') timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return health;
}
