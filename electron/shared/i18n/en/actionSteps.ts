/** English for the corrective-action drawer's inline steps and completion-evidence files. */
export const actionStepsEnglish = {
  'actionSteps.files': 'Completion evidence files',
  'actionSteps.attachLabel': 'Attach completion evidence files',
  'actionSteps.noFiles': 'No files yet.',
  'actionSteps.errors.otherAudit': 'The corrective action does not belong to this audit.',
  'actionSteps.errors.evidenceLocked': 'Completion evidence files can be added or removed only while the action is "In progress" (it is "{status}").',
};
