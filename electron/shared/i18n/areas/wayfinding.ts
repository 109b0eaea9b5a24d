/** Finding one's way: the side menu's staff entry, the shortcut button and the search across everything. */
export const wayfindingMessages = {
  vi: {
    'wayfinding.nav.people': 'Cán bộ',
    'wayfinding.help.search': 'Tìm kiếm mọi thứ: Ctrl + K',
  },
} as const;
