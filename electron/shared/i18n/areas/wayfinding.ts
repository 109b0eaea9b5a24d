/** Finding one's way: the side menu's staff entry, the shortcut button and the search across everything. */
export const wayfindingMessages = {
  vi: {
    'wayfinding.nav.people': 'Cán bộ',
    'wayfinding.help.search': 'Tìm kiếm mọi thứ: Ctrl + K',
    'wayfinding.search.results': 'Kết quả tìm kiếm',
    'wayfinding.search.searching': 'Đang tìm…',
    'wayfinding.search.nothing': 'Không tìm thấy gì cho “{text}”.',
    'wayfinding.search.group': '{kind} ({total})',
    'wayfinding.search.groupMore': '{kind} ({shown} trong {total}, gõ thêm để thu hẹp)',
    'wayfinding.search.kind.unit': 'Đơn vị',
    'wayfinding.search.kind.person': 'Cán bộ',
    'wayfinding.search.kind.audit': 'Cuộc kiểm tra',
    'wayfinding.search.kind.finding': 'Phát hiện',
    'wayfinding.search.kind.action': 'Hành động khắc phục',
    'wayfinding.search.kind.checklist_item': 'Câu hỏi kiểm tra',
  },
} as const;
