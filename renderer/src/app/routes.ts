import { boardStatusFilters, dueFilters } from '../../../electron/shared/contract/vocabulary';
import type { BoardStatusFilter, DueFilter } from '../../../electron/shared/contract/vocabulary';
import type { MessageKey } from '../../../electron/shared/i18n/catalog';

/**
 * Every address of the app, in one table. The hash is `#/<page>/<segment>/…`; each page reads its own
 * segments here, so a page never parses `location.hash` itself, and a link is built from the same rule.
 */

/** The areas of the navigation rail, in order (Alt+1…). */
export const navigationPages = ['dashboard', 'programme', 'audits', 'actions', 'reports', 'units', 'checklists', 'settings'] as const;
export type NavigationPage = (typeof navigationPages)[number];
/** The first-run setup is reached from its banner, not from the rail. */
export type PageName = NavigationPage | 'setup';

export const pageLabels: Record<NavigationPage, MessageKey> = {
  dashboard: 'nav.dashboard',
  programme: 'nav.programme',
  audits: 'nav.audits',
  actions: 'nav.actions',
  reports: 'nav.reports',
  units: 'nav.units',
  checklists: 'nav.checklists',
  settings: 'nav.settings',
};

export const workspaceTabs = ['checklist', 'findings', 'evidence', 'summary', 'actions', 'minutes', 'info'] as const;
export type WorkspaceTab = (typeof workspaceTabs)[number];

/** What a link from the home narrows the audit list to: planned entries past their date, closed audits awaiting minutes, unsigned minutes. */
export const auditListFocuses = ['planned_overdue', 'closed', 'minutes_unsigned'] as const;
export type AuditListFocus = (typeof auditListFocuses)[number];

/** "Cuộc kiểm tra": the list (narrowed by a home link or not), the start form (from a planned inspection or not), or one audit's workspace tab. */
export type AuditView =
  | { view: 'list'; focus?: AuditListFocus; year?: number }
  | { view: 'new'; plannedInspectionId: string | null }
  | { view: 'audit'; auditId: string; tab: WorkspaceTab };

export type RegistryTab = 'units' | 'people';

export interface BoardLink {
  filter: DueFilter | BoardStatusFilter;
  year: number | null;
}

const yearIn = (segment: string | undefined) => (segment && /^\d{4}$/.test(segment) ? Number(segment) : undefined);

/** What each page reads from its address. */
interface PageParams {
  dashboard: object;
  programme: object;
  audits: { audits: AuditView };
  /** "#/actions/overdue", "#/actions/due_soon/2026", "#/actions/cho_xac_minh/2026": the board on that filter, for one audit year or all. */
  actions: { link: BoardLink | null };
  /** "#/reports" (the list and the period chooser), "#/reports/<id>" (one report) or "#/reports/don-vi/<unit id>" (a unit's report card). */
  reports: { reportId: string | null; unitId?: string };
  /** "#/units/can-bo" is the staff tab. */
  units: { tab: RegistryTab };
  /** "#/checklists/<template>/<version>". */
  checklists: { templateId: string | null; versionId: string | null };
  settings: object;
  setup: object;
}

export type AppRoute = { [P in PageName]: { page: P } & PageParams[P] }[PageName];
export type RouteOf<P extends PageName> = Extract<AppRoute, { page: P }>;

interface PageAddress<P extends PageName> {
  parse(segments: readonly string[]): PageParams[P];
  segments(params: PageParams[P]): readonly (string | null)[];
}

const PEOPLE_SEGMENT = 'can-bo';
const UNIT_CARD_SEGMENT = 'don-vi';
const noParams = { parse: () => ({}), segments: () => [] };

