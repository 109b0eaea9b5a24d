import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { pageRoute, parseRoute, routeHash } from './routes';
import type { AppRoute, PageName, RouteOf } from './routes';

// replaceState fires no hashchange, so a replaced address is announced to the subscribers here.
const listeners = new Set<() => void>();
const announce = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('hashchange', announce);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', announce);
  };
}

const currentHash = () => window.location.hash;

export interface NavigateOptions {
  /** Change the address without a new history entry (a tab choice, not a move). */
  replace?: boolean;
}

export function navigateTo(route: AppRoute, options: NavigateOptions = {}): void {
  const hash = routeHash(route);
  if (options.replace) {
    window.history.replaceState(null, '', hash);
    announce();
  } else {
    window.location.hash = hash;
  }
}

/** The route in the address bar; Back, Forward, links and a reload all land on it. */
export function useRoute(): AppRoute {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parseRoute(hash), [hash]);
}

/** One page's own part of the address, and a way to move within the page. */
export function usePageRoute<P extends PageName>(page: P): [RouteOf<P>, (next: Omit<RouteOf<P>, 'page'>, options?: NavigateOptions) => void] {
  const route = useRoute();
  const own = (route.page === page ? route : pageRoute(page)) as RouteOf<P>;
  const go = useCallback(
    (next: Omit<RouteOf<P>, 'page'>, options?: NavigateOptions) => navigateTo({ ...next, page } as AppRoute, options),
    [page],
  );
  return [own, go];
}
