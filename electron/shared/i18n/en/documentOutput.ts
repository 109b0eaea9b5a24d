/** English for the desktop app's save and print refusals, loaded only when English is chosen. */
export const documentOutputEnglish = {
  'documentOutput.invalidRef': 'Invalid save or print request: {detail}',
  'documentOutput.notOfFormat': 'The file received is not a {format}; nothing was saved or printed.',
  'documentOutput.notPrintable': 'Only PDF documents can be printed; save an Excel file and open it in Excel.',
  'documentOutput.writeFailed': 'The file could not be written (system error: {reason}). Choose another folder or check the write permission.',
  'documentOutput.printFailed': 'The print window could not open (system error: {reason}).',
  'documentOutput.print': 'Print',
  'documentOutput.filter.pdf': 'PDF document',
  'documentOutput.filter.xlsx': 'Excel workbook',
  'documentOutput.filter.docx': 'Word document',
};
