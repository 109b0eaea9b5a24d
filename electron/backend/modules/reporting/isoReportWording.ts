/** Words of the ISO internal-audit report, in Vietnamese whatever the UI language, like the document itself. */
export const isoWords = {
  clausePrefix: 'Điều',
  noClause: 'Chưa ghi điều khoản',
  clauseTitles: {
    '4': 'Bối cảnh của tổ chức',
    '5': 'Sự lãnh đạo',
    '6': 'Hoạch định',
    '7': 'Hỗ trợ',
    '8': 'Thực hiện',
    '9': 'Đánh giá kết quả hoạt động',
    '10': 'Cải tiến',
  },
  effective: 'Đã xác minh hiệu quả',
  notEffective: 'Không hiệu quả',
  pending: 'Đang thực hiện, chờ xác minh',
  charts: {
    byClause: 'Sự không phù hợp theo điều khoản TCVN ISO 9001:2015',
    effectiveness: 'Hiệu lực của hành động khắc phục',
    byUnit: 'Sự không phù hợp và cơ hội cải tiến theo đơn vị',
    nonconformities: 'Sự không phù hợp',
    opportunities: 'Cơ hội cải tiến',
    findings: 'Số phát hiện',
    actions: 'Số hành động',
    clause: 'Điều khoản',
    verification: 'Kết quả xác minh',
    unit: 'Đơn vị',
  },
} as const;
