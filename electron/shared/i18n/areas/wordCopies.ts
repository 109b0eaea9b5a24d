/** The Word (.docx) working copies of the plan, the minutes and the reports. */
export const wordCopiesMessages = {
  vi: {
    'wordCopies.download': 'Tải Word (.docx)',
    'wordCopies.downloaded': 'Đã tải bản Word {file}',
    'wordCopies.hint': 'Bản Word để chỉnh sửa, lưu hành nội bộ; văn bản gốc là bản PDF đã ký số.',
    'wordCopies.errors.contentMissing': 'Không còn nội dung đã khóa của biên bản {code} để lập bản Word; hãy mở bản PDF.',
    'wordCopies.errors.contentChanged': 'Dữ liệu của biên bản {code} không còn khớp với nội dung đã ban hành; không lập được bản Word giống bản PDF.',
  },
} as const;
