/** English for the shared form behaviour (date ranges, unsaved changes), loaded only when English is chosen. */
export const formsEnglish = {
  'forms.date.between': 'Choose a date from {min} to {max}',
  'forms.date.notBefore': 'Choose a date on or after {min}',
  'forms.date.notAfter': 'Choose a date on or before {max}',
  'forms.discard.title': 'Discard unsaved changes?',
  'forms.discard.message': 'What you just entered in this dialog will be lost if you close it without saving.',
  'forms.discard.confirm': 'Discard and close',
  'forms.discard.keep': 'Keep editing',
  'forms.example.decisionNumber': 'e.g. 125/QĐ-UBND',
  'forms.example.planNumber': 'e.g. 18/KH-UBND',
};
