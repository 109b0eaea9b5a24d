/** Why a signature in a PDF does not hold (Vietnamese); kept together so they can become catalog keys. */
export const verifyMessages = {
  digestMismatch: 'Nội dung đã bị thay đổi sau khi ký: mã băm của phần được ký không khớp.',
  badSignature: 'Giá trị chữ ký không khớp với chứng thư của người ký.',
  unreadable: 'Không đọc được chữ ký (dữ liệu CMS hỏng hoặc không theo chuẩn).',
  unsupportedAlgorithm: (oid: string) => `Chữ ký dùng thuật toán ứng dụng chưa kiểm tra được (${oid}).`,
};
