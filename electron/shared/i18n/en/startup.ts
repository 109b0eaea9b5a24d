/** English for the start-up texts, loaded only when English is chosen. */
export const startupEnglish = {
  'startup.storeNotOpened': 'The data could not be opened',
  'startup.failedTitle': 'The application could not start',
  'startup.failedDetail':
    'An unexpected error occurred while starting; the data was not changed. Open the application again; if the error remains, tell the IT staff.\n\nTechnical details: {reason}',
  'startup.badPort': 'Invalid port: {port}',
  'startup.running': 'CCHC & ISO 9001 Inspections is running at {url}',
  'startup.dataFile': 'Data: {file}',
  'startup.methodNotAllowed': 'Method not supported',
  'startup.rendererUnreadable': 'The interface file could not be read ({code})',
  'startup.unknownError': 'unknown error',
  'startup.notFound': 'Not found',
};
