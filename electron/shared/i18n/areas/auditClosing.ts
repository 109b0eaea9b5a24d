/** Why an inspection cannot be recorded as ended yet: the shared closing rule names these, each client renders them. */
export const auditClosingMessages = {
  vi: {
    'auditClosing.endDateAhead':
      'Cuộc kiểm tra kết thúc ngày {endDate}, sau hôm nay ({today}); chưa thể kết thúc trước ngày đó. Nếu cuộc kiểm tra đã xong sớm hơn, hãy sửa ngày kết thúc.',
    'auditClosing.endDateAheadReason':
      'cuộc kiểm tra kết thúc ngày {endDate}, sau hôm nay ({today}); chưa thể kết thúc trước ngày đó. Nếu cuộc kiểm tra đã xong sớm hơn, hãy sửa ngày kết thúc.',
    'auditClosing.endTimeAhead': 'Giờ kết thúc {endedTime} còn sau giờ hiện tại ({now}).',
    'auditClosing.endTimeAheadReason': 'giờ kết thúc {endedTime} còn sau giờ hiện tại ({now}).',
  },
} as const;
