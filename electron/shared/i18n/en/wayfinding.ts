/** English for the wayfinding area, loaded only when English is chosen. */
export const wayfindingEnglish = {
  'wayfinding.nav.people': 'Staff',
  'wayfinding.help.search': 'Search everything: Ctrl + K',
};
