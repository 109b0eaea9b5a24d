/** Why no year's programme can be made, as the generator finds it. */
export const planningMessages = {
  vi: {
    'planning.nothingToPlan': 'Không có đơn vị nào cần kiểm tra: chưa có đơn vị đang hoạt động thuộc phạm vi kiểm tra CCHC hoặc áp dụng ISO 9001.',
    'planning.noWorkingDay':
      'Năm {year} không có ngày làm việc nào trong các tháng xếp lịch (tháng {months}) sau khi trừ thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết.',
    'planning.noLeader': 'Chưa có cán bộ đang hoạt động nào được phép làm Trưởng đoàn. Hãy đánh dấu "Được làm Trưởng đoàn" cho ít nhất một cán bộ trong danh bạ.',
    'planning.tooFewPeople': 'Mỗi đoàn cần {size} người nhưng danh bạ chỉ có {active} cán bộ đang hoạt động.',
    'planning.noLeaderFor': 'Không có Trưởng đoàn phù hợp để {visit} {unit}: cần một cán bộ được làm Trưởng đoàn{trained} và không thuộc đơn vị này.',
    'planning.tooFewFor': 'Không đủ người cho đoàn {visit} {unit}: cần {size} cán bộ không thuộc đơn vị này{trained}, hiện chỉ có {eligible}.',
    'planning.trained': ', đã được đào tạo đánh giá viên nội bộ',
    'planning.tooManyVisits':
      'Cần {visits} cuộc kiểm tra nhưng chỉ có {days} ngày làm việc trong các tháng xếp lịch, mỗi ngày tối đa {perDay} đoàn (theo số Trưởng đoàn và số cán bộ), tức tối đa {most} cuộc. Hãy thêm tháng xếp lịch, thêm cán bộ hoặc giảm số người mỗi đoàn.',
    'planning.noDayFor':
      'Không xếp được đoàn {visit} {unit}: trong các ngày làm việc từ {from} đến {to} không còn ngày nào đủ cán bộ phù hợp chưa được xếp lịch.',
    'planning.visit.CCHC': 'kiểm tra CCHC',
    'planning.visit.ISO': 'đánh giá ISO',
  },
} as const;
