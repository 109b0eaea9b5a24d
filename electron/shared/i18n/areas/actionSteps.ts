/** The corrective-action drawer's inline steps and its completion-evidence files. */
export const actionStepsMessages = {
  vi: {
    'actionSteps.files': 'Tệp bằng chứng hoàn thành',
    'actionSteps.attachLabel': 'Đính kèm tệp bằng chứng hoàn thành',
    'actionSteps.noFiles': 'Chưa có tệp nào.',
    'actionSteps.errors.otherAudit': 'Hành động khắc phục không thuộc cuộc kiểm tra này.',
    'actionSteps.errors.evidenceLocked': 'Chỉ thêm hoặc gỡ tệp bằng chứng hoàn thành khi hành động đang ở trạng thái "Đang thực hiện" (hiện là "{status}").',
  },
} as const;