const addresses: { [P in PageName]: PageAddress<P> } = {
  dashboard: noParams,
  programme: noParams,
  settings: noParams,
  setup: noParams,
  reports: {
    parse: ([first, unitId]) => (first === UNIT_CARD_SEGMENT && unitId ? { reportId: null, unitId } : { reportId: (first !== UNIT_CARD_SEGMENT && first) || null }),
    segments: ({ reportId, unitId }) => (unitId ? [UNIT_CARD_SEGMENT, unitId] : [reportId]),
  },
  audits: {
    parse([first, second, third]) {
      if (!first) return { audits: { view: 'list' } };
      if (first === 'list') {
        const focus = auditListFocuses.find((candidate) => candidate === second);
        return { audits: focus ? { view: 'list', focus, year: yearIn(third) } : { view: 'list' } };
      }
      if (first === 'new') return { audits: { view: 'new', plannedInspectionId: second || null } };
      const tab = workspaceTabs.find((candidate) => candidate === second) ?? 'checklist';
      return { audits: { view: 'audit', auditId: first, tab } };
    },
    segments({ audits }) {
      switch (audits.view) {
        case 'list':
          return audits.focus ? ['list', audits.focus, audits.year ? String(audits.year) : null] : [];
        case 'new':
          return ['new', audits.plannedInspectionId];
        case 'audit':
          return [audits.auditId, audits.tab];
      }
    },
  },
  actions: {
    parse([segment, yearSegment]) {
      const filter = dueFilters.find((candidate) => candidate === segment) ?? boardStatusFilters.find((candidate) => candidate === segment);
      return { link: filter ? { filter, year: yearIn(yearSegment) ?? null } : null };
    },
    segments: ({ link }) => (link ? [link.filter, link.year ? String(link.year) : null] : []),
  },
  units: {
    parse: ([segment]) => ({ tab: segment === PEOPLE_SEGMENT ? 'people' : 'units' }),
    segments: ({ tab }) => [tab === 'people' ? PEOPLE_SEGMENT : null],
  },
  checklists: {
    parse: ([templateId, versionId]) => ({ templateId: templateId || null, versionId: (templateId && versionId) || null }),
    segments: ({ templateId, versionId }) => [templateId, templateId && versionId],
  },
};

const isPageName = (name: string): name is PageName => name === 'setup' || (navigationPages as readonly string[]).includes(name);

/** Any hash to a route; an unknown page is the dashboard. */
export function parseRoute(hash: string): AppRoute {
  const [name = '', ...segments] = hash.replace(/^#\/?/, '').split('/');
  const page = isPageName(name) ? name : 'dashboard';
  return { page, ...addresses[page].parse(segments) } as AppRoute;
}

/** The hash of a route; segments after the first empty one are left out. */
export function routeHash(route: AppRoute): string {
  const address = addresses[route.page] as PageAddress<PageName>;
  const segments = address.segments(route as PageParams[PageName]);
  const end = segments.findIndex((segment) => !segment);
  return `#/${[route.page, ...(end === -1 ? segments : segments.slice(0, end))].join('/')}`;
}

/** A page with the address it opens at when nothing more is said. */
export function pageRoute<P extends PageName>(page: P): RouteOf<P> {
  return { page, ...addresses[page].parse([]) } as RouteOf<P>;
}

/** An entry of the navigation rail: a page at the address it opens. */
export interface RailItem {
  name: NavigationPage | 'people';
  label: MessageKey;
  route: AppRoute;
}

/** The staff directory lives on the units page ("#/units/can-bo") but has its own entry, after Đơn vị. */
export const railItems: readonly RailItem[] = navigationPages.flatMap((page): RailItem[] => {
  const item: RailItem = { name: page, label: pageLabels[page], route: pageRoute(page) };
  return page === 'units' ? [item, { name: 'people', label: 'wayfinding.nav.people', route: { page: 'units', tab: 'people' } }] : [item];
});

/** The rail entry a route belongs to. */
export const railItemOf = (route: AppRoute): RailItem['name'] | 'setup' => (route.page === 'units' && route.tab === 'people' ? 'people' : route.page);
