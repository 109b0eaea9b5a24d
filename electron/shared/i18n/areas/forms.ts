export const formsMessages = {
  vi: {
    'forms.date.between': 'Chọn ngày trong khoảng {min} – {max}',
    'forms.date.notBefore': 'Chọn ngày từ {min} trở đi',
    'forms.date.notAfter': 'Chọn ngày đến {max} là muộn nhất',
    'forms.discard.title': 'Bỏ các thay đổi chưa lưu?',
    'forms.discard.message': 'Những gì vừa nhập trong hộp thoại này sẽ mất nếu đóng mà không lưu.',
    'forms.discard.confirm': 'Bỏ thay đổi và đóng',
    'forms.discard.keep': 'Tiếp tục nhập',
    'forms.example.decisionNumber': 'Ví dụ: 125/QĐ-UBND',
    'forms.example.planNumber': 'Ví dụ: 18/KH-UBND',
  },
} as const;
