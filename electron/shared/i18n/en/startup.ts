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
  'startup.process.ended': 'The application\'s data process stopped before answering; try again. If the error remains, open the application again.',
  'startup.process.timedOut': 'The data process did not answer within {seconds} seconds; try again.',
  'startup.process.closing': 'The application is closing; the request was not carried out.',
  'startup.process.notStarted': 'The data process is not ready yet; try again in a moment.',
  'startup.process.internal': 'An unexpected error occurred; the data was not changed.',
  'startup.process.exitedAtStart': 'The data process stopped while starting (exit code {code}); the data was not changed. Open the application again; if the error remains, tell the IT staff.',
  'startup.process.crashedTitle': 'The data process stopped',
  'startup.process.crashed': 'The application\'s data process stopped suddenly (exit code {code}). Every change reported as saved is still in the data file. The application will close; open it again to continue.',
  'startup.process.startTimedOut': 'The data process did not finish opening the data file within {seconds} seconds. Open the application again; if the error remains, tell the IT staff.',
  'startup.process.unknownCode': 'unknown',
};
