/** English for the wordCopies area, loaded only when English is chosen. */
export const wordCopiesEnglish = {
  'wordCopies.download': 'Download Word (.docx)',
  'wordCopies.downloaded': 'Downloaded the Word copy {file}',
  'wordCopies.hint': 'A Word copy to edit, for internal use; the original is the digitally signed PDF.',
  'wordCopies.errors.contentMissing': 'The locked content of minutes {code} is no longer available to make a Word copy; open the PDF instead.',
  'wordCopies.errors.contentChanged': 'The data of minutes {code} no longer matches the issued content; a Word copy like the PDF cannot be made.',
};
