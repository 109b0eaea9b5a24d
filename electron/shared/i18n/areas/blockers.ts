/** What stops a checklist draft from being published, or minutes from being issued, in words the user can act on. */
export const blockersMessages = {
  vi: {
    'blockers.publish.noItems': 'Bản nháp chưa có câu hỏi nào đang dùng; hãy thêm câu hỏi trước khi công bố.',
    'blockers.publish.emptySection': 'Phần {code} "{title}" chưa có câu hỏi nào đang dùng; hãy thêm câu hỏi hoặc xóa phần này.',
    'blockers.publish.badItem': 'Câu hỏi {code}: {issue}.',
    'blockers.publish.refused': 'Chưa công bố được: {blockers}',
    'blockers.minutes.auditOpen': 'Cuộc kiểm tra chưa kết thúc: hãy kết thúc cuộc kiểm tra trước khi ban hành biên bản.',
    'blockers.minutes.alreadyIssued': 'Biên bản của cuộc kiểm tra này đã được ban hành; muốn sửa đổi, hãy lập biên bản bổ sung.',
    'blockers.minutes.alreadyIssuedAs': 'Biên bản của cuộc kiểm tra này đã được ban hành (số {code}); muốn sửa đổi, hãy lập biên bản bổ sung.',
    'blockers.minutes.noLeader': 'Đoàn chưa có Trưởng đoàn để ký biên bản.',
    'blockers.sentences': '{first} {rest}',
    'blockers.minutes.noUnitSigner': 'Chưa có đại diện đơn vị được kiểm tra để ký biên bản.',
  },
} as const;
