/** What the user reads when token signing is refused (Vietnamese); kept together so they can become catalog keys. */
export const tokenMessages = {
  moduleMissing: (path: string) =>
    `Không tìm thấy trình điều khiển thiết bị ký số (PKCS#11) tại "${path}". Hãy cài phần mềm của thiết bị (USB token) do tổ chức cung cấp chữ ký số cấp, hoặc chọn đúng tệp trình điều khiển.`,
  moduleUnloadable: (path: string) =>
    `Không nạp được trình điều khiển "${path}": tệp không phải trình điều khiển PKCS#11, hỏng, hoặc khác kiến trúc (32/64 bit) với ứng dụng.`,
  noToken: 'Không thấy thiết bị ký số nào đang cắm vào máy. Hãy cắm USB token rồi bấm "Tìm lại thiết bị".',
  tokenRemoved: 'Thiết bị ký số đã bị rút ra hoặc không còn kết nối. Hãy cắm lại USB token, bấm "Tìm lại thiết bị" rồi ký lại; biên bản chưa thay đổi.',
  certificateGone: 'Chứng thư số đã chọn không còn trên thiết bị ký số. Hãy chọn lại chứng thư.',
  noKeyForCertificate: 'Thiết bị ký số không có khóa bí mật đi kèm chứng thư đã chọn, nên không thể ký bằng chứng thư này.',
  pinEmpty: 'Hãy nhập mã PIN của thiết bị ký số.',
  pinIncorrect: (triesNote: string) => `Mã PIN không đúng.${triesNote} Biên bản chưa được ký.`,
  pinCountLow: ' Thiết bị báo đã nhập sai nhiều lần; nếu tiếp tục sai, thiết bị sẽ bị khóa.',
  pinFinalTry: ' Chỉ còn một lần thử: nếu sai nữa thiết bị sẽ bị khóa.',
  pinLocked:
    'Thiết bị ký số đã bị khóa do nhập sai mã PIN quá số lần cho phép. Hãy liên hệ tổ chức cấp chữ ký số (với chữ ký số chuyên dùng: Sở Khoa học và Công nghệ) để mở khóa; biên bản chưa được ký.',
  pinExpired: 'Mã PIN của thiết bị ký số đã hết hạn; hãy đổi mã PIN bằng phần mềm của thiết bị rồi ký lại.',
  keyTypeUnsupported: 'Khóa trên thiết bị không phải RSA hoặc ECDSA; ứng dụng chưa ký được bằng loại khóa này.',
  rsaTooShort: (bits: number) => `Khóa RSA trên thiết bị chỉ dài ${bits} bit; Thông tư 15/2025/TT-BKHCN yêu cầu tối thiểu 2048 bit.`,
  noMechanism: 'Thiết bị ký số không cung cấp cơ chế ký SHA-256 nào mà ứng dụng dùng được (RSASSA-PSS, RSA PKCS#1 v1.5 hoặc ECDSA).',
  tokenFailed: (code: string) => `Thiết bị ký số báo lỗi (${code}); biên bản chưa được ký. Hãy rút ra, cắm lại thiết bị và thử lại.`,
};
