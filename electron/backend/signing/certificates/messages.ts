import { formatCalendarDate, localDateOf } from '../../../shared/dates';

const day = (iso: string) => formatCalendarDate(localDateOf(new Date(iso)));

/** What the certificate check says before signing (Vietnamese); kept together so they can become catalog keys. */
export const certificateMessages = {
  expired: (notAfter: string) => `Chứng thư số đã hết hiệu lực từ ngày ${day(notAfter)}; không thể ký bằng chứng thư này.`,
  notYetValid: (notBefore: string) => `Chứng thư số chỉ có hiệu lực từ ngày ${day(notBefore)}; chưa thể ký bằng chứng thư này.`,
  notForSigning:
    'Chứng thư số này không được cấp để ký số: mục đích sử dụng khóa (Key Usage) không có "Ký số" (digitalSignature) hoặc "Chống chối bỏ" (nonRepudiation).',
  revoked: 'Chứng thư số đã bị thu hồi theo danh sách thu hồi (CRL) của tổ chức cấp; không thể ký bằng chứng thư này.',
  untrusted: (topName: string) =>
    `Chuỗi chứng thư dừng ở "${topName}", không thuộc danh sách tổ chức chứng thực được tin cậy. Hãy kiểm tra lại người cấp, hoặc nhập chứng thư gốc (.cer) của tổ chức đó vào danh sách tin cậy nếu phường tin cậy tổ chức này.`,
  revocationNotChecked:
    'Chưa kiểm tra được tình trạng thu hồi của chứng thư: không tải hoặc không xác minh được danh sách thu hồi (CRL) của tổ chức cấp, hoặc chứng thư không nêu địa chỉ CRL. Ứng dụng không khẳng định chứng thư chưa bị thu hồi.',
  revocationGood: (url: string) => `Đã kiểm tra danh sách thu hồi (${url}): chứng thư chưa bị thu hồi.`,
  trustedCertificateInvalid: 'Tệp không phải chứng thư số X.509 (.cer, .crt, dạng DER hoặc PEM).',
  trustedCertificateNotCa: 'Chứng thư này không phải của tổ chức chứng thực (CA), nên không đưa vào danh sách tin cậy.',
  trustedCertificateExists: (name: string) => `Chứng thư "${name}" đã có trong danh sách tin cậy.`,
};
