/** English for the wayfinding area, loaded only when English is chosen. */
export const wayfindingEnglish = {
  'wayfinding.nav.people': 'Staff',
  'wayfinding.help.search': 'Search everything: Ctrl + K',
  'wayfinding.search.results': 'Search results',
  'wayfinding.search.searching': 'Searching…',
  'wayfinding.search.nothing': 'Nothing found for “{text}”.',
  'wayfinding.search.group': '{kind} ({total})',
  'wayfinding.search.groupMore': '{kind} ({shown} of {total}, type more to narrow down)',
  'wayfinding.search.kind.unit': 'Units',
  'wayfinding.search.kind.person': 'Staff',
  'wayfinding.search.kind.audit': 'Inspections',
  'wayfinding.search.kind.finding': 'Findings',
  'wayfinding.search.kind.action': 'Corrective actions',
  'wayfinding.search.kind.checklist_item': 'Checklist questions',
};
